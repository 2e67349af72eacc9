// What a network diagram costs per redraw: every unit's output over a grid of the input plane
// (mlp.unitOutputs, reusing its arrays, after featureMap.applyInto of the grid points), for the
// Playground's default network and its largest (six hidden layers of eight, all seven features),
// on a 40 × 40 grid (the capstone's boundary plot) and the Playground's 100 × 100. Milliseconds
// per redraw, median of 25 calls after a warm-up, in CPU time (a latency, but on a shared machine
// the wall clock also counts other processes' turns). Run alone:
// node bench/diagram.ts
import { featureMap, mlp, INPUT_FEATURES, type InputFeature } from '../src/index.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};

export function benchDiagram(): void {
  console.log('\nNetwork diagram: every unit’s output over a grid (featureMap + mlp.unitOutputs), CPU ms per redraw, median of 25\n');
  console.log(`${'network'.padEnd(34)}${'units'.padStart(7)}${'40 × 40'.padStart(10)}${'100 × 100'.padStart(11)}`);
  console.log('-'.repeat(62));
  const cases: { name: string; features: InputFeature[]; hidden: number[] }[] = [
    { name: 'x₁, x₂ → 4-2 → 1 (Playground default)', features: ['x1', 'x2'], hidden: [4, 2] },
    { name: '7 features → 8 × 6 → 1 (its largest)', features: INPUT_FEATURES.map((f) => f.id), hidden: [8, 8, 8, 8, 8, 8] },
  ];
  for (const { name, features, hidden } of cases) {
    const fm = featureMap({ features });
    const net = mlp({ sizes: [fm.dim, ...hidden, 1], activation: 'tanh' });
    const theta = net.init(1);
    const cells: string[] = [];
    for (const side of [40, 100]) {
      const n = side * side;
      const grid = new Float64Array(2 * n);
      for (let r = 0; r < side; r++)
        for (let c = 0; c < side; c++) {
          grid[2 * (r * side + c)] = -1 + (2 * c) / (side - 1);
          grid[2 * (r * side + c) + 1] = 1 - (2 * r) / (side - 1);
        }
      const inputs = new Float64Array(n * fm.dim);
      let out: Float64Array[] | undefined;
      const redraw = () => {
        fm.applyInto(grid, inputs, n);
        out = net.unitOutputs(theta, inputs, n, out);
      };
      for (let w = 0; w < 20; w++) redraw();
      const times: number[] = [];
      for (let k = 0; k < 25; k++) {
        // CPU time has a coarse clock: time batches of redraws
        const reps = n > 5000 ? 2 : 10;
        const t0 = cpuMs();
        for (let q = 0; q < reps; q++) redraw();
        times.push((cpuMs() - t0) / reps);
      }
      cells.push(median(times).toFixed(2));
    }
    const units = fm.dim + hidden.reduce((s, v) => s + v, 0) + 1;
    console.log(`${name.padEnd(34)}${String(units).padStart(7)}${cells[0].padStart(10)}${cells[1].padStart(11)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchDiagram();
