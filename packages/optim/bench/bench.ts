// Throughput of every optimizer through the pure API (update + applyUpdates) and the owned-state
// fast path (stepInPlace), each against a plain in-place Float64Array loop with the same
// arithmetic and memory traffic (the floor: e.g. Adam reads g, m, v, θ and writes m, v, θ),
// and effective passes/s of the finite-sum methods. Run: npm run bench -w @descent/optim
// (ROUNDS=n for more interleaved rounds per row).
import type { Transform, Vec } from '../src/types.ts';
import { benchNetworks } from './networks.ts';
import { benchFrontier } from './frontier.ts';
import { benchDigits } from './digits.ts';
import { benchDiagram } from './diagram.ts';
import { applyUpdates, stepInPlace, sgd, heavyBall, adagrad, rmsprop, adam, adamw, lion, logisticRegression, makeClassification, runFiniteSum, saga, svrg, sgdSampler } from '../src/index.ts';

type Floor = (g: Vec, theta: Vec, a: Vec, b: Vec) => void;

interface Case {
  name: string;
  make: () => Transform<unknown>;
  floor: Floor;
  /** Extra state arrays the floor needs (0, 1 or 2). */
  buffers: number;
}

const lr = 1e-3;
const cases: Case[] = [
  {
    name: 'sgd',
    make: () => sgd({ lr }),
    buffers: 0,
    floor: (g, th) => {
      for (let i = 0, n = g.length; i < n; i++) th[i] -= lr * g[i];
    },
  },
  {
    name: 'sgd momentum 0.9',
    make: () => sgd({ lr, momentum: 0.9 }),
    buffers: 1,
    floor: (g, th, b) => {
      for (let i = 0, n = g.length; i < n; i++) {
        const bi = 0.9 * b[i] + g[i];
        b[i] = bi;
        th[i] -= lr * bi;
      }
    },
  },
  {
    name: 'heavyBall',
    make: () => heavyBall({ lr, beta: 0.9 }),
    buffers: 1,
    floor: (g, th, v) => {
      for (let i = 0, n = g.length; i < n; i++) {
        const vi = 0.9 * v[i] + lr * g[i];
        v[i] = vi;
        th[i] -= vi;
      }
    },
  },
  {
    name: 'adagrad',
    make: () => adagrad({ lr }),
    buffers: 1,
    floor: (g, th, s) => {
      for (let i = 0, n = g.length; i < n; i++) {
        const gi = g[i];
        const si = s[i] + gi * gi;
        s[i] = si;
        th[i] -= (lr * gi) / (Math.sqrt(si) + 1e-10);
      }
    },
  },
  {
    name: 'rmsprop',
    make: () => rmsprop({ lr }),
    buffers: 1,
    floor: (g, th, v) => {
      for (let i = 0, n = g.length; i < n; i++) {
        const gi = g[i];
        const vi = 0.99 * v[i] + 0.01 * gi * gi;
        v[i] = vi;
        th[i] -= (lr * gi) / (Math.sqrt(vi) + 1e-8);
      }
    },
  },
  {
    name: 'adam',
    make: () => adam({ lr }),
    buffers: 2,
    floor: (g, th, m, v) => {
      // bias corrections at a fixed t: the floor measures the per-element work only
      const c1 = 10;
      const c2 = 31.6;
      for (let i = 0, n = g.length; i < n; i++) {
        const gi = g[i];
        const mi = 0.9 * m[i] + 0.1 * gi;
        const vi = 0.999 * v[i] + 0.001 * gi * gi;
        m[i] = mi;
        v[i] = vi;
        th[i] -= (lr * mi * c1) / (Math.sqrt(vi) * c2 + 1e-8);
      }
    },
  },
  {
    name: 'adamw',
    make: () => adamw({ lr }),
    buffers: 2,
    floor: (g, th, m, v) => {
      const c1 = 10;
      const c2 = 31.6;
      const decay = 1 - lr * 1e-2;
      for (let i = 0, n = g.length; i < n; i++) {
        const gi = g[i];
        const mi = 0.9 * m[i] + 0.1 * gi;
        const vi = 0.999 * v[i] + 0.001 * gi * gi;
        m[i] = mi;
        v[i] = vi;
        th[i] = th[i] * decay - (lr * mi * c1) / (Math.sqrt(vi) * c2 + 1e-8);
      }
    },
  },
  {
    name: 'lion',
    make: () => lion({ lr }),
    buffers: 1,
    floor: (g, th, m) => {
      for (let i = 0, n = g.length; i < n; i++) {
        const gi = g[i];
        const c = 0.9 * m[i] + 0.1 * gi;
        m[i] = 0.99 * m[i] + 0.01 * gi;
        th[i] -= lr * Math.sign(c);
      }
    },
  },
];

