import { describe, expect, it } from 'vitest';
import { partition } from './partition.ts';
import { adam } from '../optimizers/adam.ts';
import { sgd } from '../optimizers/sgd.ts';
import { muon } from '../optimizers/muon.ts';
import { paramLayout, type ParamBlock } from '../matrices/paramLayout.ts';
import { applyUpdates } from './applyUpdates.ts';
import { rng } from '../rng.ts';
import type { Vec } from '../types.ts';

describe('partition({ layout, labels, parts })', () => {
  const layout = paramLayout([[2, 3], [3], [3, 2], [2]]);
  const idxA = [0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14]; // the two matrices
  const idxB = [6, 7, 8, 15, 16];
  it('runs each part on its own gathered entries, as separate optimizers would', () => {
    const tx = partition({
      layout,
      labels: (b) => (b.shape.length === 2 ? 'm' : 'v'),
      parts: { m: (sub: ParamBlock[]) => muon({ layout: sub, lr: 0.05 }), v: adam({ lr: 0.1 }) },
    });
    const a = muon({
      layout: paramLayout([
        [2, 3],
        [3, 2],
      ]),
      lr: 0.05,
    });
    const b = adam({ lr: 0.1 });
    const r = rng(3);
    let p: Vec = Float64Array.from({ length: 17 }, () => r.normal(0, 1));
    let pa: Vec = Float64Array.from(idxA, (i) => p[i]);
    let pb: Vec = Float64Array.from(idxB, (i) => p[i]);
    let s = tx.init(p);
    let sa = a.init(pa);
    let sb = b.init(pb);
    for (let k = 0; k < 10; k++) {
      const g = p.map((x, i) => x * (1 + (i % 3)) - 0.5);
      const res = tx.update(g, s, p);
      const ra = a.update(
        Float64Array.from(idxA, (i) => g[i]),
        sa,
        pa,
      );
      const rb = b.update(
        Float64Array.from(idxB, (i) => g[i]),
        sb,
        pb,
      );
      p = applyUpdates(p, res.updates);
      pa = applyUpdates(pa, ra.updates);
      pb = applyUpdates(pb, rb.updates);
      s = res.state;
      sa = ra.state;
      sb = rb.state;
      expect(Array.from(idxA, (i) => p[i])).toEqual(Array.from(pa));
      expect(Array.from(idxB, (i) => p[i])).toEqual(Array.from(pb));
    }
    expect(Object.keys(s)).toEqual(['m', 'v']);
    expect(s.m).toEqual(sa);
  });
  it('accepts labels as an array; a part may get no blocks', () => {
    const tx = partition({
      layout,
      labels: ['a', 'a', 'a', 'a'],
      parts: { a: sgd({ lr: 1 }), b: sgd({ lr: 2 }) },
    });
    const p = new Float64Array(17);
    const r = tx.update(new Float64Array(17).fill(1), tx.init(p), p);
    expect(Array.from(r.updates)).toEqual(new Array(17).fill(-1));
  });
  it('reports labels without a part, wrong label counts and layouts that do not fit', () => {
    expect(() =>
      partition({ layout, labels: ['a', 'a', 'a', 'c'] as never, parts: { a: sgd({ lr: 1 }) } }),
    ).toThrow(/block 3 has label "c", which is not one of the parts \(a\)/);
    expect(() => partition({ layout, labels: ['a'], parts: { a: sgd({ lr: 1 }) } })).toThrow(
      /labels has 1 entries for 4 blocks/,
    );
    const tx = partition({ layout, labels: () => 'a', parts: { a: sgd({ lr: 1 }) } });
    expect(() => tx.init(new Float64Array(5))).toThrow(/partition: layout covers 17 parameters/);
  });
});
