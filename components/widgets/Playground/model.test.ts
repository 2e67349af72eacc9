import { describe, expect, it } from 'vitest';
import {
  adamw,
  applyUpdates,
  dataset2d,
  featureMap,
  mlp,
  mlpParamLayout,
  splitDataset,
  muonWithAdamw,
  shampoo,
  trainMlp,
  regression2d,
  type Dataset2dKind,
  type Transform,
  type Vec,
  weightPenalty,
} from '@descent/optim';
import { withSlot } from '../../../src/lib/urlState/index.ts';
import { learningRateOf, transformOf } from '../kit/training/trainingConfigSpecs.ts';
import { summarizeTraining } from '../kit/training/describeTraining.ts';
import { playgroundCodec, playgroundSchema, type PlaygroundState } from './state.ts';
import { buildData, configFromState, evalEvery, gridInputs, networkLayout, parameterCount } from './model.ts';
import { createEngine, GRID } from './engine.ts';
import { DARK, gridPixels, legendGradient, LIGHT, TINT } from './drawBoundary.ts';
import { cellReadout } from './boardCursor.ts';
import { runStyle } from './runStyle.ts';
import { SERIES_COLORS } from '../kit/palette.ts';

const defaults = playgroundSchema.parse({});
const withConfig = (i: number, patch: Partial<PlaygroundState['configs'][number]>, s = defaults) => ({
  ...s,
  configs: withSlot(s.configs, i, patch),
});

/** θ after `steps` full-batch updates of `tx` on the playground's training loss. */
function descend(tx: Transform<unknown>, cfg: ReturnType<typeof configFromState>, steps: number): Vec {
  const { train, net } = buildData(cfg);
  let theta = net.init(cfg.seed);
  let s = tx.init(theta);
  for (let k = 0; k < steps; k++) {
    const { grad } = net.lossAndGradient(theta, train.X, train.y);
    const out = tx.update(grad, s, theta);
    s = out.state;
    theta = applyUpdates(theta, out.updates);
  }
  return theta;
}

