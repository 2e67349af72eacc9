import { describe, expect, it } from 'vitest';
import { sgd } from '@descent/optim';
import { behavesAsDefault, optimizerEntries } from './optimizerReference.ts';
import { TORCH_OPTIMIZERS } from './torchDefaults.ts';

describe('optimizerEntries()', () => {
  const entries = optimizerEntries();
  it('lists every optimizer module of the package, each with its doc comment', () => {
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(['sgd', 'heavyBall', 'adagrad', 'rmsprop', 'adam', 'adamw']),
    );
    for (const e of entries) expect(e.doc.join(' ').length, e.name).toBeGreaterThan(40);
  });
  it('names a PyTorch class for every optimizer, or says on purpose that it has none', () => {
    for (const e of entries) expect(e.name in TORCH_OPTIMIZERS, `${e.name} in TORCH_OPTIMIZERS`).toBe(true);
  });
  it("the package's real defaults equal PyTorch's for every option the page lists", () => {
    const differing = entries.flatMap((e) =>
      e.defaults.filter((d) => !d.sameAsPackage).map((d) => `${e.name}.${d.option}`),
    );
    expect(differing).toEqual([]);
  });
});

describe('behavesAsDefault(factory, option, value, base)', () => {
  it('detects a value that is not the default', () => {
    const f = sgd as unknown as Parameters<typeof behavesAsDefault>[0];
    expect(behavesAsDefault(f, 'momentum', 0, { lr: 0.01 })).toBe(true);
    expect(behavesAsDefault(f, 'momentum', 0.9, { lr: 0.01 })).toBe(false);
    expect(behavesAsDefault(f, 'weightDecay', 1e-12, { lr: 0.01 })).toBe(false);
  });
});
