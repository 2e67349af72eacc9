import { varianceModel } from '../../components/widgets/EstimatorVarianceChart/model.ts';
import { varianceCodec } from '../../components/widgets/EstimatorVarianceChart/state.ts';
import { raceForChart } from '../../components/widgets/FiniteSumRace/raceForChart.ts';
import { raceCodec } from '../../components/widgets/FiniteSumRace/state.ts';
import { varianceByBatch } from '../../components/widgets/GradientNoise/model.ts';
import { gradientNoiseCodec } from '../../components/widgets/GradientNoise/state.ts';
import { noiseFloor } from '../../components/widgets/NoiseFloor/model.ts';
import { noiseFloorCodec } from '../../components/widgets/NoiseFloor/state.ts';
import { stepSweepModel } from '../../components/widgets/StepSizeExplorer/model.ts';
import { stepSweepCodec } from '../../components/widgets/StepSizeExplorer/state.ts';
import { momentumNoise } from '../../components/widgets/MomentumNoise/model.ts';
import { momentumNoiseCodec } from '../../components/widgets/MomentumNoise/state.ts';
import { weightNormRace } from '../../components/widgets/WeightNormRace/model.ts';
import { weightNormRaceCodec } from '../../components/widgets/WeightNormRace/state.ts';
import { runPlateau } from '../../components/widgets/PlateauController/model.ts';
import { plateauCodec } from '../../components/widgets/PlateauController/state.ts';
import { race as scheduleRace } from '../../components/widgets/ScheduleRace/model.ts';
import { raceCodec as scheduleRaceCodec } from '../../components/widgets/ScheduleRace/state.ts';
import { muonMemory } from '../../components/widgets/MuonMemory/model.ts';
import { muonMemoryCodec } from '../../components/widgets/MuonMemory/state.ts';
import { stopAnytime } from '../../components/widgets/StopAnytimeRace/model.ts';
import { stopAnytimeCodec } from '../../components/widgets/StopAnytimeRace/state.ts';
import { roundForIsland } from '../../components/widgets/kit/roundForIsland.ts';

/**
 * The results the lesson widgets show for their default settings, computed when the site is built
 * (by the same model functions their workers run) and passed to each island as its `initial` prop:
 * the page's HTML already holds the real legend, notes and summary, so nothing moves when an
 * island hydrates (CLS 0), readers without JavaScript see the outcome in words, and no worker runs
 * for the defaults. A reader's own settings (a link, a slider) are computed in the browser as before.
 * The results are written into the page at eight significant digits (roundForIsland: finer than
 * any plot or readout, and the digits beyond were most of the props' bytes); the server rendering
 * and the hydrated island both draw the rounded result.
 */
const once = <T>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= roundForIsland(f()));
};

/** Lesson 1 (SGD). */
export const sgdWidgetDefaults = once(() => {
  const { batch: _unused, ...gradientNoiseChart } = gradientNoiseCodec.defaults;
  return {
    gradientNoise: varianceByBatch(gradientNoiseChart),
    noiseFloor: noiseFloor(noiseFloorCodec.defaults),
  };
});

/** Lesson 2 (variance reduction). The SAGA table's default run is cheap and computed by the widget itself. */
export const varianceReductionWidgetDefaults = once(() => ({
  estimatorVariance: varianceModel(varianceCodec.defaults),
  race: raceForChart(raceCodec.defaults),
  stepSweep: stepSweepModel(stepSweepCodec.defaults),
}));

/** Lesson 3 (momentum). The noise-floor race: its legend said "measuring…" until the first run landed. */
export const momentumWidgetDefaults = once(() => ({
  noise: momentumNoise(momentumNoiseCodec.defaults),
}));

/** Lesson 5 (AdamW). The weight-norm race: its first result used to move the charts below it as it landed. */
export const adamwWidgetDefaults = once(() => ({
  weightNorm: weightNormRace(weightNormRaceCodec.defaults),
}));

/** Lesson 6 (schedules). ReduceLROnPlateau's run (its state panel appears with the first result) and the schedule race (its summary). */
export const schedulesWidgetDefaults = once(() => ({
  // the widget's worker input is the state with the cursor at epoch 1 (the run does not depend on it)
  plateau: runPlateau({ ...plateauCodec.defaults, at: 1 }),
  race: scheduleRace(scheduleRaceCodec.defaults),
}));

/**
 * Lesson 7 (beyond AdamW). The associative-memory race and the stop-anytime race: their curves,
 * legends and summaries came with the first worker result and moved the page below them (CLS 0.37
 * at 390 px in bench:site).
 */
export const beyondAdamwWidgetDefaults = once(() => ({
  muonMemory: muonMemory(muonMemoryCodec.defaults),
  stopAnytime: stopAnytime(stopAnytimeCodec.defaults),
}));

/**
 * The same build-time result for a widget by its folder name, for the pages that render a widget
 * outside its lesson (the embed pages, whose generated switch passes it to every widget view that
 * takes an `initial` prop), so an embed's HTML already holds the default outcome as the lesson's
 * does. Undefined for widgets without one: they compute their first result in the browser.
 */
export function widgetInitial(folder: string): unknown {
  switch (folder) {
    case 'GradientNoise':
      return sgdWidgetDefaults().gradientNoise;
    case 'NoiseFloor':
      return sgdWidgetDefaults().noiseFloor;
    case 'EstimatorVarianceChart':
      return varianceReductionWidgetDefaults().estimatorVariance;
    case 'FiniteSumRace':
      return varianceReductionWidgetDefaults().race;
    case 'StepSizeExplorer':
      return varianceReductionWidgetDefaults().stepSweep;
    case 'MomentumNoise':
      return momentumWidgetDefaults().noise;
    case 'WeightNormRace':
      return adamwWidgetDefaults().weightNorm;
    case 'PlateauController':
      return schedulesWidgetDefaults().plateau;
    case 'ScheduleRace':
      return schedulesWidgetDefaults().race;
    case 'MuonMemory':
      return beyondAdamwWidgetDefaults().muonMemory;
    case 'StopAnytimeRace':
      return beyondAdamwWidgetDefaults().stopAnytime;
    default:
      return undefined;
  }
}