describe('playground optimizers after AdamW', () => {
  const state = { ...defaults, layers: 2, units: 4, steps: 200 };
  const cfg = configFromState(state);
  const { net } = buildData(cfg);
  const layout = networkLayout(net);

  it('marks the weights into hidden layers as hidden matrices, not the biases or the output layer', () => {
    expect(layout.blocks.map((b) => b.name)).toEqual(['W1', 'b1', 'W2', 'b2', 'W3', 'b3']);
    expect(layout.hidden).toEqual([true, false, true, false, false, false]);
  });

  it('Muon trains the hidden matrices and AdamW the rest: the package’s muonWithAdamw with those blocks', () => {
    const c = { ...cfg.configs[0], optimizer: 'muon' as const, lr: 0.02, momentum: 0.95, auxLr: 0.005 };
    const rate = learningRateOf(c, cfg.steps).schedule;
    const ref = muonWithAdamw({
      layout: layout.blocks,
      useMuon: (b) => b.name === 'W1' || b.name === 'W2',
      muon: { lr: 0.02, momentum: 0.95, nesterov: c.nesterov, weightDecay: c.weightDecay },
      adamw: { lr: 0.005 },
    });
    const got = descend(transformOf(c, rate, layout), cfg, 15);
    const want = descend(ref, cfg, 15);
    expect(Array.from(got)).toEqual(Array.from(want));
    // and it moved every block
    const theta0 = net.init(cfg.seed);
    for (const b of layout.blocks) expect(got[b.offset]).not.toBe(theta0[b.offset]);
  });

  it('Shampoo preconditions the hidden matrices with their Kronecker factors and AdamW the rest (by hand)', () => {
    const c = { ...cfg.configs[0], optimizer: 'shampoo' as const, lr: 0.03, auxLr: 0.01 };
    const rate = learningRateOf(c, cfg.steps).schedule;
    const got = descend(transformOf(c, rate, layout), cfg, 12);
    // Second route: Shampoo on each hidden matrix alone and AdamW (muon.py's settings) on the other
    // entries, gathered and scattered here rather than by the package's partition.
    const hidden = layout.blocks.filter((_, i) => layout.hidden[i]);
    const rest = layout.blocks.filter((_, i) => !layout.hidden[i]);
    const size = (b: { shape: readonly number[] }) => b.shape.reduce((a, d) => a * d, 1);
    const idx = (bs: typeof hidden) =>
      bs.flatMap((b) => Array.from({ length: size(b) }, (_, j) => b.offset + j));
    const mats = hidden.map((b) => ({
      ix: idx([b]),
      tx: shampoo({ lr: 0.03, eps: c.eps, layout: [{ offset: 0, shape: b.shape }] }),
    }));
    const aux = {
      ix: idx(rest),
      tx: adamw({ lr: 0.01, beta1: 0.9, beta2: 0.95, eps: 1e-10, weightDecay: 0 }),
    };
    const parts: { ix: number[]; tx: Transform<unknown> }[] = [...mats, aux];
    const { train } = buildData(cfg);
    let theta = net.init(cfg.seed);
    const pick = (v: Vec, ix: number[]) => Float64Array.from(ix, (i) => v[i]);
    const states = parts.map((p) => p.tx.init(pick(theta, p.ix)));
    for (let k = 0; k < 12; k++) {
      const { grad } = net.lossAndGradient(theta, train.X, train.y);
      const next = Float64Array.from(theta);
      parts.forEach((p, j) => {
        const out = p.tx.update(pick(grad, p.ix), states[j], pick(theta, p.ix));
        states[j] = out.state;
        p.ix.forEach((i, m) => (next[i] += out.updates[m]));
      });
      theta = next;
    }
    for (let i = 0; i < theta.length; i++) expect(got[i]).toBeCloseTo(theta[i], 12);
  });

  it('a network without hidden layers gives Muon nothing: AdamW trains it all', () => {
    const flat = configFromState({ ...state, layers: 0 });
    const l = networkLayout(buildData(flat).net);
    expect(l.hidden.every((h) => !h)).toBe(true);
    const c = { ...flat.configs[0], optimizer: 'muon' as const, lr: 0.02, auxLr: 0.01 };
    const rate = learningRateOf(c, flat.steps).schedule;
    const got = descend(transformOf(c, rate, l), flat, 5);
    const want = descend(adamw({ lr: 0.01, beta1: 0.9, beta2: 0.95, eps: 1e-10, weightDecay: 0 }), flat, 5);
    expect(Array.from(got)).toEqual(Array.from(want));
  });

  it('every optimizer and WSD train the playground network to finite losses, and the links round-trip', () => {
    for (const optimizer of [
      'lion',
      'adafactor',
      'lamb',
      'lars',
      'muon',
      'shampoo',
      'soap',
      'scheduleFreeSgd',
      'scheduleFreeAdamw',
    ] as const) {
      const st = withConfig(
        0,
        { optimizer, lr: 0.01, schedule: 'wsd', warm: 10, pct: 0.2 },
        { ...state, runs: 1, steps: 60 },
      );
      const engine = createEngine(configFromState(st));
      const f = engine.advance(60);
      expect(f.runs[0].divergedAt, optimizer).toBeNull();
      expect(
        f.runs[0].points.every((p) => Number.isFinite(p.trainLoss)),
        optimizer,
      ).toBe(true);
      const back = playgroundCodec.decode(playgroundCodec.withState('', st));
      expect(back.state, optimizer).toEqual(st);
      expect(back.notices).toEqual([]);
    }
  });
});

