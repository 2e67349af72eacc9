// Updates per CPU second of the "Beyond AdamW" optimizers on one n×n weight matrix (plus its bias),
// through the pure API (update + applyUpdates), against AdamW on the same parameters, and the cost
// of Muon's five Newton–Schulz steps alone. Run alone: npm run bench:frontier -w @descent/optim
// (ROUNDS=n for more rounds).
import type { Transform, Vec } from '../src/types.ts';
import {
  adamw,
  adafactor,
  applyUpdates,
  lamb,
  lars,
  lion,
  muon,
  newtonSchulz,
  paramLayout,
  scheduleFreeAdamw,
  shampoo,
  soap,
  type ParamLayout,
} from '../src/index.ts';

const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x >= 100 ? x.toFixed(0) : x.toFixed(2));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Calls of `body` per CPU second over at least `ms` of CPU time, after one warm-up call (and more for fast bodies). */
function rate(body: () => void, ms: number): number {
  const w = cpu();
  body();
  while (cpu() - w < ms / 4000) body();
  let calls = 0;
  const t0 = cpu();
  let t = t0;
  while (t - t0 < ms / 1000) {
    body();
    calls++;
    t = cpu();
  }
  return calls / (t - t0);
}

function randomVec(d: number, seed: number): Vec {
  const v = new Float64Array(d);
  let s = seed;
  for (let i = 0; i < d; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    v[i] = s / 2147483648 - 0.5;
  }
  return v;
}

interface Case {
  name: string;
  make: (layout: ParamLayout, matrixOnly: ParamLayout) => Transform<unknown>;
  sizes: number[];
  /** Muon takes the matrix alone (its bias belongs to AdamW). */
  matrixOnly?: boolean;
}

const cases: Case[] = [
  { name: 'adamw (reference)', make: () => adamw(), sizes: [64, 256, 1024] },
  { name: 'lion', make: () => lion(), sizes: [64, 256, 1024] },
  { name: 'adafactor', make: (l) => adafactor({ layout: l }), sizes: [64, 256, 1024] },
  { name: 'lamb', make: (l) => lamb({ layout: l }), sizes: [64, 256, 1024] },
  { name: 'lars', make: (l) => lars({ lr: 0.1, layout: l }), sizes: [64, 256, 1024] },
  { name: 'scheduleFreeAdamw', make: () => scheduleFreeAdamw(), sizes: [64, 256, 1024] },
  { name: 'muon (matrix only)', make: (_l, m) => muon({ layout: m }), sizes: [64, 256], matrixOnly: true },
  { name: 'shampoo (every step)', make: (l) => shampoo({ lr: 0.1, layout: l }), sizes: [64, 256] },
  { name: 'shampoo (updateFreq 10)', make: (l) => shampoo({ lr: 0.1, layout: l, updateFreq: 10 }), sizes: [64, 256] },
  { name: 'soap (refresh every 10)', make: (l) => soap({ layout: l }), sizes: [64, 256] },
];

export function benchFrontier(rounds: number): void {
  console.log(`\nBeyond AdamW: updates per CPU second on one n×n matrix + n-vector bias (pure API), best of ${rounds} rounds`);
  console.log(`${'optimizer'.padEnd(26)}${'n'.padStart(6)}${'params'.padStart(10)}${'updates/s'.padStart(12)}${'÷ adamw'.padStart(10)}`);
  console.log('-'.repeat(64));
  const adamwRate = new Map<number, number>();
  for (const c of cases) {
    for (const n of c.sizes) {
      const layout = paramLayout([[n, n], [n]]);
      const matrix = paramLayout([[n, n]]);
      const d = c.matrixOnly ? n * n : n * n + n;
      const g = randomVec(d, 1);
      const tx = c.make(layout, matrix);
      let params = randomVec(d, 2);
      let state = tx.init(params);
      const ms = n >= 256 ? 1500 : 400;
      let best = 0;
      for (let r = 0; r < rounds; r++) {
        best = Math.max(
          best,
          rate(() => {
            const res = tx.update(g, state, params);
            state = res.state;
            params = applyUpdates(params, res.updates);
          }, ms),
        );
      }
      if (!Number.isFinite(params[0])) throw new Error(`${c.name}: non-finite iterate`);
      if (c.name.startsWith('adamw')) adamwRate.set(n, best);
      const ratio = adamwRate.has(n) ? `${(adamwRate.get(n)! / best).toFixed(1)}×` : '';
      console.log(`${c.name.padEnd(26)}${String(n).padStart(6)}${String(d).padStart(10)}${fmt(best).padStart(12)}${ratio.padStart(10)}`);
    }
  }
  for (const n of [64, 256]) {
    const G = randomVec(n * n, 3);
    let best = 0;
    for (let r = 0; r < rounds; r++) best = Math.max(best, rate(() => newtonSchulz(G, n, n), n >= 256 ? 1500 : 400));
    console.log(`${'newtonSchulz (5 steps)'.padEnd(26)}${String(n).padStart(6)}${String(n * n).padStart(10)}${fmt(best).padStart(12)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchFrontier(Number(process.env.ROUNDS ?? 2));
