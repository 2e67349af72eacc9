import {
  adam,
  applyUpdates,
  associativeMemory,
  muon,
  newtonSchulz,
  paramLayout,
  rng,
  sgd,
  singularValues,
  type Transform,
  type Vec,
} from '@descent/optim';
import type { MuonMemoryState } from './state.ts';

export interface MemoryRun {
  id: 'sgd' | 'adam' | 'muon';
  label: string;
  /** ½‖W eᵢ − vᵢ‖² per pair at the end, pairs in order of frequency. */
  pairErrors: number[];
  /** Mean recall error of the most frequent quarter and of the rarest quarter, over training. */
  frequent: { x: number; y: number }[];
  rare: { x: number; y: number }[];
}

export interface MuonMemoryResult {
  runs: MemoryRun[];
  probabilities: number[];
  /** Singular values of Muon's update direction (Nesterov form) at spectrumStep, before and after Newton–Schulz. */
  before: number[];
  after: number[];
  spectrumStep: number;
  /** The Zipf exponent and the number of pairs these runs were made with. */
  zipf: number;
  pairs: number;
}

const RECORDS = 60;

/**
 * muonMemory(state) → SGD with momentum 0.9, Adam (β = 0.9, 0.999) and Muon (muon.py's
 * defaults but η) trained on the same Zipf stream of pairs of an associative memory from W = 0,
 * with each pair's recall error, and the singular values of Muon's update direction a quarter of the way through, before
 * and after orthogonalisation.
 */
export function muonMemory(s: MuonMemoryState): MuonMemoryResult {
  const mem = associativeMemory({ pairs: s.pairs, zipf: s.zipf, seed: s.seed });
  const d = mem.d;
  const random = rng(`muon-memory/${s.seed}`);
  const batches = Array.from({ length: s.steps }, () => mem.sample(random, s.batch));
  const quarter = Math.max(1, Math.floor(d / 4));
  const meanErr = (W: Vec, from: number, to: number) => {
    let e = 0;
    for (let i = from; i < to; i++) e += mem.pairError(W, i);
    return e / (to - from);
  };
  const every = Math.max(1, Math.floor(s.steps / RECORDS));
  const layout = paramLayout([[d, d]]);
  // The spectrum is shown a quarter of the way through, where the summary compares the pairs.
  const spectrumStep = Math.max(1, Math.floor(s.steps / 4));
  let direction: Vec | null = null;
  const train = (id: MemoryRun['id'], label: string, tx: Transform<unknown>): MemoryRun => {
    let W: Vec = new Float64Array(d * d);
    let state = tx.init(W);
    const frequent = [{ x: 0, y: meanErr(W, 0, quarter) }];
    const rare = [{ x: 0, y: meanErr(W, d - quarter, d) }];
    let G: Vec = new Float64Array(d * d);
    for (let t = 1; t <= s.steps; t++) {
      G = mem.batchGrad(W, batches[t - 1]);
      const out = tx.update(G, state as never, W);
      state = out.state;
      W = applyUpdates(W, out.updates);
      if (id === 'muon' && t === spectrumStep) {
        // The Nesterov-form direction muon.py orthogonalised at this step: (1 − β)G + βB.
        const buffer = (state as { momentum: { buffer: Vec } }).momentum.buffer;
        direction = Float64Array.from(buffer, (b, k) => 0.05 * G[k] + 0.95 * b);
      }
      if (t % every === 0 || t === s.steps) {
        frequent.push({ x: t, y: meanErr(W, 0, quarter) });
        rare.push({ x: t, y: meanErr(W, d - quarter, d) });
      }
    }
    return {
      id,
      label,
      pairErrors: Array.from({ length: d }, (_, i) => mem.pairError(W, i)),
      frequent,
      rare,
    };
  };
  const runs = [
    train('sgd', 'SGD with momentum', sgd({ lr: s.sgdLr, momentum: 0.9 }) as Transform<unknown>),
    train('adam', 'Adam', adam({ lr: s.adamLr }) as Transform<unknown>),
    train('muon', 'Muon', muon({ layout, lr: s.muonLr }) as Transform<unknown>),
  ];
  const M = direction ?? new Float64Array(d * d);
  const fro = Math.hypot(...M) || 1;
  return {
    runs,
    probabilities: mem.probabilities,
    before: Array.from(singularValues(M, d, d), (x) => x / fro),
    after: Array.from(singularValues(newtonSchulz(M, d, d), d, d)),
    spectrumStep,
    zipf: s.zipf,
    pairs: s.pairs,
  };
}
