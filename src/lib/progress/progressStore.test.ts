import { describe, expect, it } from 'vitest';
import {
  isSolved,
  patchVariant,
  setCurrentVariant,
  solvedCount,
  variantKey,
  variantRecord,
} from './progressOps.ts';
import { PROGRESS_KEY, progressV2Schema } from './progressSchema.ts';
import { BACKUP_KEY, createProgressStore } from './progressStore.ts';
import { emptyProgress, readProgress } from './readProgress.ts';
import { memoryStorage, safeStorage, type KeyValueStorage } from './safeStorage.ts';
import { exportProgress, importProgress } from './transferProgress.ts';

const id = () => 'browser-1';

describe('readProgress(raw, newBrowserId)', () => {
  it('readProgress(null) starts empty without a notice', () => {
    expect(readProgress(null, id)).toEqual({
      progress: { version: 2, browserId: 'browser-1', problems: {} },
    });
  });
  it('readProgress passes current data through unchanged', () => {
    const p = patchVariant(emptyProgress('abcd'), 'adam-first-step', '0', {
      attempts: 2,
      solved: true,
      lastInput: '0.1',
    });
    expect(readProgress(JSON.stringify(p), id)).toEqual({ progress: p });
  });
  it.each([
    '{',
    'null',
    '42',
    '"text"',
    '[]',
    '{"version": 3, "problems": {}}',
    '{"version": 2}',
    '\u0000garbage',
  ])('readProgress(%j) resets to empty progress with a notice', (raw) => {
    const r = readProgress(raw, id);
    expect(r.progress).toEqual(emptyProgress('browser-1'));
    expect(r.notice).toMatch(/reset/);
  });
  it('readProgress migrates version 1 to per-variant records with a notice', () => {
    const v1 = { version: 1, problems: { 'sgd-step': { input: '0.5', attempts: 3, solved: true } } };
    const r = readProgress(JSON.stringify(v1), id);
    expect(r.notice).toMatch(/older version/);
    expect(r.progress).toEqual({
      version: 2,
      browserId: 'browser-1',
      problems: {
        'sgd-step': {
          current: 0,
          variants: {
            '0': { lastInput: '0.5', attempts: 3, solved: true, hintsUsed: 0, solutionShown: false },
          },
        },
      },
    });
  });
  it('readProgress keeps the valid problem records of partly damaged data', () => {
    const good = patchVariant(emptyProgress('abcd'), 'good-one', '0', { solved: true });
    const damaged = {
      ...good,
      problems: { ...good.problems, 'bad-one': { current: 'x' }, 'Bad Id': good.problems['good-one'] },
    };
    const r = readProgress(JSON.stringify(damaged), id);
    expect(Object.keys(r.progress.problems)).toEqual(['good-one']);
    expect(r.progress.browserId).toBe('abcd');
    expect(r.notice).toMatch(/2 problem records were reset/);
  });
});

describe('progress operations', () => {
  it('patchVariant records per problem and variant without touching others', () => {
    let p = emptyProgress('abcd');
    p = patchVariant(p, 'a', '0', { attempts: 1, lastInput: 'x' });
    p = patchVariant(p, 'a', '1', { solved: true });
    p = patchVariant(p, 'b', '0', { hintsUsed: 2 });
    expect(variantRecord(p, 'a', '0')).toEqual({
      lastInput: 'x',
      attempts: 1,
      solved: false,
      hintsUsed: 0,
      solutionShown: false,
    });
    expect(variantRecord(p, 'a', '1').solved).toBe(true);
    expect(variantRecord(p, 'b', '0').hintsUsed).toBe(2);
    expect(isSolved(p, 'a')).toBe(true);
    expect(solvedCount(p, ['a', 'b', 'c'])).toBe(1);
    expect(progressV2Schema.safeParse(p).success).toBe(true);
  });
  it('patchVariant caps a 1 MB input at 20 000 characters', () => {
    const p = patchVariant(emptyProgress('abcd'), 'a', '0', { lastInput: 'x'.repeat(1_000_000) });
    expect(variantRecord(p, 'a', '0').lastInput.length).toBe(20_000);
  });
  it('setCurrentVariant and variantKey address normal and fixed-seed variants', () => {
    const p = setCurrentVariant(emptyProgress('abcd'), 'a', 3);
    expect(p.problems.a.current).toBe(3);
    expect(variantKey(3)).toBe('3');
    expect(variantKey(1, 42)).toBe('seed-43');
  });
});

