import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { INPUT_FEATURES, type InputFeature } from '@descent/optim';
import { Select } from '../kit/controls/Select.tsx';
import { fieldName } from '../kit/controls/fieldName.ts';
import { useElementWidth } from '../kit/useElementWidth.ts';
import { configLetter } from '../kit/training/TrainingCharts.tsx';
import type { TrainingSession } from '../kit/training/trainingSession.ts';
import { DARK, LIGHT } from './drawBoundary.ts';
import { DIAGRAM_GRID, DIAGRAM_REPAINT_MS, type Frame } from './frame.ts';
import { clampItem, diagramGeometry, hitTest, moveItem, type DiagramItem } from './diagramLayout.ts';
import { describeItem } from './diagramReadout.ts';
import type { BoardView } from './boardPainter.ts';
import { drawsInWorker } from './offscreen.ts';
import type { Problem } from './model.ts';
import { MAX_LAYERS, MAX_UNITS } from './state.ts';

const CELLS = DIAGRAM_GRID * DIAGRAM_GRID;
/**
 * The painter and the features' tiles, their own chunk (the canvas, its size reserved, fills once
 * they have loaded), fetched once: the paint effect re-runs on every change of the network.
 */
let painter: Promise<{ draw: typeof import('./drawDiagram.ts').drawDiagram; tiles: Float32Array }> | null =
  null;
const loadPainter = () =>
  (painter ??= Promise.all([import('./drawDiagram.ts'), import('./featureTiles.ts')]).then(([d, f]) => ({
    draw: d.drawDiagram,
    tiles: f.featureTiles(),
  })));

/** Room left of the input column for the features' names, px. */
const GUTTER = 44;

interface Props {
  session: TrainingSession<unknown, Frame>;
  /** Layer widths, inputs to output. */
  sizes: readonly number[];
  /** Every input feature in the Playground's order, and whether the network is fed it. */
  inputs: readonly { id: InputFeature; label: string; on: boolean }[];
  /** Turns a feature on or off; false when refused (the last one on stays on). */
  onToggleFeature: (id: InputFeature) => boolean;
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
 * the weight's sign and thickened by |w|. One canvas, painted outside React up to ten times a
 * second while training; hover, or focus and the arrow keys, pick a unit or a link, whose value the
 * aria-live line reads. +/− buttons above the columns add and remove units and layers. Memoised:
 * a press on another control, or a snapshot of the training, leaves its props as they are.
 */
export const NetworkDiagram = memo(function NetworkDiagram({
  session,
  sizes,
  inputs,
  onToggleFeature,
  activation,
  problem,
  labels,
  step,
  onResize,
}: Props) {
  const [which, setWhich] = useState(0);
  const run = Math.min(which, labels.length - 1);
  const [wrap, width] = useElementWidth<HTMLDivElement>();
  // the features' labels and slots (memoised on their values: the inputs array is rebuilt each render)
  const activeKey = inputs.map((f) => (f.on ? 1 : 0)).join('');
  const { features, column, inactive } = useMemo(() => {
    const all = activeKey.split('').map((b, i) => ({ i, on: b === '1' }));
    return {
      features: INPUT_FEATURES.filter((_, i) => all[i].on).map((f) => f.label),
      column: { total: all.length, active: all.filter((f) => f.on).map((f) => f.i), gutter: GUTTER },
      inactive: all.filter((f) => !f.on).map((f) => f.i),
    };
  }, [activeKey]);
  const geom = useMemo(() => diagramGeometry(sizes, Math.max(width, 200), column), [sizes, width, column]);
  const [notice, setNotice] = useState('');
  const [item, setItem] = useState<DiagramItem | null>(null);
  const shown = item ? clampItem(item, sizes) : null;
  const key = shown ? JSON.stringify(shown) : '';
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const latest = useRef<Frame | null>(null);
  const highlight = useRef<DiagramItem | null>(null);
  const repaint = useRef<() => void>(() => {});
  const [text, setText] = useState('');
  // the frames' unit counts, so the readout follows when the first frame of a new network arrives
  const [shape, setShape] = useState('');

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
  }, [key, step, run, sizes, features, activation, problem, shape]);

  // The worker draws the diagram where it can (boardPainter.ts): the canvas is handed over once,
  // and each change of the picture goes to it; frames carry the shown run's heatmaps only.
  const [inWorker, setInWorker] = useState(false);
  const handedOver = useRef(false);
  useEffect(() => {
    const c = canvas.current;
    if (!c || handedOver.current || !drawsInWorker(session)) return;
    handedOver.current = true;
    const offscreen = c.transferControlToOffscreen();
    session.view({ kind: 'diagram-canvas', canvas: offscreen } satisfies BoardView, [offscreen]);
    setInWorker(true);
  }, [session]);
  useEffect(() => {
    if (!session.viewsInWorker) return;
    const scene = inWorker
      ? { geom, sizes, problem, mark: shown, inactive, dpr: window.devicePixelRatio || 1 }
      : null;
    session.view({ kind: 'diagram', run, scene } satisfies BoardView);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `shown` is rebuilt each render; `key` is its value
  }, [session, inWorker, run, geom, sizes, problem, inactive, key]);

