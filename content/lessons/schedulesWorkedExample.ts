import {
  adam,
  applyUpdates,
  cosineAnnealingLR,
  linearScalingRule,
  matchedBatchSize,
  oneCycleLR,
  reduceLROnPlateau,
  sequentialLR,
  sgdNoiseScale,
  warmupCosine,
  linearLR,
  type ReduceLROnPlateauState,
} from '@descent/optim';
import { race } from '../../components/widgets/ScheduleRace/model.ts';
import { RaceState, raceCodec } from '../../components/widgets/ScheduleRace/state.ts';
import { describeField } from '../../src/lib/urlState/describeField.ts';

// One rounding for prose and code listings, shared by every lesson (src/lib/typeset/texNumber.ts).
export { sig } from '../../src/lib/typeset/texNumber.ts';

/** The validation losses of the plateau example (a fixed, short curve, so the reader can follow it). */
export const PLATEAU_LOSSES = [
  0.9, 0.72, 0.65, 0.64, 0.6401, 0.645, 0.639, 0.6395, 0.64, 0.641, 0.6392, 0.6391, 0.6393, 0.64, 0.62,
  0.6201,
] as const;
export const PLATEAU_OPTIONS = {
  lr: 0.1,
  factor: 0.5,
  patience: 2,
  threshold: 1e-4,
  thresholdMode: 'rel',
  cooldown: 1,
} as const;

/** The same curve with cooldown 0: the epochs at which the rate would have been cut. */
function withoutCooldown(): number[] {
  const c = reduceLROnPlateau({ ...PLATEAU_OPTIONS, cooldown: 0 });
  let s = c.init();
  return PLATEAU_LOSSES.flatMap((loss, i) => {
    s = c.observe(s, loss);
    return s.reduced ? [i + 1] : [];
  });
}

/**
 * Every number lesson 6 quotes, computed by @descent/optim when the page is built: an ImageNet-
 * style recipe (linear scaling, warmup, cosine) read off and drawn, the T_max bug in it, the two
 * one-cycle variants, ReduceLROnPlateau on a fixed curve, Adam's first step, and the noise scale
 * of Smith, Kindermans, Ying & Le.
 */
