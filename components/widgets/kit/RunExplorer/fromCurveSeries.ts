import type { CurveSeries } from '../CurveChart.tsx';
import { seriesStyle } from '../palette.ts';
import type { ExplorerRun } from './runRows.ts';

/**
 * The runs a kit CurveChart draws, as the explorer takes them: same names, and the colour and
 * dash the chart gives series i (its own, else the palette's), so a run looks the same in both.
 */
export function fromCurveSeries(series: readonly CurveSeries[]): ExplorerRun[] {
  return series.map((s, i) => {
    const style = seriesStyle(i);
    return {
      name: s.label,
      color: s.color ?? style.color,
      dash: s.dash ?? style.dash,
      points: s.points.map((p) => ({ step: p.x, value: p.y })),
    };
  });
}
