// The widget kit: shared pieces every lesson's widgets are built from. See README.md.
export { WidgetFrame, type WidgetFrameProps } from './WidgetFrame.tsx';
export { ContourPlot, type ContourPlotProps, type Trajectory, type PlotScale } from './ContourPlot.tsx';
export {
  CurveChart,
  type CurveChartProps,
  type CurveSeries,
  type ReferenceY,
  type ReferenceX,
} from './CurveChart.tsx';
export { Axes, plotBox, type PlotBox } from './Axes.tsx';
export { Legend, type LegendItem } from './Legend.tsx';
export { LogBars, type LogBarsProps, type LogBarGroup } from './LogBars.tsx';
export { Slider, type SliderProps } from './controls/Slider.tsx';
export { LogSlider, logSliderValue, type LogSliderProps } from './controls/LogSlider.tsx';
export { DecayRateSlider, betaFromOneMinus, type DecayRateSliderProps } from './controls/DecayRateSlider.tsx';
export { Select, type SelectProps, type SelectOption } from './controls/Select.tsx';
export { Toggle, type ToggleProps } from './controls/Toggle.tsx';
export { Transport, type TransportProps } from './Transport.tsx';
export { usePlayback, type Playback } from './usePlayback.ts';
export { useUrlState, linkTo, type UrlState, type StatePatch } from './useUrlState.ts';
export { useWidget, widgetFrame, type FrameProps } from './useWidget.ts';
export { seedField, nextSeed, SEED_MAX } from './seed.ts';
export { NewSeedButton, type NewSeedButtonProps } from './NewSeedButton.tsx';
export { Placeholder } from './Placeholder.tsx';
export { ResultView, type ResultViewProps } from './ResultView.tsx';
export { useElementWidth } from './useElementWidth.ts';
export { patchMarkup, splitMarkup } from './patchMarkup.ts';
export { useAfterPaint } from './useAfterPaint.ts';
export { afterNextPaint } from './afterNextPaint.ts';
export { useFontScale } from './useFontScale.ts';
export { useWorkerResult, type WorkerResult, type UseWorkerOptions } from './worker/useWorkerResult.ts';
export { exposeWorker, type WorkerRequest, type WorkerResponse } from './worker/exposeWorker.ts';
export { formatNumber, formatSci } from './formatNumber.ts';
export { plural } from './plural.ts';
export { seriesStyle, SERIES_COLORS, SERIES_DASHES } from './palette.ts';
export {
  sampleGrid,
  logLevels,
  contourPaths,
  polylinePath,
  type Point,
  type Domain,
} from './contourGeometry.ts';
export { downsampleIndices, downsampleSeries, type DownsampleOptions } from './downsampleSeries.ts';
export {
  cleanPoints,
  downsample,
  mergeSeries,
  logDomain,
  powersOfTen,
  tightLogAxis,
  type XY,
} from './chartData.ts';
export {
  widgetCodec,
  slots,
  withSlot,
  type WidgetCodec,
  type UrlNotice,
  type SlotSchema,
} from '../../../src/lib/urlState/index.ts';
export { useSharedUrlState } from './useSharedUrlState.ts';
