// Examples per second (forward + backward + update) of small networks at batch 10: our mlp +
// mlpTrainer against an object-per-node network in the TensorFlow Playground's style
// (playgroundNet.ts), same shape, same batch, same data, same process, plain SGD (the only
// optimizer the Playground has) at its default rate 0.03.
// Run alone: npm run bench:networks -w @descent/optim (ROUNDS=n for more interleaved rounds).
import { mlp, mlpTrainer, dataset2d, sgd, adam } from '../src/index.ts';
import { buildNetwork, trainEpoch, meanError, TANH } from './playgroundNet.ts';

const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(1));

/** CPU seconds used by this process (user + system): unlike the wall clock, it does not count
 *  the time the scheduler gives to other processes, so a shared machine disturbs it far less. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Calls of `body` per CPU second over at least `ms` of CPU time (after a quarter of that as warm-up). */
function rate(body: () => void, ms: number): number {
  const w = cpu();
  while (cpu() - w < ms / 4000) body();
  let calls = 0;
  const t0 = cpu();
  let t = t0;
  while (t - t0 < ms / 1000) {
    for (let r = 0; r < 8; r++) body();
    calls += 8;
    t = cpu();
  }
  return calls / (t - t0);
}

export function benchNetworks(rounds: number): void {
  const batch = 10;
  const n = 200;
  const lr = 0.03;
  const data = dataset2d({ kind: 'circle', n, noise: 0.05, seed: 1 });
  const inputs = Array.from({ length: n }, (_, i) => [data.X[2 * i], data.X[2 * i + 1]]);
  const pm = Array.from(data.y, (v) => (v === 1 ? 1 : -1)); // the Playground's labels are ±1
  console.log(`\nSmall networks: examples/s (forward + backward + update), batch ${batch}, n = ${n}, SGD lr = ${lr}, per CPU second, best of ${rounds} interleaved rounds`);
  console.log('playground = object-per-node network in the TensorFlow Playground\'s style (bench/playgroundNet.ts), one example at a time');
  console.log('trainer = mlpTrainer (seeded shuffles, batch copied into a buffer, mlp.lossAndGradientInto, stepInPlace(sgd))');
  console.log('squared = the same trainer with the squared loss ½(z − y)² (no exp/log at the output, closer to the Playground\'s tanh + squared error)\n');
  console.log(`${'network'.padEnd(16)}${'playground/s'.padStart(14)}${'trainer/s'.padStart(12)}${'ratio'.padStart(8)}${'squared/s'.padStart(12)}${'ratio'.padStart(8)}${'adam trainer/s'.padStart(16)}`);
  console.log('-'.repeat(86));
  for (const sizes of [[2, 4, 2, 1], [2, 8, 8, 1]]) {
    const play = buildNetwork(sizes, TANH, TANH, 1);
    const net = mlp({ sizes, activation: 'tanh', seed: 1 });
    
    const trainer = mlpTrainer({ net, transform: sgd({ lr }), train: data, batchSize: batch, seed: 1, evalEvery: 1e9 });
    const adamTrainer = mlpTrainer({ net, transform: adam({ lr: 0.01 }), train: data, batchSize: batch, seed: 1, evalEvery: 1e9 });
    const sqNet = mlp({ sizes, activation: 'tanh', loss: 'squared', seed: 1 });
    const sqTrainer = mlpTrainer({ net: sqNet, transform: sgd({ lr }), train: data, batchSize: batch, seed: 1, evalEvery: 1e9 });
    const e0 = meanError(play, inputs, pm);
    const l0 = net.lossValue(trainer.theta(), data.X, data.y);
    const updatesPerCall = n / batch; // one epoch per call, on both sides
    let p = 0;
    let o = 0;
    let k = 0;
    let a = 0;
    for (let round = 0; round < rounds; round++) {
      p = Math.max(p, rate(() => trainEpoch(play, inputs, pm, lr, batch), 150) * n);
      o = Math.max(o, rate(() => trainer.run(updatesPerCall), 150) * n);
      k = Math.max(k, rate(() => sqTrainer.run(updatesPerCall), 150) * n);
      a = Math.max(a, rate(() => adamTrainer.run(updatesPerCall), 150) * n);
    }
    // both sides must have learned (lower loss than at the start) for the timing to count
    const e1 = meanError(play, inputs, pm);
    const l1 = net.lossValue(trainer.theta(), data.X, data.y);
    if (!(e1 < e0 && l1 < l0) || trainer.divergedAt !== null || sqTrainer.divergedAt !== null) throw new Error(`${sizes.join('-')}: a network did not learn (${e0} → ${e1}, ${l0} → ${l1})`);
    console.log(`${(sizes.join('-') + ' tanh').padEnd(16)}${fmt(p).padStart(14)}${fmt(o).padStart(12)}${`${(o / p).toFixed(2)}×`.padStart(8)}${fmt(k).padStart(12)}${`${(k / p).toFixed(2)}×`.padStart(8)}${fmt(a).padStart(16)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchNetworks(Number(process.env.ROUNDS ?? 4));
