import { scaleLinear } from 'd3-scale';

export interface PlotBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** plotBox(width, height) → the drawing area inside axis margins, in viewBox pixels. */
export function plotBox(
  width: number,
  height: number,
  margin = { left: 44, right: 10, top: 10, bottom: 36 },
): PlotBox {
  return {
    width,
    height,
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
}

export interface AxesProps {
  box: PlotBox;
  x: readonly [number, number];
  y: readonly [number, number];
  xLabel?: string;
  yLabel?: string;
  ticks?: number;
}

/** Linear x and y axes with ticks and titles, drawn in the same viewBox as the plot. */
export function Axes({ box, x, y, xLabel, yLabel, ticks = 5 }: AxesProps) {
  const sx = scaleLinear().domain(x).range([box.left, box.right]);
  const sy = scaleLinear().domain(y).range([box.bottom, box.top]);
  const fmt = sx.tickFormat(ticks);
  const fmty = sy.tickFormat(ticks);
  return (
    <g className="wk-axis" aria-hidden="true">
      <line x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} />
      <line x1={box.left} x2={box.left} y1={box.top} y2={box.bottom} />
      {sx.ticks(ticks).map((t) => (
        <g key={`x${t}`} transform={`translate(${sx(t)},${box.bottom})`}>
          <line y2={5} />
          <text y={17} textAnchor="middle">
            {fmt(t)}
          </text>
        </g>
      ))}
      {sy.ticks(ticks).map((t) => (
        <g key={`y${t}`} transform={`translate(${box.left},${sy(t)})`}>
          <line x2={-5} />
          <text x={-8} dy="0.32em" textAnchor="end">
            {fmty(t)}
          </text>
        </g>
      ))}
      {xLabel && (
        <text className="wk-axis-title" x={(box.left + box.right) / 2} y={box.height - 4} textAnchor="middle">
          {xLabel}
        </text>
      )}
      {yLabel && (
        <text
          className="wk-axis-title"
          transform={`translate(12,${(box.top + box.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {yLabel}
        </text>
      )}
    </g>
  );
}