/** Runs `body` repeatedly for at least `minMs` (after a warm-up) and returns calls per second. */
function rate(body: () => void, minMs: number): number {
  const warm = performance.now();
  while (performance.now() - warm < minMs / 4) body();
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    body();
    calls++;
    t = performance.now();
  }
  return (calls * 1000) / (t - t0);
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

const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(1));
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

// ROUNDS (default 4) interleaved rounds of floor / pure / fast per row; each keeps its best rate,
// since the machine may be shared and only slow-downs are noise.
const rounds = Number(process.env.ROUNDS ?? 4);
const dims = [2, 1e3, 1e6];
console.log(`@descent/optim benchmark — node ${process.version}, best of ${rounds} interleaved rounds per column`);
console.log('pure = transform.update + applyUpdates (new m, v, u, θ′ every update)');
console.log('fast = stepInPlace(transform, g, state, θ) (owned state: m, v and θ overwritten)');
console.log('floor = a hand-written in-place Float64Array loop with the same reads and writes as fast\n');
console.log(`${pad('optimizer', 18)}${lpad('d', 9)}${lpad('floor/s', 11)}${lpad('pure/s', 11)}${lpad('ratio', 8)}${lpad('fast/s', 11)}${lpad('ratio', 8)}`);
console.log('-'.repeat(76));
for (const c of cases) {
  for (const d of dims) {
    const ms = d >= 1e6 ? 500 : 120;
    const g = randomVec(d, 1);
    // pure: the functional API, exactly as a widget keeping its history would call it
    const pureTx = c.make();
    let pureParams = randomVec(d, 2);
    let pureState = pureTx.init(pureParams);
    // fast: the owned-state path on its own transform instance, state and params
    const fastTx = c.make();
    const fastParams = randomVec(d, 2);
    let fastState = fastTx.init(fastParams);
    // floor: preallocated state arrays, updated in place
    const th = randomVec(d, 2);
    const a = new Float64Array(d);
    const b = new Float64Array(d);
    let floor = 0;
    let pure = 0;
    let fast = 0;
    for (let round = 0; round < rounds; round++) {
      floor = Math.max(floor, rate(() => c.floor(g, th, a, b), ms));
      pure = Math.max(pure, rate(() => {
        const r = pureTx.update(g, pureState, pureParams);
        pureState = r.state;
        pureParams = applyUpdates(pureParams, r.updates);
      }, ms));
      fast = Math.max(fast, rate(() => {
        fastState = stepInPlace(fastTx, g, fastState, fastParams);
      }, ms));
    }
    if (!Number.isFinite(pureParams[0]) || !Number.isFinite(fastParams[0])) throw new Error(`${c.name}: non-finite iterate`);
    const ratio = (x: number) => `${(floor / x).toFixed(2)}×`;
    console.log(`${pad(c.name, 18)}${lpad(String(d), 9)}${lpad(fmt(floor), 11)}${lpad(fmt(pure), 11)}${lpad(ratio(pure), 8)}${lpad(fmt(fast), 11)}${lpad(ratio(fast), 8)}`);
  }
}

console.log('\nFinite sums: logistic regression, n = 2000, d = 20, lr = 1/(3 L_max), 10 effective passes\n');
const data = makeClassification({ n: 2000, d: 20, seed: 1 });
const problem = logisticRegression({ ...data, l2: 1e-3 });
const step = 1 / (3 * problem.lipschitzMax);
console.log(`${pad('method', 22)}${lpad('passes/s', 10)}${lpad('steps/s', 12)}`);
console.log('-'.repeat(44));
for (const [name, method] of [
  ['sgd (b = 1)', sgdSampler({ lr: step })],
  ['svrg (m = 2n)', svrg({ lr: step })],
  ['saga', saga({ lr: step })],
] as const) {
  const x0 = new Float64Array(20);
  runFiniteSum(problem, method as never, { x0, epochs: 2, seed: 0 }); // warm-up
  let best = 0;
  let stepsPerSec = 0;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const r = runFiniteSum(problem, method as never, { x0, epochs: 10, seed: 1 });
    const secs = (performance.now() - t0) / 1000;
    const passes = r.state.gradEvals / problem.n;
    if (passes / secs > best) {
      best = passes / secs;
      stepsPerSec = r.state.steps / secs;
    }
  }
  console.log(`${pad(name, 22)}${lpad(fmt(best), 10)}${lpad(fmt(stepsPerSec), 12)}`);
}

benchNetworks(rounds);
benchFrontier(Math.max(1, Math.ceil(rounds / 2)));
benchDiagram();
await benchDigits(Math.max(rounds, 5));