  useEffect(() => {
    const off = session.onFrame((f) => {
      latest.current = f;
      // a new network (a unit or a layer added) has no values until its first frame: read it then
      setShape(f.runs.map((r) => r.units.length).join());
    });
    return off;
  }, [session]);

  useEffect(() => {
    if (inWorker) return;
    let raf = 0;
    let live = true;
    let draw: typeof import('./drawDiagram.ts').drawDiagram | null = null;
    let tiles: Float32Array | null = null;
    let lastPaint = -Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const paint = () => {
      raf = 0;
      lastPaint = performance.now();
      const c = canvas.current;
      const r = latest.current?.runs[run];
      // (a canvas handed to the worker is the worker's to draw)
      if (!c || !r || !draw || handedOver.current) return;
      const pal = document.documentElement.dataset.theme === 'dark' ? DARK : LIGHT;
      draw(c, {
        geom,
        sizes,
        theta: r.theta,
        units: r.units,
        pal,
        problem,
        mark: highlight.current,
        inactive,
        tiles: tiles ?? new Float32Array(0),
        dpr: window.devicePixelRatio || 1,
      });
    };
    const request = () => {
      if (!raf) raf = requestAnimationFrame(paint);
    };
    repaint.current = request;
    // Training frames repaint at most every DIAGRAM_REPAINT_MS (a highlight, the theme or a new
    // network at once): the diagram's canvas is the page's largest, and handing its pixels to the
    // compositor thirty times a second took a slow phone's main thread from the reader's presses.
    const off = session.onFrame(() => {
      const wait = lastPaint + DIAGRAM_REPAINT_MS - performance.now();
      if (wait <= 0) request();
      else
        timer ??= setTimeout(() => {
          timer = undefined;
          request();
        }, wait);
    });
    const themes = new MutationObserver(request);
    themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    void loadPainter().then((m) => {
      if (!live) return;
      draw = m.draw;
      tiles = m.tiles;
      request();
    });
    return () => {
      live = false;
      off();
      themes.disconnect();
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  }, [session, inWorker, geom, sizes, problem, run, inactive]);

  // a new highlight repaints at once (the frames may be paused)
  useEffect(() => {
    highlight.current = shown;
    repaint.current();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is `shown`'s value
  }, [key]);

  const toggle = (id: InputFeature, label: string, on: boolean) => {
    const done = onToggleFeature(id);
    setNotice(
      done
        ? `Input ${label} ${on ? 'off' : 'on'}.`
        : `Input ${label} stays on: the network needs at least one input. Turn another feature on first.`,
    );
  };
  const onKey = (e: KeyboardEvent) => {
    const next = moveItem(shown ?? { kind: 'unit', layer: 0, unit: 0 }, e.key, sizes);
    if (!next) return;
    e.preventDefault();
    setNotice('');
    setItem(next);
  };
  const onPointer = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const hit = hitTest(geom, e.clientX - box.left, e.clientY - box.top);
    if (hit) {
      setNotice('');
      setItem(hit);
    }
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
        {/* The input column: a toggle over every feature's name and heatmap, as in the Playground.
            Their boxes depend on neither the width nor the unit size (geom.toggles), so they never move
            or grow when the width is measured. */}
        <div
          className="pg-diagram-inputs wk-control"
          role="group"
          aria-label="Input features"
          data-control-name="features"
        >
          {/* the name an embed's builder lists for hiding the toggles (?hide=features) */}
          <span className="wk-label visually-hidden" aria-hidden="true">
            <span>Input features</span>
          </span>
          {inputs.map((f, s) => (
            <button
              key={f.id}
              type="button"
              className="pg-input-toggle"
              aria-pressed={f.on}
              aria-label={`Input ${f.label}`}
              data-feature={fieldName(f.id)}
              style={geom.toggles[s]}
              onClick={() => toggle(f.id, f.label, f.on)}
              onPointerEnter={() => {
                if (f.on) setItem({ kind: 'unit', layer: 0, unit: column.active.indexOf(s) });
              }}
            >
              <span className="pg-input-name">{f.label}</span>
            </button>
          ))}
        </div>
      </div>
      <p className="pg-readout" id="pg-diagram-readout" aria-live="polite" data-testid="pg-diagram-readout">
        {notice ||
          (shown && text
            ? text
            : 'Point at a unit or a link, or focus the diagram and use the arrow keys, to read its value. Click an input to turn that feature on or off.')}
      </p>
      <figcaption className="pg-diagram-key">
        Inputs: the features x₁, x₂, x₁², …; faint ones are off (click to turn on). Links: blue positive,
        orange negative weight, thicker for larger |w|. Units: their output, orange below 0, blue above
        {problem === 'classification' ? ' (the output unit: P(class 1) as on the boards)' : ''}.
      </figcaption>
    </figure>
  );
});
