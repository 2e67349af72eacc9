import { describe, expect, it } from 'vitest';
import { chain } from './chain.ts';
import { namedChain } from './namedChain.ts';
import { scaleByAdam } from './scaleByAdam.ts';
import { scaleByLearningRate } from './scaleByLearningRate.ts';
import { trace } from './trace.ts';
import { clipByGlobalNorm } from './clipByGlobalNorm.ts';
import { scale } from './scale.ts';
import type { Transform } from '../types.ts';

const g = Float64Array.from([0.3, -1.2, 2.5]);
const p = Float64Array.from([1, 2, 3]);

describe('chain(...transforms)', () => {
  it('applies parts left to right and keeps their states in a tuple', () => {
    const tx = chain(clipByGlobalNorm({ maxNorm: 1 }), scale(-0.5));
    const s = tx.init(p);
    const r = tx.update(g, s, p);
    const norm = Math.hypot(...g);
    r.updates.forEach((u, i) => expect(u).toBeCloseTo((-0.5 * g[i]) / (norm + 1e-6), 15));
    expect(r.state[0].lastNorm).toBeCloseTo(norm, 15);
  });
  it('the fused "part then scalar" path gives bitwise the same numbers as running the parts one by one', () => {
    const check = <S>(make: () => Transform<S>) => {
      const fused = chain(
        make(),
        scaleByLearningRate((t) => 0.1 / (t + 1)),
      );
      const a = make();
      const lr = scaleByLearningRate((t) => 0.1 / (t + 1));
      let sf = fused.init(p);
      let sa = a.init(p);
      let sl = lr.init(p);
      for (let k = 0; k < 5; k++) {
        const rf = fused.update(g, sf, p);
        const ra = a.update(g, sa, p);
        const rl = lr.update(ra.updates, sl, p);
        expect(Array.from(rf.updates)).toEqual(Array.from(rl.updates));
        expect(rf.state[1]).toEqual(rl.state);
        sf = rf.state;
        sa = ra.state;
        sl = rl.state;
      }
    };
    check(() => scaleByAdam({ amsgrad: true }));
    check(() => trace({ decay: 0.9, nesterov: true }));
    check(() => trace({ decay: 0.5 }));
  });
});

describe('namedChain({ ...transforms })', () => {
  it('keys the state by part name, in order', () => {
    const tx = namedChain({ adam: scaleByAdam(), lr: scaleByLearningRate(0.01) });
    const s = tx.update(g, tx.init(p), p).state;
    expect(Object.keys(s)).toEqual(['adam', 'lr']);
    expect(s.adam.count).toBe(1);
    expect(s.lr.count).toBe(1);
  });
});
