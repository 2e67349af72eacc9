// Examples per CPU second (forward + backward + Adam update) training the digits board's network,
// 196-64-10 ReLU with a softmax cross-entropy head, batch 32, Adam (η = 1e-3, β = (0.9, 0.999),
// ε = 1e-8), on the shipped 6,000 training digits, in one process:
//   ours      mlpTrainer: seeded epoch shuffles, batch rows copied into a buffer, the blocked
//             kernel (float64), stepInPlace(adam); the mini-batch loss is computed and checked
//   loops     the same with kernel: 'loops' — what a network this wide ran on before the blocked
//             kernel (the before of before/after)
//   tfjs-cpu  @tensorflow/tfjs-core 4.22 on its CPU backend (float32): variables W1, b1, W2, b2;
//             per step, inside tf.tidy, tf.gather of the batch rows from tensors made once,
//             oneHot labels, tf.losses.softmaxCrossEntropy (mean), tf.train.adam(1e-3, 0.9,
//             0.999, 1e-8).minimize — the loss is not read back (no GPU-style sync to pay for)
//   tfjs-wasm the same on the wasm backend (XNNPACK, SIMD, the binary shipped in the npm package)
// Each side runs 50 updates per call after a warm-up of 200; ROUNDS interleaved rounds of ≥ 0.6 s
// CPU each; the table gives the median and the range. Both sides must have learned (test accuracy
// well above chance after the timing) for the numbers to count.
// Run alone: npm run bench:digits -w @descent/optim
import { adam, mlp, mlpTrainer, rng } from '../src/index.ts';
import { buildDigitsAsset } from '../../../scripts/digits/buildDigitsAsset.ts';
import { parseDigits, type Digits } from '../../../src/lib/digits/parseDigits.ts';
import type * as TF from '@tensorflow/tfjs-core';
import { loadTfjs, type Tf } from './tfjs.ts';

const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(1));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const BATCH = 32;
const STEPS_PER_CALL = 50;
const SIZES = [196, 64, 10];

interface Contender {
  name: string;
  /** Runs STEPS_PER_CALL updates. */
  run(): void;
  /** Test accuracy now. */
  accuracy(): number;
  dispose?(): void;
}

function ours(digits: Digits, kernel: 'blocked' | 'loops'): Contender {
  const net = mlp({ sizes: SIZES, activation: 'relu', loss: 'softmax', seed: 1, kernel });
  const trainer = mlpTrainer({
    net,
    transform: adam({ lr: 1e-3 }),
    train: digits.train,
    batchSize: BATCH,
    seed: 1,
    evalEvery: 1e9,
  });
  return {
    name: kernel === 'blocked' ? 'ours (blocked kernel)' : 'ours, loops (before)',
    run: () => void trainer.run(STEPS_PER_CALL),
    accuracy: () => net.accuracy(trainer.theta(), digits.test.X, digits.test.y),
  };
}

async function tfjs(tf: Tf, backend: string, digits: Digits): Promise<Contender> {
  await tf.setBackend(backend);
  await tf.ready();
  const n = digits.train.n;
  const X = tf.tensor2d(Float32Array.from(digits.train.X), [n, 196]);
  const Y = tf.tensor1d(Int32Array.from(digits.train.y), 'int32');
  const Xt = tf.tensor2d(Float32Array.from(digits.test.X), [digits.test.n, 196]);
  // He-normal weights, as our ReLU default; tfjs's layout is x·W (in × out)
  const r = rng(1);
  const he = (fanIn: number, fanOut: number) =>
    tf.variable(tf.tensor2d(Float32Array.from({ length: fanIn * fanOut }, () => r.normal(0, Math.sqrt(2 / fanIn))), [fanIn, fanOut]));
  const W1 = he(196, 64);
  const b1 = tf.variable(tf.zeros([64]));
  const W2 = he(64, 10);
  const b2 = tf.variable(tf.zeros([10]));
  const vars = [W1, b1, W2, b2];
  const optimizer = tf.train.adam(1e-3, 0.9, 0.999, 1e-8);
  const logits = (x: TF.Tensor2D) => tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(x, W1), b1)), W2), b2) as TF.Tensor2D;
  // the same kind of stream as ours: a seeded permutation per epoch
  const order = new Int32Array(n);
  const stream = rng(2);
  let cursor = n;
  const batchIdx = new Int32Array(BATCH);
  const step = () => {
    if (cursor + BATCH > n) {
      for (let i = 0; i < n; i++) order[i] = i;
      for (let i = n - 1; i > 0; i--) {
        const j = stream.int(i + 1);
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      cursor = 0;
    }
    batchIdx.set(order.subarray(cursor, cursor + BATCH));
    cursor += BATCH;
    tf.tidy(() => {
      const idx = tf.tensor1d(batchIdx, 'int32');
      const xb = tf.gather(X, idx) as TF.Tensor2D;
      const yb = tf.oneHot(tf.gather(Y, idx) as TF.Tensor1D, 10);
      optimizer.minimize(() => tf.losses.softmaxCrossEntropy(yb, logits(xb)) as TF.Scalar, false, vars);
    });
  };
  return {
    name: `tfjs-${backend}`,
    run: () => {
      for (let s = 0; s < STEPS_PER_CALL; s++) step();
    },
    accuracy: () =>
      tf.tidy(() => {
        const pred = tf.argMax(logits(Xt), 1).dataSync();
        let right = 0;
        for (let i = 0; i < digits.test.n; i++) if (pred[i] === digits.test.y[i]) right++;
        return right / digits.test.n;
      }),
    dispose: () => {
      tf.dispose([X, Y, Xt, ...vars]);
      optimizer.dispose();
    },
  };
}