describe('createProgressStore(storage)', () => {
  it('createProgressStore saves every update and a new store reads it back (reload)', () => {
    const storage = memoryStorage();
    const a = createProgressStore(storage);
    a.update((p) => patchVariant(p, 'x', '0', { solved: true, attempts: 2 }));
    const b = createProgressStore(storage);
    expect(b.get()).toEqual(a.get());
    expect(b.notice).toBeUndefined();
  });
  it('createProgressStore over corrupt JSON starts fresh with a notice and backs the text up', () => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, '{"version":2,"browserId":');
    const s = createProgressStore(storage);
    expect(s.notice).toMatch(/damaged/);
    expect(s.get().problems).toEqual({});
    expect(storage.getItem(BACKUP_KEY)).toBe('{"version":2,"browserId":');
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).version).toBe(2);
  });
  it('createProgressStore notifies subscribers and stops after unsubscribe', () => {
    const s = createProgressStore(memoryStorage());
    const seen: number[] = [];
    const off = s.subscribe((p) => seen.push(Object.keys(p.problems).length));
    s.update((p) => patchVariant(p, 'a', '0', {}));
    off();
    s.update((p) => patchVariant(p, 'b', '0', {}));
    expect(seen).toEqual([1]);
  });
  it('createProgressStore keeps working when every storage call throws', () => {
    const throwing: KeyValueStorage = {
      getItem() {
        throw new Error('denied');
      },
      setItem() {
        throw new Error('denied');
      },
    };
    const s = createProgressStore(throwing, false);
    s.update((p) => patchVariant(p, 'a', '0', { solved: true }));
    expect(isSolved(s.get(), 'a')).toBe(true);
  });
});

describe('safeStorage(get)', () => {
  it('safeStorage falls back to memory when reaching storage throws', () => {
    const { storage, persistent } = safeStorage(() => {
      throw new Error('SecurityError');
    });
    expect(persistent).toBe(false);
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
  });
  it('safeStorage falls back to memory when writes start throwing (quota)', () => {
    const backing = new Map<string, string>();
    let full = false;
    const real = {
      getItem: (k: string) => backing.get(k) ?? null,
      setItem: (k: string, v: string) => {
        if (full) throw new Error('QuotaExceeded');
        backing.set(k, v);
      },
      removeItem: (k: string) => void backing.delete(k),
    };
    const { storage, persistent } = safeStorage(() => real);
    expect(persistent).toBe(true);
    full = true;
    storage.setItem('k', 'v2');
    expect(storage.getItem('k')).toBe('v2');
  });
});

describe('exportProgress / importProgress', () => {
  it('exportProgress then importProgress round-trips, keeping this browser id', () => {
    let p = emptyProgress('exporter');
    p = patchVariant(p, 'a', '0', { solved: true, attempts: 4, lastInput: '3/4', hintsUsed: 1 });
    p = setCurrentVariant(p, 'a', 2);
    const r = importProgress(exportProgress(p), emptyProgress('importer'));
    expect(r).toEqual({ ok: true, progress: { ...p, browserId: 'importer' }, notice: undefined });
  });
  it.each([
    'not json',
    '{"version": 2, "browserId": "abcd", "problems": {"a": {"current": -1}}}',
    '[1,2]',
    'x'.repeat(6_000_000),
  ])('importProgress(bad file %#) refuses and leaves progress unchanged', (text) => {
    const r = importProgress(text, emptyProgress('importer'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not|too large|damaged/);
  });
  it('importProgress accepts and migrates a version 1 file', () => {
    const r = importProgress(
      JSON.stringify({ version: 1, problems: { a: { input: '1', attempts: 1, solved: true } } }),
      emptyProgress('me12'),
    );
    expect(r.ok && isSolved(r.progress, 'a')).toBe(true);
  });
});