describe('playground model', () => {
  it('configurations share the initialisation and the batches: an engine run equals trainMlp with the same seed', () => {
    const cfg = configFromState({ ...defaults, dataset: 'moons', steps: 120, runs: 2 });
    const { train, test, net } = buildData(cfg);
    const engine = createEngine(cfg);
    const frames = [engine.advance(0), engine.advance(50), engine.advance(100)];
    expect(frames[2].step).toBe(120);
    expect(frames[2].done).toBe(true);
    for (let k = 0; k < 2; k++) {
      const s = learningRateOf(cfg.configs[k], cfg.steps).schedule;
      const ref = trainMlp({
        net,
        transform: transformOf(cfg.configs[k], s),
        schedule: s,
        train,
        test,
        batchSize: cfg.batch,
        seed: cfg.seed,
        theta0: net.init(cfg.seed),
        evalEvery: evalEvery(cfg.steps),
        steps: 120,
      });
      expect(frames.flatMap((f) => f.runs[k].points)).toEqual(ref.history);
      // the boundary is the network's prediction at the final θ on the grid
      const p = net.predict(ref.theta, gridInputs(GRID));
      frames[2].runs[k].grid.forEach((v, i) => expect(v).toBeCloseTo(p[i], 6));
    }
  });

  it('trains every run-relative schedule without throwing', () => {
    for (const schedule of ['constant', 'plateau', 'oneCycle', 'warmRestarts'] as const) {
      const cfg = configFromState(withConfig(0, { schedule }, { ...defaults, steps: 60, runs: 1 }));
      const f = createEngine(cfg).advance(5);
      expect(f.step).toBe(5);
      expect(f.runs[0].divergedAt).toBeNull();
    }
  });

  it('a huge learning rate diverges: the frame says where, points stay finite, the grid keeps the last finite boundary', () => {
    const cfg = configFromState(
      withConfig(
        0,
        { optimizer: 'sgd', lr: 100, momentum: 0.99 },
        { ...defaults, steps: 300, runs: 1, activation: 'relu' },
      ),
    );
    const f = createEngine(cfg).advance(300);
    const d = f.runs[0].divergedAt;
    expect(d).not.toBeNull();
    expect(f.runs[0].points.every((p) => Number.isFinite(p.trainLoss))).toBe(true);
    expect(f.runs[0].grid.every((v) => Number.isFinite(v))).toBe(true);
    expect(
      summarizeTraining([{ label: 'x', history: f.runs[0].points, divergedAt: d }], 300, 300, false),
    ).toContain(`diverged at step ${d}`);
  });

  it('never paints a non-finite probability; counts parameters', () => {
    const px = gridPixels(Float32Array.from([NaN, 1, 0, 0.5]), 2, LIGHT);
    expect(Array.from(px.slice(0, 4))).toEqual([...LIGHT.background, 255]);
    expect(parameterCount([2, 4, 2, 1])).toBe(25);
    expect(parameterCount(configFromState(defaults).sizes)).toBe(2 * 8 + 8 + 8 * 8 + 8 + 8 + 1);
  });
});

describe('playgroundCodec', () => {
  it('keeps the defaults of the four configurations (SGD+momentum, Adam, SGD+cosine, AdamW+warmup-cosine)', () => {
    expect(defaults.configs.map((c) => [c.optimizer, c.lr, c.momentum, c.weightDecay, c.schedule])).toEqual([
      ['sgd', 0.1, 0.9, 0, 'constant'],
      ['adam', 0.01, 0, 0, 'constant'],
      ['sgd', 0.1, 0.9, 0, 'cosine'],
      ['adamw', 0.01, 0, 0.01, 'warmupCosine'],
    ]);
  });

  it('reads links written before the configurations were slots (lr2, la2, opt1 …) as the same setup, with a notice', () => {
    const { state, notices } = playgroundCodec.decode(
      '?playground.v=1&playground.lr2=0.03&playground.la2=true&playground.opt1=heavyBall&playground.runs=3',
    );
    expect(state).toEqual({
      ...withConfig(1, { lr: 0.03, lookahead: true }, withConfig(0, { optimizer: 'heavyBall' })),
      runs: 3,
    });
    expect(notices.map((n) => n.kind)).toEqual(['renamed']);
    const search = playgroundCodec.withState('?playground.lr2=0.03', state);
    expect(search).toContain('playground.configs.1.lr=0.03');
    expect(search).not.toContain('lr2');
  });

  it('hostile links fall back with notices that never echo the link', () => {
    const { state, notices } = playgroundCodec.decode(
      '?playground.v=1&playground.lr1=1e999&playground.runs=99&playground.opt2=evil&playground.layers=<script>&playground.configs.3.eps=-1',
    );
    expect(state.configs[0].lr).toBe(defaults.configs[0].lr);
    expect(state.runs).toBe(4);
    expect(state.configs[1].optimizer).toBe('adam');
    expect(state.layers).toBe(defaults.layers);
    expect(state.configs[3].eps).toBe(1e-12);
    expect(notices.map((n) => [n.key, n.kind])).toEqual([
      ['layers', 'invalid'],
      ['runs', 'clamped'],
      ['lr1', 'invalid'],
      ['opt2', 'invalid'],
      ['configs.3.eps', 'clamped'],
      ['renamed', 'renamed'],
    ]);
    expect(notices.map((n) => n.message).join(' ')).not.toContain('<script>');
  });
});

