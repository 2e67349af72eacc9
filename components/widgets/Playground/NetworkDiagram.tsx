import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Select } from '../kit/controls/Select.tsx';
import { useElementWidth } from '../kit/useElementWidth.ts';
import { configLetter } from '../kit/training/TrainingCharts.tsx';
import type { TrainingSession } from '../kit/training/trainingSession.ts';
import { DARK, LIGHT } from './drawBoundary.ts';
import { DIAGRAM_GRID, type Frame } from './engine.ts';
import { clampItem, diagramGeometry, hitTest, moveItem, type DiagramItem } from './diagramLayout.ts';
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
    let live = true;
    let draw: typeof import('./drawDiagram.ts').drawDiagram | null = null;
    const paint = () => {
      raf = 0;
      const c = canvas.current;
      const r = latest.current?.runs[run];
      if (!c || !r || !draw) return;
      const pal = document.documentElement.dataset.theme === 'dark' ? DARK : LIGHT;
      draw(c, geom, sizes, r.theta, r.units, pal, problem, highlight.current);
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
    // the painter is its own chunk: the canvas (its size reserved) fills once it has loaded
    void import('./drawDiagram.ts').then((m) => {
      if (!live) return;
      draw = m.drawDiagram;
      request();
    });
    return () => {
      live = false;
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
  // (before the width is measured, never: the usual network does not stack, so nothing shifts)
  const stacked = width > 0 && spacing < 56;
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
        {/* placed over their columns once the width is known (a guess would move them) */}
        {(width > 0 ? geom.units.slice(1, -1) : []).map((col, k) => (
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
