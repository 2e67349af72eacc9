import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Select } from '../kit/controls/Select.tsx';
import { useElementWidth } from '../kit/useElementWidth.ts';
import { configLetter } from '../kit/training/TrainingCharts.tsx';
import type { TrainingSession } from '../kit/training/trainingSession.ts';
import { DARK, LIGHT, valueColor, type Palette } from './drawBoundary.ts';
import { DIAGRAM_GRID, type Frame } from './engine.ts';
import {
  clampItem,
  diagramGeometry,
  hitTest,
  linkEnds,
  linkStyle,
  linkWeight,
  moveItem,
  type DiagramGeometry,
  type DiagramItem,
} from './diagramLayout.ts';
import { describeItem } from './diagramReadout.ts';
import type { Problem } from './model.ts';
import { MAX_LAYERS, MAX_UNITS } from './state.ts';

const CELLS = DIAGRAM_GRID * DIAGRAM_GRID;

interface Props {
  session: TrainingSession<unknown, Frame>;
  /** Layer widths, inputs to output. */
  sizes: readonly number[];
  /** Labels of the input features (x₁, x₁², …). */
  features: readonly string[];
  activation: string;
  problem: Problem;
  /** Legend labels of the configurations trained. */
  labels: readonly string[];
  /** Updates done: the readout follows the training at this pace. */
  step: number;
  /** A unit more or fewer in hidden layer k, or a hidden layer more or fewer. */
  onResize: (change: { layer: number; units: 1 | -1 } | { layers: 1 | -1 }) => void;
}

/**
 * The network as the TensorFlow Playground draws it: layers as columns, each unit a small heatmap
 * of its output over the plane (computed by the worker on a DIAGRAM_GRID² grid), links coloured by
 * the weight's sign and thickened by |w|. One canvas, painted outside React once per animation
 * frame while training; hover, or focus and the arrow keys, pick a unit or a link, whose value the
 * aria-live line reads. +/− buttons above the columns add and remove units and layers.
 */