/** Examples per CPU second of c.run over at least `secs` of CPU time. */
function rate(c: Contender, secs: number): number {
  let calls = 0;
  const t0 = cpu();
  let t = t0;
  while (t - t0 < secs) {
    c.run();
    calls++;
    t = cpu();
  }
  return (calls * STEPS_PER_CALL * BATCH) / (t - t0);
}

/** The softmax head on a Playground-sized network (three blobs, 2-8-8-3 tanh, batch 10, Adam):
 *  the compiled kernel against the blocked one and the loops. */
function benchSmallSoftmax(rounds: number): void {
  const r = rng(3);
  const n = 300;
  const X = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 3;
    X[2 * i] = r.normal([-0.5, 0.5, 0][i % 3], 0.3);
    X[2 * i + 1] = r.normal([-0.3, -0.3, 0.5][i % 3], 0.3);
  }
  const kinds = ['compiled', 'blocked', 'loops'] as const;
  const trainers = kinds.map((kernel) =>
    mlpTrainer({
      net: mlp({ sizes: [2, 8, 8, 3], activation: 'tanh', loss: 'softmax', seed: 1, kernel }),
      transform: adam({ lr: 0.01 }),
      train: { X, y, n },
      batchSize: 10,
      seed: 1,
      evalEvery: 1e9,
    }),
  );
  const rates: number[][] = kinds.map(() => []);
  for (let round = 0; round <= rounds; round++)
    trainers.forEach((t, i) => {
      let calls = 0;
      const t0 = cpu();
      let t1 = t0;
      while (t1 - t0 < 0.3) {
        t.run(30);
        calls++;
        t1 = cpu();
      }
      if (round > 0) rates[i].push((calls * 300) / (t1 - t0));
    });
  console.log(`\nSoftmax head on a small network: 2-8-8-3 tanh, batch 10, Adam, ex/s per CPU second (median of ${rounds})`);
  console.log(kinds.map((k, i) => `${k} ${fmt(median(rates[i]))}`).join(' · '));
}

export async function benchDigits(rounds: number): Promise<void> {
  benchSmallSoftmax(rounds);
  const digits = parseDigits(buildDigitsAsset());
  const { tf, backends, notes, wasmThreads } = await loadTfjs();
  const contenders: Contender[] = [ours(digits, 'blocked'), ours(digits, 'loops')];
  for (const b of backends) contenders.push(await tfjs(tf, b, digits));
  console.log(
    `\nDigits: examples per CPU second, ${SIZES.join('-')} ReLU + softmax cross-entropy, batch ${BATCH}, Adam 1e-3, ` +
      `6,000 training digits (14 × 14), median of ${rounds} interleaved rounds (range); node ${process.version}`,
  );
  for (const note of notes) console.log(`  (${note})`);
  if (wasmThreads !== null) console.log(`  tfjs-wasm runs on ${wasmThreads} thread(s); CPU time counts every thread of the process`);
  const rates: number[][] = contenders.map(() => []);
  for (const [i, c] of contenders.entries()) {
    if (c.name.startsWith('tfjs')) await tf.setBackend(c.name.slice(5));
    for (let w = 0; w < 4; w++) c.run(); // warm-up: 200 updates
    rates[i].push(rate(c, 0.2));
  }
  for (let round = 0; round < rounds; round++)
    for (const [i, c] of contenders.entries()) {
      if (c.name.startsWith('tfjs')) await tf.setBackend(c.name.slice(5));
      rates[i].push(rate(c, 0.6));
    }
  const ourMedian = median(rates[0].slice(1));
  console.log(`\n${'trainer'.padEnd(24)}${'ex/s (median)'.padStart(15)}${'range'.padStart(20)}${'ours ÷ it'.padStart(11)}${'test acc. after'.padStart(17)}`);
  console.log('-'.repeat(87));
  for (const [i, c] of contenders.entries()) {
    if (c.name.startsWith('tfjs')) await tf.setBackend(c.name.slice(5));
    const rs = rates[i].slice(1);
    const acc = c.accuracy();
    if (!(acc > 0.5)) throw new Error(`${c.name} did not learn (test accuracy ${acc})`);
    const m = median(rs);
    console.log(
      `${c.name.padEnd(24)}${fmt(m).padStart(15)}${`${fmt(Math.min(...rs))}–${fmt(Math.max(...rs))}`.padStart(20)}${
        i === 0 ? '—'.padStart(11) : `${(ourMedian / m).toFixed(2)}×`.padStart(11)
      }${`${(acc * 100).toFixed(1)}%`.padStart(17)}`,
    );
    c.dispose?.();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDigits(Number(process.env.ROUNDS ?? 5));