describe('playground input features', () => {
  const small = { ...defaults, layers: 1, units: 3, n: 60 };

  it('old links (no feature flags) keep x₁, x₂ only, and an empty choice falls back to them', () => {
    // a link from before the features: only the old keys
    const { state } = playgroundCodec.decode('?playground.dataset=circle&playground.layers=1');
    expect(configFromState(state).features).toEqual(['x1', 'x2']);
    expect(configFromState(state).sizes[0]).toBe(2);
    // and a feature ticked survives the round trip through the URL
    const ticked = { ...small, x1x2: true };
    expect(
      configFromState(playgroundCodec.decode(playgroundCodec.withState('', ticked)).state).features,
    ).toEqual(['x1', 'x2', 'x1x2']);
    const none = { ...small, x1: false, x2: false };
    expect(configFromState(none).features).toEqual(['x1', 'x2']);
  });

  it('the network’s input width and outputs follow the selected features (the package directly)', () => {
    const state = { ...small, x2: false, x1Squared: true, sinX2: true };
    const cfg = configFromState(state);
    expect(cfg.features).toEqual(['x1', 'x1Squared', 'sinX2']);
    expect(cfg.sizes[0]).toBe(3);
    const { train, net, toInputs } = buildData(cfg);
    expect(net.sizes[0]).toBe(3);
    // Second route: the package's data set, split and feature map, computed here by hand.
    const raw = splitDataset(
      dataset2d({ kind: cfg.dataset as Dataset2dKind, n: cfg.n, noise: cfg.noise, seed: cfg.seed }),
      cfg.trainPct / 100,
    ).train;
    for (let i = 0; i < raw.n; i++) {
      const [a, b] = [raw.X[2 * i], raw.X[2 * i + 1]];
      expect(Array.from(train.X.subarray(3 * i, 3 * i + 3))).toEqual([a, a * a, Math.sin(b)]);
    }
    const ref = mlp({ sizes: [3, 3, 1], activation: cfg.activation, seed: cfg.seed });
    const theta = net.init(cfg.seed);
    const grid = gridInputs(5);
    const mapped = featureMap({ features: ['x1', 'x1Squared', 'sinX2'], scale: 1 }).apply(grid);
    const want = new Float64Array(25);
    ref.predictInto(theta, mapped, want, 25);
    const got = new Float64Array(25);
    net.predictInto(theta, toInputs(grid), got, 25);
    expect(Array.from(got)).toEqual(Array.from(want));
  });

  it('the engine trains on the features: its boards change when a feature is added', () => {
    const base = { ...small, steps: 60, runs: 1 };
    const frameOf = (s: PlaygroundState) => {
      return createEngine(configFromState(s)).advance(60).runs[0].grid;
    };
    const plain = frameOf(base);
    const squared = frameOf({ ...base, x1Squared: true, x2Squared: true });
    expect(plain.length).toBe(GRID * GRID);
    expect(squared.some((v, i) => Math.abs(v - plain[i]) > 1e-6)).toBe(true);
    expect(squared.every(Number.isFinite)).toBe(true);
  });
});