export function schedulesWorkedExample() {
  // Goyal et al.'s recipe moved to batch 1024: 0.1 per 256 scaled by 4, 5 epochs of warmup, 90 epochs of cosine.
  const n = 1_281_167; // ImageNet-1k training images
  const batch = 1024;
  const itersPerEpoch = Math.ceil(n / batch); // DataLoader with drop_last=False
  const peak = linearScalingRule(0.1, 256, batch);
  const W = 5 * itersPerEpoch;
  const T = 90 * itersPerEpoch;
  const start = 0.1 / peak;
  const s = warmupCosine({ lr: peak, warmupSteps: W, totalSteps: T, startFactor: start });
  const at = (update: number) => s(update - 1);
  const warm = linearLR({ lr: peak, startFactor: start, endFactor: 1, totalIters: W });
  const recipe = {
    n,
    batch,
    itersPerEpoch,
    peak,
    W,
    T,
    start,
    tMax: T - W,
    first: at(1),
    second: at(2),
    midWarm: at(W / 2 + 1),
    endWarm: at(W + 1),
    quarter: at(W + (T - W) / 4 + 1),
    half: at(W + (T - W) / 2 + 1),
    last: at(T),
    warmAgrees: Math.abs(warm(W / 2) - at(W / 2 + 1)) < 1e-15,
    // The bug: T_max given in epochs (90) while the scheduler is stepped every batch — behind the
    // warmup, as SequentialLR runs it: the cosine starts at the milestone W.
    bug: (() => {
      const buggy = sequentialLR({
        schedules: [warm, cosineAnnealingLR({ lr: peak, tMax: 90 })],
        milestones: [W],
      });
      const zeroAt = W + 90; // scheduler steps after which the rate is 0
      const topAt = W + 180;
      const epochOf = (update: number) => Math.ceil(update / itersPerEpoch);
      return {
        tMax: 90,
        zeroAt,
        topAt,
        atMin: buggy(zeroAt),
        quarterBack: buggy(W + 135),
        backAtTop: buggy(topAt),
        /** The updates that run at those rates (update t uses the rate after t − 1 steps), and their epoch. */
        zeroUpdate: zeroAt + 1,
        topUpdate: topAt + 1,
        epoch: epochOf(zeroAt + 1),
        epochOfTop: epochOf(topAt + 1),
        epochStart: (epochOf(zeroAt + 1) - 1) * itersPerEpoch + 1,
        epochEnd: epochOf(zeroAt + 1) * itersPerEpoch,
      };
    })(),
  };

  // One-cycle over 1000 updates with max_lr 0.1: PyTorch's default against Smith's three linear phases.
  const oc = { maxLr: 0.1, totalSteps: 1000 };
  const pt = oneCycleLR(oc);
  const smith = oneCycleLR({ ...oc, threePhase: true, annealStrategy: 'linear' });
  // Smith's proportions: up and down over 45 % each, a short last phase; at PyTorch's default
  // pct_start = 0.3 the three-phase shape's last phase is 40 % of the run.
  const smith45 = oneCycleLR({ ...oc, threePhase: true, annealStrategy: 'linear', pctStart: 0.45 });
  const lastPhase = (sched: (k: number) => number, start: number) => {
    // The last phase starts where the rate is back at its initial value after the peak.
    let k = 1;
    while (sched(k) > sched(0) * (1 + 1e-12) || k <= 1) k++;
    while (sched(k + 1) >= sched(0) * (1 - 1e-12) && k < 999) k++;
    return { start: k, fraction: (999 - k) / 1000, initial: start };
  };
  const oneCycle = {
    lastPhaseDefault: lastPhase(smith, 0.3),
    lastPhaseSmith: lastPhase(smith45, 0.45),
    initial: pt(0),
    peakStep: 0.3 * 1000 - 1,
    peak: pt(299),
    final: pt(999),
    ptAt500: pt(499),
    smithAt500: smith(499),
    smithBackAt: 2 * 0.3 * 1000 - 2,
    smithAt598: smith(598),
    smithFinal: smith(999),
  };

  // ReduceLROnPlateau on a fixed curve.
  const ctl = reduceLROnPlateau(PLATEAU_OPTIONS);
  let st: ReduceLROnPlateauState = ctl.init();
  const rows = PLATEAU_LOSSES.map((loss, i) => {
    st = ctl.observe(st, loss);
    return {
      epoch: i + 1,
      loss,
      best: st.best,
      bad: st.numBadEpochs,
      cooldown: st.cooldownCounter,
      lr: st.lr,
      reduced: st.reduced,
    };
  });
  const plateau = {
    rows,
    reductions: rows.filter((r) => r.reduced).map((r) => r.epoch),
    finalLr: st.lr,
    withoutCooldown: withoutCooldown(),
  };

  // Adam's first step: v̂₁ = g₁², so every coordinate moves by about η whatever its gradient's scale.
  const g = Float64Array.from([1e-3, 10, -0.2]);
  const theta = Float64Array.from([0, 0, 0]);
  const opt = adam({ lr: 1e-3 });
  const first = applyUpdates(theta, opt.update(g, opt.init(theta), theta).updates);
  const adamFirst = { g: [...g], step: [...first] };

  // Smith, Kindermans, Ying & Le: CIFAR-10-sized n, batch 128, η = 0.1, momentum 0.9.
  const noise = {
    n: 50_000,
    b: 128,
    lr: 0.1,
    momentum: 0.9,
    g: sgdNoiseScale({ lr: 0.1, n: 50_000, batchSize: 128, momentum: 0.9 }),
    matched5: matchedBatchSize({ lr0: 0.1, batchSize0: 128, lr: 0.02, n: 50_000 }),
    approx5: 128 * 5,
  };
  // The training widget at its defaults, with the growing-batch run switched on.
  const raceState = { ...raceCodec.defaults, grow: true };
  const raceRuns = race(raceState).runs;
  const final = (id: string) => raceRuns.find((r) => r.id === id)!;
  const training = {
    state: raceState,
    constant: final('constant').final!,
    multistep: final('multistep').final!,
    cosine: final('cosine').final!,
    onecycle: final('onecycle').final!,
    grow: final('grow').final!,
    growUpdates: final('grow').updates,
  };

  // The same race at the slider's top rate, η = 30, with warmup + cosine switched on too.
  const lrField = describeField('lr', RaceState.shape.lr);
  const topLr = lrField.kind === 'number' ? lrField.max : NaN;
  const top = race({ ...raceCodec.defaults, lr: topLr, warmupcosine: true }).runs;
  const endOf = (id: string) => top.find((r) => r.id === id)!.final!;
  const largeLr = {
    lr: topLr,
    diverged: top.filter((r) => r.divergedAt !== null).map((r) => r.id),
    constant: endOf('constant'),
    multistep: endOf('multistep'),
    cosine: endOf('cosine'),
    warmupcosine: endOf('warmupcosine'),
    onecycle: endOf('onecycle'),
  };

  // The shortest gap between two cuts with patience 3 and cooldown 2, on a metric that never improves.
  const gapCtl = reduceLROnPlateau({ lr: 1, patience: 3, cooldown: 2 });
  let gs = gapCtl.init();
  const cuts: number[] = [];
  for (let e = 1; e <= 20; e++) {
    gs = gapCtl.observe(gs, 1);
    if (gs.reduced) cuts.push(e);
  }
  const plateauGap = { cuts, gap: cuts[1] - cuts[0] };
  return { recipe, oneCycle, plateau, adamFirst, noise, training, largeLr, plateauGap };
}
