import { lmsBridge } from '../scorm/lmsBridge.ts';
import { PROGRESS_EVENT } from './progressKeys.ts';
import { readProgress } from './readProgress.ts';
import { PROGRESS_KEY, type Progress } from './progressSchema.ts';
import { safeStorage, type KeyValueStorage } from './safeStorage.ts';

/** Where unreadable stored progress is set aside before being replaced. */
export const BACKUP_KEY = 'descent:progress:backup';

/** A random id for this browser (seeds its variants); crypto, never Math.random. */
export function newBrowserId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  if (c?.getRandomValues)
    return Array.from(c.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('-');
  return `t-${Date.now().toString(36)}`;
}

export interface ProgressStore {
  get(): Progress;
  /** Applies a pure update, saves it, and tells subscribers. */
  update(fn: (p: Progress) => Progress): void;
  /** Replaces everything (import). */
  replace(p: Progress): void;
  subscribe(listener: (p: Progress) => void): () => void;
  /** Set when stored data had to be migrated, repaired or reset. */
  notice?: string;
  /** False when progress lives only in memory (storage unavailable). */
  persistent: boolean;
}

/**
 * The progress store over a key-value storage: reads once (migrating or repairing with a notice),
 * writes on every update, and notifies subscribers (every island on the page shares one store).
 */
export function createProgressStore(storage: KeyValueStorage, persistent = true): ProgressStore {
  let raw: string | null = null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    raw = null;
  }
  const read = readProgress(raw, newBrowserId);
  let current = read.progress;
  const listeners = new Set<(p: Progress) => void>();
  const save = () => {
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(current));
    } catch {
      /* safeStorage already degrades; nothing else to do */
    }
  };
  // Keep what could not be read under a side key before overwriting it, so nothing is destroyed.
  if (read.notice && raw !== null) {
    try {
      storage.setItem(BACKUP_KEY, raw);
    } catch {
      /* best effort */
    }
  }
  if (read.notice || raw === null) save();
  const set = (next: Progress) => {
    current = next;
    save();
    listeners.forEach((l) => l(current));
    // Plain scripts on the page (the progress counts) listen for this instead of importing the store.
    if (typeof window !== 'undefined' && typeof CustomEvent === 'function')
      window.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: current }));
  };
  return {
    get: () => current,
    update: (fn) => set(fn(current)),
    replace: set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notice: read.notice,
    persistent,
  };
}

let shared: ProgressStore | undefined;

/**
 * The page's store, created on first use: inside a SCORM package that found its LMS, over the LMS
 * record (the runtime's bridge: memory + suspend data, so no other learner's or page's data can
 * enter and storage failures change nothing); elsewhere over localStorage, or memory when storage
 * throws.
 */
export function getProgressStore(): ProgressStore {
  if (!shared) {
    const lms = lmsBridge();
    if (lms) shared = createProgressStore(lms.storage, true);
    else {
      const { storage, persistent } = safeStorage();
      shared = createProgressStore(storage, persistent);
    }
  }
  return shared;
}