describe('playground regularisation', () => {
  const small = { ...defaults, layers: 1, units: 3, n: 60, steps: 40, runs: 1 };

  it('none by default; L1 and L2 set the package’s λ₁ or λ₂ alone', () => {
    expect(configFromState(small)).toMatchObject({ l1: 0, l2: 0 });
    expect(configFromState({ ...small, regularization: 'l1', lambda: 0.01 })).toMatchObject({
      l1: 0.01,
      l2: 0,
    });
    expect(configFromState({ ...small, regularization: 'l2', lambda: 0.02 })).toMatchObject({
      l1: 0,
      l2: 0.02,
    });
  });

  it('the training gradient is the data gradient plus the package’s weightPenalty subgradient', () => {
    for (const regularization of ['l1', 'l2'] as const) {
      const cfg = configFromState({ ...small, regularization, lambda: 0.05 });
      const { train, net } = buildData(cfg);
      const plain = buildData({ ...cfg, l1: 0, l2: 0 }).net;
      const theta = net.init(cfg.seed);
      const got = net.lossAndGradient(theta, train.X, train.y);
      const base = plain.lossAndGradient(theta, train.X, train.y);
      const grad = Float64Array.from(base.grad);
      const blocks = mlpParamLayout(plain)
        .filter((b) => b.shape.length === 2)
        .map((b) => ({ weights: b.offset, outputs: b.shape[0], inputs: b.shape[1] ?? 0 }));
      const R = weightPenalty(theta, blocks, cfg.l1, cfg.l2, grad);
      expect(R).toBeGreaterThan(0);
      expect(got.loss).toBeCloseTo(base.loss + R, 12);
      for (let q = 0; q < grad.length; q++) expect(got.grad[q]).toBeCloseTo(grad[q], 12);
    }
  });
});