export function NetworkDiagram({
  session,
  sizes,
  features,
  activation,
  problem,
  labels,
  step,
  onResize,
}: Props) {
  const [which, setWhich] = useState(0);
  const run = Math.min(which, labels.length - 1);
  const [wrap, width] = useElementWidth<HTMLDivElement>();
  const geom = useMemo(() => diagramGeometry(sizes, Math.max(width, 200)), [sizes, width]);
  const [item, setItem] = useState<DiagramItem | null>(null);
  const shown = item ? clampItem(item, sizes) : null;
  const key = shown ? JSON.stringify(shown) : '';
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const latest = useRef<Frame | null>(null);
  const highlight = useRef<DiagramItem | null>(null);
  const repaint = useRef<() => void>(() => {});
  const [text, setText] = useState('');

  // The readout follows the cursor at once and the training at the charts' pace (each new step).
  useEffect(() => {
    const r = latest.current?.runs[run];
    if (!shown || !r || r.units.length !== sizes.reduce((a, b) => a + b, 0) * CELLS) return;
    setText(
      describeItem(shown, {
        sizes,
        features,
        activation,
        problem,
        theta: r.theta,
        units: r.units,
        cells: CELLS,
      }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `shown` is rebuilt each render; `key` is its value
  }, [key, step, run, sizes, features, activation, problem]);

  useEffect(() => {
    let raf = 0;
    const paint = () => {
      raf = 0;
      const c = canvas.current;
      const r = latest.current?.runs[run];
      if (!c || !r) return;
      const pal = document.documentElement.dataset.theme === 'dark' ? DARK : LIGHT;
      drawDiagram(c, geom, sizes, r.theta, r.units, pal, problem, highlight.current);
    };
    const request = () => {
      if (!raf) raf = requestAnimationFrame(paint);
    };
    repaint.current = request;
    const off = session.onFrame((f) => {
      latest.current = f;
      request();
    });
    const themes = new MutationObserver(request);
    themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    request();
    return () => {
      off();
      themes.disconnect();
      cancelAnimationFrame(raf);
    };
  }, [session, geom, sizes, problem, run]);

  // a new highlight repaints at once (the frames may be paused)
  useEffect(() => {
    highlight.current = shown;
    repaint.current();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is `shown`'s value
  }, [key]);

  const onKey = (e: KeyboardEvent) => {
    const next = moveItem(shown ?? { kind: 'unit', layer: 0, unit: 0 }, e.key, sizes);
    if (!next) return;
    e.preventDefault();
    setItem(next);
  };
  const onPointer = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const hit = hitTest(geom, e.clientX - box.left, e.clientY - box.top);
    if (hit) setItem(hit);
  };

  const hidden = sizes.length - 2;
  // Columns closer than a − + pair is wide (many layers on a phone): the pair stacks.
  const spacing = geom.units.length > 1 ? geom.units[1][0].x - geom.units[0][0].x : geom.width;
  const stacked = spacing < 56;
  return (
    <figure className="pg-diagram" data-testid="pg-diagram">
      <div className="pg-diagram-head">
        {labels.length > 1 && (
          <Select
            name="diagram-run"
            label="Network of configuration"
            value={String(run)}
            options={labels.map((l, i) => ({ value: String(i), label: `${configLetter(i)}: ${l}` }))}
            onChange={(v) => setWhich(Number(v))}
          />
        )}
        <div className="pg-diagram-layers" role="group" aria-label="Hidden layers">
          <button
            type="button"
            className="wk-button wk-small"
            onClick={() => onResize({ layers: -1 })}
            disabled={hidden <= 0}
            aria-label="Remove the last hidden layer"
          >
            − layer
          </button>
          <span className="pg-diagram-count">
            {hidden} hidden {hidden === 1 ? 'layer' : 'layers'}
          </span>
          <button
            type="button"
            className="wk-button wk-small"
            onClick={() => onResize({ layers: 1 })}
            disabled={hidden >= MAX_LAYERS}
            aria-label="Add a hidden layer"
          >
            + layer
          </button>
        </div>
      </div>
      <div
        className={stacked ? 'pg-diagram-units pg-stacked' : 'pg-diagram-units'}
        style={{ height: stacked ? '3.4rem' : '1.9rem' }}
      >
        {geom.units.slice(1, -1).map((col, k) => (
          <span
            key={k}
            className="pg-diagram-unit-buttons"
            role="group"
            aria-label={`Hidden layer ${k + 1}: ${sizes[k + 1]} units`}
            style={{ left: `${((col[0].x + geom.unit / 2) / geom.width) * 100}%` }}
          >
            <button
              type="button"
              className="wk-button wk-small"
              onClick={() => onResize({ layer: k + 1, units: -1 })}
              disabled={sizes[k + 1] <= 1}
              aria-label={`Remove a unit from hidden layer ${k + 1}`}
            >
              −
            </button>
            <button
              type="button"
              className="wk-button wk-small"
              onClick={() => onResize({ layer: k + 1, units: 1 })}
              disabled={sizes[k + 1] >= MAX_UNITS}
              aria-label={`Add a unit to hidden layer ${k + 1}`}
            >
              +
            </button>
          </span>
        ))}
      </div>
      <div ref={wrap} className="pg-diagram-canvas">
        <canvas
          ref={canvas}
          tabIndex={0}
          role="img"
          aria-label={`Network diagram of configuration ${configLetter(run)}: a ${sizes.join('-')} network, each unit drawn as its output over the plane, links coloured by the sign of their weight and thickened by its size. Arrow keys move between units and links; the value is read below.`}
          aria-describedby="pg-diagram-readout"
          style={{ width: '100%', height: geom.height }}
          onKeyDown={onKey}
          onPointerMove={onPointer}
          onFocus={() => setItem((i) => i ?? { kind: 'unit', layer: 0, unit: 0 })}
        />
      </div>
      <p className="pg-readout" id="pg-diagram-readout" aria-live="polite" data-testid="pg-diagram-readout">
        {shown && text
          ? text
          : 'Point at a unit or a link, or focus the diagram and use the arrow keys, to read its value.'}
      </p>
      <figcaption className="pg-diagram-key">
        Links: blue positive, orange negative weight, thicker for larger |w|. Units: their output, orange
        below 0, blue above
        {problem === 'classification' ? ' (the output unit: P(class 1) as on the boards)' : ''}.
      </figcaption>
    </figure>
  );
}

const scratch: { canvas: HTMLCanvasElement | null } = { canvas: null };

/** Paints links, then unit heatmaps, then the highlighted item's outline. */
function drawDiagram(
  c: HTMLCanvasElement,
  g: DiagramGeometry,
  sizes: readonly number[],
  theta: Float32Array,
  units: Float32Array,
  pal: Palette,
  problem: Problem,
  mark: DiagramItem | null,
): void {
  const dpr = window.devicePixelRatio || 1;
  const W = Math.round(g.width * dpr);
  const H = Math.round(g.height * dpr);
  if (c.width !== W) c.width = W;
  if (c.height !== H) c.height = H;
  const ctx = c.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, g.width, g.height);
  const rgb = (v: readonly number[]) => `rgb(${v[0]},${v[1]},${v[2]})`;
  const L = sizes.length - 1;
  const enough = units.length === sizes.reduce((a, b) => a + b, 0) * CELLS;
  // links
  for (let l = 1; l <= L; l++)
    for (let j = 0; j < sizes[l]; j++)
      for (let i = 0; i < sizes[l - 1]; i++) {
        const w = linkWeight(theta, sizes, l, i, j);
        const s = linkStyle(w);
        const [x0, y0, x1, y1] = linkEnds(g, l, i, j);
        ctx.globalAlpha = s.alpha;
        ctx.strokeStyle = rgb(s.positive ? pal.one : pal.zero);
        ctx.lineWidth = s.width;
        ctx.beginPath();
        ctx.moveTo(x0, y0);
        ctx.lineTo(x1, y1);
        ctx.stroke();
      }
  ctx.globalAlpha = 1;
  // units: each its DIAGRAM_GRID² heatmap, scaled up with smoothing
  scratch.canvas ??= document.createElement('canvas');
  const small = scratch.canvas;
  small.width = DIAGRAM_GRID;
  small.height = DIAGRAM_GRID;
  const sctx = small.getContext('2d');
  if (!sctx) return;
  const img = sctx.createImageData(DIAGRAM_GRID, DIAGRAM_GRID);
  ctx.imageSmoothingEnabled = true;
  let o = 0;
  for (let l = 0; l <= L; l++)
    for (let j = 0; j < sizes[l]; j++, o += CELLS) {
      const { x, y } = g.units[l][j];
      if (enough) {
        // hidden units and inputs on the −1 … 1 scale; the output as the boards draw it
        const scale: Problem = l === L ? problem : 'regression';
        for (let q = 0; q < CELLS; q++) {
          const [r, gg, b] = valueColor(units[o + q], pal, scale);
          img.data[4 * q] = r;
          img.data[4 * q + 1] = gg;
          img.data[4 * q + 2] = b;
          img.data[4 * q + 3] = 255;
        }
        sctx.putImageData(img, 0, 0);
        ctx.drawImage(small, x, y, g.unit, g.unit);
      }
      ctx.lineWidth = 1;
      ctx.strokeStyle = pal.ink;
      ctx.strokeRect(x + 0.5, y + 0.5, g.unit - 1, g.unit - 1);
    }
  // the highlighted unit or link
  if (mark) {
    ctx.strokeStyle = pal.ink;
    if (mark.kind === 'unit') {
      const u = g.units[mark.layer]?.[mark.unit];
      if (u) {
        ctx.lineWidth = 3;
        ctx.strokeRect(u.x - 2.5, u.y - 2.5, g.unit + 5, g.unit + 5);
      }
    } else if (g.units[mark.layer]?.[mark.to] && g.units[mark.layer - 1]?.[mark.from]) {
      const [x0, y0, x1, y1] = linkEnds(g, mark.layer, mark.from, mark.to);
      ctx.lineWidth = 2;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x0, y0 - 4);
      ctx.lineTo(x1, y1 - 4);
      ctx.moveTo(x0, y0 + 4);
      ctx.lineTo(x1, y1 + 4);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
}
