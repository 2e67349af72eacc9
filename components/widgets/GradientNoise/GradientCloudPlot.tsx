import { memo, useId } from 'react';
import { Axes, plotBox, useFontScale, type Point } from '../kit/index.ts';
import type { NoiseCloud } from './model.ts';

/**
 * The cloud of mini-batch gradients in gradient space: each dot is one g_B, the star is ∇f(θ),
 * the cross is the cloud's average, the dashed ellipse the predicted 2σ region. The window is
 * fixed for a given θ, so growing b visibly shrinks the cloud.
 */
export const GradientCloudPlot = memo(function GradientCloudPlot({
  cloud,
  label,
}: {
  cloud: NoiseCloud;
  label: string;
}) {
  const clip = useId().replace(/:/g, '');
  const width = 420;
  const [scaleRef, fontStyle] = useFontScale<HTMLDivElement>(width);
  const height = 380;
  const box = plotBox(width, height, { left: 50, right: 10, top: 10, bottom: 40 });
  const h = cloud.halfWidth;
  const x: [number, number] = [cloud.grad[0] - h, cloud.grad[0] + h];
  const y: [number, number] = [cloud.grad[1] - h, cloud.grad[1] + h];
  const px = (v: number) => box.left + ((v - x[0]) / (x[1] - x[0])) * (box.right - box.left);
  const py = (v: number) => box.bottom - ((v - y[0]) / (y[1] - y[0])) * (box.bottom - box.top);
  const sx = (box.right - box.left) / (x[1] - x[0]);
  const sy = (box.bottom - box.top) / (y[1] - y[0]);
  const e = cloud.ellipse;
  const [gx, gy] = [px(cloud.grad[0]), py(cloud.grad[1])];
  const [mx, my] = [px(cloud.sampleMean[0]), py(cloud.sampleMean[1])];
  return (
    <div className="wk-plot" ref={scaleRef} style={fontStyle}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <defs>
          <clipPath id={clip}>
            <rect x={box.left} y={box.top} width={box.right - box.left} height={box.bottom - box.top} />
          </clipPath>
        </defs>
        <g clipPath={`url(#${clip})`}>
          {cloud.samples.map((p: Point, k) => (
            <circle
              key={k}
              cx={clamp(px(p[0]))}
              cy={clamp(py(p[1]))}
              r={2.4}
              fill="var(--series-1)"
              fillOpacity={0.45}
            />
          ))}
          {/* Ellipse in data units → pixels: scale axes separately, rotate by −angle (SVG y points down). */}
          <g transform={`translate(${gx},${gy}) scale(${sx},${-sy}) rotate(${e.angle})`}>
            <ellipse
              rx={e.rx}
              ry={e.ry}
              fill="none"
              stroke="var(--series-2)"
              strokeWidth={2}
              strokeDasharray="6 4"
              vectorEffect="non-scaling-stroke"
            />
          </g>
          <Star x={gx} y={gy} />
          {/* The average lands close to ∇f (the estimate is unbiased), so its cross is drawn on top
            of the star, with a halo in the background colour, to stay visible where they meet. */}
          <path
            d={`M${mx - 7} ${my - 7} L${mx + 7} ${my + 7} M${mx - 7} ${my + 7} L${mx + 7} ${my - 7}`}
            stroke="var(--surface)"
            strokeWidth={5.5}
          />
          <path
            d={`M${mx - 7} ${my - 7} L${mx + 7} ${my + 7} M${mx - 7} ${my + 7} L${mx + 7} ${my - 7}`}
            stroke="var(--series-3)"
            strokeWidth={2.5}
          />
        </g>
        <Axes box={box} x={x} y={y} xLabel="∂f/∂θ₁" yLabel="∂f/∂θ₂" />
      </svg>
    </div>
  );
});

function clamp(v: number): number {
  return Math.max(-1e4, Math.min(1e4, v));
}

function Star({ x, y }: { x: number; y: number }) {
  const pts: string[] = [];
  for (let k = 0; k < 10; k++) {
    const r = k % 2 === 0 ? 9 : 4;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    pts.push(`${(x + r * Math.cos(a)).toFixed(1)},${(y + r * Math.sin(a)).toFixed(1)}`);
  }
  return <polygon points={pts.join(' ')} fill="var(--text)" stroke="var(--surface)" strokeWidth={1} />;
}