describe('playground regression', () => {
  const small = {
    ...defaults,
    layers: 1,
    units: 4,
    n: 120,
    steps: 60,
    runs: 2,
    problem: 'regression' as const,
  };

  it('old links decode as classification; the problem type and its data set survive the URL', () => {
    expect(playgroundCodec.decode('?playground.v=1&playground.runs=1').state.problem).toBe('classification');
    const s = { ...small, regDataset: 'gauss' as const };
    const back = playgroundCodec.decode(playgroundCodec.withState('', s)).state;
    expect(back.problem).toBe('regression');
    expect(back.regDataset).toBe('gauss');
    // the classification data set is kept for when the reader switches back
    expect(configFromState({ ...back, problem: 'classification' }).dataset).toBe(back.dataset);
  });

  it('trains the package’s plane and multi-Gaussian sets with the squared loss', () => {
    for (const kind of ['plane', 'gauss'] as const) {
      const cfg = configFromState({ ...small, regDataset: kind, noise: 0.2 });
      expect(cfg.dataset).toBe(kind);
      const { train, test, net } = buildData(cfg);
      expect(net.loss).toBe('squared');
      // Second route: the package's regression set and split, called directly.
      const raw = splitDataset(regression2d({ kind, n: cfg.n, noise: cfg.noise, seed: cfg.seed }), 0.7);
      expect(Array.from(train.y)).toEqual(Array.from(raw.train.y));
      expect(Array.from(test.X)).toEqual(Array.from(raw.test.X));
      // real labels, not classes
      expect(train.y.some((v) => v !== 0 && v !== 1)).toBe(true);
    }
  });

  it('the engine reports the mean ½(ŷ − y)² and draws ŷ itself on the boards', () => {
    const cfg = configFromState(small);
    const frame = createEngine(cfg).advance(0);
    const { train, net } = buildData(cfg);
    const theta = net.init(cfg.seed);
    const yhat = net.predict(theta, train.X);
    let sum = 0;
    for (let i = 0; i < train.n; i++) sum += 0.5 * (yhat[i] - train.y[i]) ** 2;
    const p0 = frame.runs[0].points[0];
    expect(p0.step).toBe(0);
    expect(p0.trainLoss).toBeCloseTo(sum / train.n, 12);
    const want = net.predict(theta, gridInputs(GRID));
    frame.runs[0].grid.forEach((v, i) => expect(v).toBeCloseTo(want[i], 5));
    // the trained value trains: after 60 updates the loss is lower
    const later = createEngine(cfg).advance(60).runs[0].points;
    expect(later[later.length - 1].trainLoss).toBeLessThan(p0.trainLoss);
  });

  it('the summary speaks of losses only and names the lowest test loss', () => {
    const point = (testLoss: number) => ({
      step: 10,
      lr: 0.1,
      trainLoss: 0.02,
      trainAccuracy: 0.5,
      testLoss,
      testAccuracy: 0.5,
    });
    const runs = [
      { label: 'SGD', history: [point(0.05)], divergedAt: null },
      { label: 'Adam', history: [point(0.03)], divergedAt: null },
    ];
    const text = summarizeTraining(runs, 10, 60, false, 'regression');
    expect(text).not.toMatch(/%|accuracy/);
    expect(text).toContain('A, SGD: train loss 0.020, test loss 0.050');
    expect(text).toContain('Lowest test loss: B.');
  });

  it('the board’s diverging scale: 0 is the background, ±1 a class hue at full tint, beyond that no stronger', () => {
    const grid = Float32Array.from([0, 1, -1, 3, -0.5, Number.NaN, 0, 0, 0]);
    const px = gridPixels(grid, 3, LIGHT, false, 'regression');
    const at = (i: number) => Array.from(px.subarray(4 * i, 4 * i + 3));
    const mix = (c: readonly number[], w: number) =>
      c.map((v, k) => Math.round(LIGHT.background[k] + (v - LIGHT.background[k]) * w));
    expect(at(0)).toEqual([...LIGHT.background]);
    expect(at(1)).toEqual(mix(LIGHT.one, TINT));
    expect(at(2)).toEqual(mix(LIGHT.zero, TINT));
    expect(at(3)).toEqual(at(1));
    expect(at(4)).toEqual(mix(LIGHT.zero, TINT / 2));
    expect(at(5)).toEqual([...LIGHT.background]);
    // discretised: the sign at full tint
    const d = gridPixels(grid, 3, LIGHT, true, 'regression');
    expect(Array.from(d.subarray(16, 19))).toEqual(mix(LIGHT.zero, TINT));
    // the legend's ends are the board's ±1 colours
    const [lo] = legendGradient(DARK).match(/rgb\([^)]*\)/g) ?? [];
    const dm = DARK.zero.map((v, k) => Math.round(DARK.background[k] + (v - DARK.background[k]) * TINT));
    expect(lo).toBe(`rgb(${dm.join(',')})`);
  });

  it('the readout says ŷ for a regression', () => {
    const grid = new Float32Array(16).fill(-0.4237);
    expect(cellReadout(grid, 4, { r: 1, c: 2 }, 'regression')).toMatch(/: ŷ = −0\.42$/);
    expect(cellReadout(grid, 4, { r: 1, c: 2 })).toMatch(/P\(class 1\) = −0\.42$/);
  });
});

describe('playground run colours', () => {
  it('never the class colours (series 1 and 2), and four distinct ones for A–D', () => {
    const colours = [0, 1, 2, 3].map((i) => runStyle(i).color);
    expect(new Set(colours).size).toBe(4);
    for (const c of colours) expect([SERIES_COLORS[0], SERIES_COLORS[1]]).not.toContain(c);
    // the class colours are series 1 and 2 in both themes (kit.css): blue #1f5fbf / #7fb2ff
    expect(LIGHT.one).toEqual([0x1f, 0x5f, 0xbf]);
    expect(DARK.zero).toEqual([0xff, 0xa3, 0x5c]);
  });
});
