import {
  memo,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { Dataset } from '@descent/optim';
import { runOutcome } from '../kit/training/describeTraining.ts';
import type { RunHistory } from '../kit/training/sessionReducer.ts';
import { configLetter } from '../kit/training/TrainingCharts.tsx';
import type { TrainingSession } from '../kit/training/trainingSession.ts';
import { DARK, LIGHT, drawBoundary, drawPointsLayer, legendGradient } from './drawBoundary.ts';
import type { BoardView } from './boardPainter.ts';
import { BOARD_PX, GRID, type Frame } from './frame.ts';
import { drawsInWorker } from './offscreen.ts';
import { cellAtFraction, cellCentre, cellReadout, moveCell, type Cell } from './boardCursor.ts';
import { DOMAIN, type Problem } from './model.ts';

const TICKS = [-DOMAIN, -DOMAIN / 2, 0, DOMAIN / 2, DOMAIN];
const tick = (v: number) => (v < 0 ? `−${Math.abs(v)}` : String(v));

const CANVAS_PX = BOARD_PX;

/** How often the counters follow the frames where the worker paints, ms. */
const COUNTERS_MS = 250;
const isDark = () => document.documentElement.dataset.theme === 'dark';

interface Props {
  session: TrainingSession<unknown, Frame>;
  data: { train: Dataset; test: Dataset };
  /** Legend label of each configuration trained. */
  labels: readonly string[];
  runs: readonly RunHistory[];
  step: number;
  showTest: boolean;
  discrete: boolean;
  /** Classification boards shade P(class 1); regression boards ŷ on a diverging scale. */
  problem: Problem;
  /** Colour of configuration i (its swatch), as the charts draw it. */
  styleOf: (i: number) => { color: string };
}

/**
 * One canvas per configuration: its decision boundary and the data. Painted outside React with every
 * frame (about 30 a second) — by the worker on the canvases handed to it where the browser can
 * (boardPainter.ts), else here once per animation frame — so the boards move smoothly while the
 * charts follow once a second. `data-frames` / `data-draws` count frames received and painted.
 * Memoised: the page's renders (a press, a snapshot) pass the same props and skip it.
 */
export const BoundaryBoards = memo(function BoundaryBoards({
  session,
  data,
  labels,
  runs,
  step,
  showTest,
  discrete,
  problem,
  styleOf,
}: Props) {
  // One cursor for every board, so the same point can be compared across configurations.
  const [cursor, setCursor] = useState<Cell>({ r: GRID / 2, c: GRID / 2 });
  const [active, setActive] = useState(false);
  const onKey = (e: KeyboardEvent) => {
    const next = moveCell(cursor, e.key, GRID, e.shiftKey);
    if (!next) return;
    e.preventDefault();
    setActive(true);
    setCursor(next);
  };
  const onPointer = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    setActive(true);
    setCursor(cellAtFraction((e.clientX - box.left) / box.width, (e.clientY - box.top) / box.height, GRID));
  };
  const at = cellCentre(cursor, GRID);
  // The readout follows the cursor at once and the training at the charts' pace (each new `step`),
  // so a screen reader hears it when the reader moves, not thirty times a second.
  const [texts, setTexts] = useState<string[]>([]);
  // (a reader who focuses a board before its first frame has arrived gets the readout with it)
  const [framed, setFramed] = useState(false);
  useEffect(() => {
    const frame = latest.current;
    if (!active || !frame) return;
    setTexts(frame.runs.map((r) => cellReadout(r.grid, GRID, cursor, problem)));
  }, [active, cursor, step, problem, framed]);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const board = useRef<HTMLDivElement | null>(null);
  const latest = useRef<Frame | null>(null);
  const counts = useRef({ frames: 0, draws: 0 });

  // The data points, drawn once on a layer of their own that every board copies.
  const pointsLayer = useRef<HTMLCanvasElement | null>(null);

  // The worker paints the boards where it can (boardPainter.ts): each canvas is handed over once,
  // a board that goes away is taken back (null), and the look follows the toggles and the theme.
  const handed = useRef<(HTMLCanvasElement | null)[]>([]);
  const count = labels.length;
  useEffect(() => {
    if (!drawsInWorker(session)) return;
    const send = (v: BoardView, transfer?: Transferable[]) => session.view(v, transfer);
    for (let i = 0; i < Math.max(count, handed.current.length); i++) {
      const el = i < count ? (canvases.current[i] ?? null) : null;
      if (el === handed.current[i]) continue;
      handed.current[i] = el;
      if (!el) send({ kind: 'canvas', index: i, canvas: null });
      else {
        const canvas = el.transferControlToOffscreen();
        send({ kind: 'canvas', index: i, canvas }, [canvas]);
      }
    }
    handed.current.length = count;
  }, [session, count]);
  useEffect(() => {
    if (!drawsInWorker(session)) return;
    const send = () => session.view({ kind: 'look', showTest, discrete, dark: isDark() } satisfies BoardView);
    send();
    const themes = new MutationObserver(send);
    themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => themes.disconnect();
  }, [session, showTest, discrete]);

  useEffect(() => {
    let raf = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const inWorker = drawsInWorker(session);
    const sets = [{ ...data.train, test: false }, ...(showTest ? [{ ...data.test, test: true }] : [])];
    let layerPalette: typeof LIGHT | null = null;
    // the counters in one DOM write per painted frame (tests read them), never per message
    const count = () => {
      board.current?.setAttribute('data-frames', String(counts.current.frames));
      board.current?.setAttribute('data-draws', String(counts.current.draws));
    };
    const paint = () => {
      raf = 0;
      const frame = latest.current;
      if (!frame) return;
      const palette = isDark() ? DARK : LIGHT;
      const layer = (pointsLayer.current ??= document.createElement('canvas'));
      if (layerPalette !== palette) {
        drawPointsLayer(layer, sets, CANVAS_PX, CANVAS_PX, palette, problem);
        layerPalette = palette;
      }
      frame.runs.forEach((r, i) => {
        const c = canvases.current[i];
        if (c) drawBoundary(c, r.grid, GRID, layer, palette, discrete, problem);
      });
      ++counts.current.draws;
      count();
    };
    // Where the worker paints, the page has no frame to draw: the counters follow a few times a
    // second (a DOM write per frame would cost the page a frame of its own thirty times a second).
    const request = inWorker
      ? () => {
          timer ??= setTimeout(() => {
            timer = undefined;
            counts.current.draws = latest.current?.painted ?? 0;
            count();
          }, COUNTERS_MS);
        }
      : () => {
          if (!raf) raf = requestAnimationFrame(paint);
        };
    const off = session.onFrame((f) => {
      if (!latest.current) setFramed(true);
      latest.current = f;
      counts.current.frames++;
      request();
    });
    // The theme decides the colours: repaint when it changes.
    const themes = inWorker ? null : new MutationObserver(request);
    themes?.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    request();
    return () => {
      off();
      themes?.disconnect();
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  }, [session, data, showTest, discrete, problem]);

  return (
    <>
      {problem === 'regression' && (
        <div className="pg-legend" data-testid="pg-legend">
          <span>Predicted value ŷ (dots: labels y)</span>
          <span className="pg-legend-scale">
            <span aria-hidden="true">−1</span>
            <span
              className="pg-legend-bar"
              role="img"
              aria-label="Colour scale: ŷ = −1 orange, 0 the background colour, 1 blue (full colour beyond ±1)"
              style={
                {
                  '--pg-legend-light': legendGradient(LIGHT),
                  '--pg-legend-dark': legendGradient(DARK),
                } as CSSProperties
              }
            />
            <span aria-hidden="true">1</span>
          </span>
        </div>
      )}
      <div className="pg-boards" ref={board} data-testid="pg-boards" data-runs={labels.length}>
        {labels.map((label, i) => {
          const r = runs[i];
          const outcome = r ? runOutcome(r, problem) : 'not started';
          const diverged = r?.divergedAt ?? null;
          return (
            <figure key={i} className="pg-board">
              <div className="pg-plot">
                <div className="pg-axis-y" aria-hidden="true">
                  {TICKS.map((v) => (
                    <span key={v} style={{ top: `${((DOMAIN - v) / (2 * DOMAIN)) * 100}%` }}>
                      {tick(v)}
                    </span>
                  ))}
                  <em>x₂</em>
                </div>
                <div className="pg-canvas-wrap">
                  <canvas
                    tabIndex={0}
                    onKeyDown={onKey}
                    onPointerMove={onPointer}
                    onFocus={() => setActive(true)}
                    aria-describedby={`pg-readout-${i}`}
                    ref={(el) => {
                      canvases.current[i] = el;
                    }}
                    width={CANVAS_PX}
                    height={CANVAS_PX}
                    role="img"
                    aria-label={`${problem === 'regression' ? 'Predicted value' : 'Decision boundary'} of configuration ${configLetter(i)} (${label}) at step ${step}: ${outcome}. Arrow keys move a cursor over the plane.`}
                  />
                  {active && (
                    <span
                      className="pg-cursor"
                      aria-hidden="true"
                      style={{
                        left: `${((at.x1 + DOMAIN) / (2 * DOMAIN)) * 100}%`,
                        top: `${((DOMAIN - at.x2) / (2 * DOMAIN)) * 100}%`,
                      }}
                    />
                  )}
                  {diverged !== null && (
                    <p className="pg-diverged" data-testid="pg-diverged">
                      Diverged at step {diverged}: the loss became non-finite or exceeded 10⁶. Showing the
                      last finite {problem === 'regression' ? 'prediction' : 'boundary'}. Try a smaller η.
                    </p>
                  )}
                </div>
                <div className="pg-axis-x" aria-hidden="true">
                  {TICKS.map((v) => (
                    <span key={v} style={{ left: `${((v + DOMAIN) / (2 * DOMAIN)) * 100}%` }}>
                      {tick(v)}
                    </span>
                  ))}
                  <em>x₁</em>
                </div>
              </div>
              <p className="pg-readout" id={`pg-readout-${i}`} aria-live="polite" data-testid="pg-readout">
                {texts[i] ?? 'Point at the plot, or focus it and use the arrow keys, to read the prediction.'}
              </p>
              <figcaption>
                <span className="pg-swatch" style={{ background: styleOf(i).color }} aria-hidden="true" />{' '}
                <strong>{configLetter(i)}</strong> {label}
                <br />
                <span className="pg-outcome">{outcome}</span>
              </figcaption>
            </figure>
          );
        })}
      </div>
    </>
  );
});
