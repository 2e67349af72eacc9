import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../formatNumber.ts';
import { niceTicks } from './niceTicks.ts';
import { useHydrated } from '../useHydrated.ts';
import { axisStyle, axisTitle, cursorStyle, gridStroke, tooltipStyle } from './chartTheme.ts';

export interface StudyChartProps {
  /** The curve: y at x = firstX, firstX + 1, … (one value per step). */
  values: number[];
  firstX?: number;
  /** Text alternative: what the chart shows and its outcome (the figure's accessible name). */
  label: string;
  xLabel: string;
  /** The x variable's symbol, for the tooltip ("k = 12"); defaults to xLabel. */
  xName?: string;
  yLabel: string;
  /** Tooltip name of the value (defaults to yLabel). */
  valueName?: string;
  /** Height in px; the page reserves it before hydration (default 176). */
  height?: number;
}

/**
 * A Recharts line chart of one curve a reader studies (the quick reference's schedules and
 * optimizer behaviours): labelled axes, a tooltip and Recharts' accessibility layer — focus the
 * chart, then the arrow keys move the tooltip from step to step. Before hydration it renders
 * nothing but its reserved box (the page keeps a static picture under it for print and no-JS
 * readers), so Recharts runs only in the browser, when the chart scrolls into view.
 */
export default function StudyChart({
  values,
  firstX = 0,
  label,
  xLabel,
  xName = xLabel,
  yLabel,
  valueName = yLabel,
  height = 176,
}: StudyChartProps) {
  const hydrated = useHydrated();
  if (!hydrated) return <div className="study-chart" style={{ height }} />;
  const data = values.map((y, i) => ({ x: firstX + i, y: Number.isFinite(y) ? y : null }));
  const last = firstX + Math.max(1, values.length - 1);
  // Round steps (0, 20, 40 …), not Recharts' even splits of the range (1, 16, 31 …).
  const xTicks = niceTicks(firstX, last, 5).filter(Number.isInteger);
  return (
    <div className="study-chart" style={{ height }} role="figure" aria-label={label}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 300, height }}>
        <LineChart data={data} accessibilityLayer margin={{ top: 8, right: 14, bottom: 2, left: 4 }}>
          <CartesianGrid stroke={gridStroke} strokeDasharray="2 3" />
          <XAxis
            dataKey="x"
            type="number"
            domain={[firstX, last]}
            ticks={xTicks}
            allowDecimals={false}
            tickFormatter={(v: number) => formatNumber(v)}
            label={axisTitle(xLabel, 'insideBottom')}
            height={34}
            {...axisStyle}
          />
          <YAxis
            tickFormatter={(v: number) => formatNumber(v, 2)}
            label={axisTitle(yLabel, 'insideLeft')}
            width={62}
            {...axisStyle}
          />
          <Tooltip
            contentStyle={tooltipStyle}
            cursor={cursorStyle}
            labelFormatter={(x) => `${xName} = ${formatNumber(Number(x))}`}
            separator=" = "
            formatter={(v) => [formatNumber(Number(v), 4), valueName]}
            isAnimationActive={false}
          />
          <Line
            dataKey="y"
            name={valueName}
            stroke="var(--accent)"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
