/** The part of the Web Storage API the progress store uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Storage that lives only as long as the page. */
export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

/**
 * localStorage when it works, otherwise memory. Reaching `localStorage` throws in sandboxed iframes
 * and some private modes, and `setItem` throws when the quota is full; in every such case the
 * store keeps working in memory and `persistent` says so (the player tells the student).
 */
export function safeStorage(get: () => KeyValueStorage | undefined = () => globalThis.localStorage): {
  storage: KeyValueStorage;
  persistent: boolean;
} {
  let real: KeyValueStorage | undefined;
  try {
    real = get();
    const probe = '__descent_probe__';
    real?.setItem(probe, '1');
    (real as Storage | undefined)?.removeItem?.(probe);
  } catch {
    real = undefined;
  }
  if (!real) return { storage: memoryStorage(), persistent: false };
  const memory = memoryStorage();
  let failed = false;
  const storage: KeyValueStorage = {
    getItem(k) {
      if (failed) return memory.getItem(k);
      try {
        return real!.getItem(k);
      } catch {
        failed = true;
        return memory.getItem(k);
      }
    },
    setItem(k, v) {
      memory.setItem(k, v);
      if (failed) return;
      try {
        real!.setItem(k, v);
      } catch {
        failed = true;
      }
    },
  };
  return { storage, persistent: true };
}
