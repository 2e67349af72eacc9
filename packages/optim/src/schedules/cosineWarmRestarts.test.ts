import { describe, expect, it } from 'vitest';
import { cosineWarmRestarts } from './cosineWarmRestarts.ts';
import { rel } from '../internal/testing.ts';

describe('cosineWarmRestarts({ lr, t0, tMult, etaMin })', () => {
  it('matches PyTorch test_CosineAnnealingWarmRestarts_lr1 for T_mult 1, 2, 4 over 100 steps', () => {
    const etaMin = 1e-10;
    for (const tMult of [1, 2, 4]) {
      const s = cosineWarmRestarts({ lr: 0.05, t0: 10, tMult, etaMin });
      let tI = 10;
      let tCur = 0;
      const targets = [0.05];
      for (let k = 1; k < 100; k++) {
        tCur += 1;
        if (tCur >= tI) {
          tCur -= tI;
          tI *= tMult;
        }
        targets.push(etaMin + ((0.05 - etaMin) * (1 + Math.cos((Math.PI * tCur) / tI))) / 2);
      }
      targets.forEach((v, t) => expect(rel(s(t), v), `tMult=${tMult} t=${t}`).toBeLessThan(1e-14));
    }
  });
  it('restarts to lr at t0, t0 + 2·t0, … with tMult 2', () => {
    const s = cosineWarmRestarts({ lr: 1, t0: 5, tMult: 2 });
    expect(s(5)).toBe(1);
    expect(s(15)).toBe(1);
    expect(s(35)).toBe(1);
    expect(s(10)).toBeCloseTo(0.5, 15);
  });
  it('throws RangeError naming tMult', () =>
    expect(() => cosineWarmRestarts({ lr: 1, t0: 5, tMult: 1.5 })).toThrow(/cosineWarmRestarts: tMult/));
});
