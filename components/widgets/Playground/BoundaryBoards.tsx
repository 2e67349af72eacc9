import { useEffect, useRef } from 'react';
import type { Dataset } from '@descent/optim';
import { seriesStyle } from '../kit/palette.ts';
import { runOutcome } from '../kit/training/describeTraining.ts';
import type { RunHistory } from '../kit/training/sessionReducer.ts';
import { configLetter } from '../kit/training/TrainingCharts.tsx';
import type { TrainingSession } from '../kit/training/trainingSession.ts';
import { DARK, LIGHT, drawBoundary } from './drawBoundary.ts';
import { GRID, type Frame } from './engine.ts';

const CANVAS_PX = 280;

interface Props {
  session: TrainingSession<unknown, Frame>;
  data: { train: Dataset; test: Dataset };
  /** Legend label of each configuration trained. */
  labels: readonly string[];
  runs: readonly RunHistory[];
  step: number;
}

/**
 * One canvas per configuration: its decision boundary and the data. Painted outside React, once
 * per animation frame while frames arrive (about 30 a second), so the boards move smoothly while
 * the charts follow once a second. `data-frames` / `data-draws` count frames received and painted.
 */
export function BoundaryBoards({ session, data, labels, runs, step }: Props) {
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const board = useRef<HTMLDivElement | null>(null);
  const latest = useRef<Frame | null>(null);
  const counts = useRef({ frames: 0, draws: 0 });

  useEffect(() => {
    let raf = 0;
    const sets = [
      { ...data.train, test: false },
      { ...data.test, test: true },
    ];
    const paint = () => {
      raf = 0;
      const frame = latest.current;
      if (!frame) return;
      const palette = document.documentElement.dataset.theme === 'dark' ? DARK : LIGHT;
      frame.runs.forEach((r, i) => {
        const c = canvases.current[i];
        if (c) drawBoundary(c, r.grid, GRID, sets, palette);
      });
      board.current?.setAttribute('data-draws', String(++counts.current.draws));
    };
    const request = () => {
      if (!raf) raf = requestAnimationFrame(paint);
    };
    const off = session.onFrame((f) => {
      latest.current = f;
      board.current?.setAttribute('data-frames', String(++counts.current.frames));
      request();
    });
    // The theme decides the colours: repaint when it changes.
    const themes = new MutationObserver(request);
    themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    request();
    return () => {
      off();
      themes.disconnect();
      cancelAnimationFrame(raf);
    };
  }, [session, data]);

  return (
    <div className="pg-boards" ref={board} data-testid="pg-boards" data-runs={labels.length}>
      {labels.map((label, i) => {
        const r = runs[i];
        const outcome = r ? runOutcome(r) : 'not started';
        const diverged = r?.divergedAt ?? null;
        return (
          <figure key={i} className="pg-board">
            <div className="pg-canvas-wrap">
              <canvas
                ref={(el) => {
                  canvases.current[i] = el;
                }}
                width={CANVAS_PX}
                height={CANVAS_PX}
                role="img"
                aria-label={`Decision boundary of configuration ${configLetter(i)} (${label}) at step ${step}: ${outcome}.`}
              />
              {diverged !== null && (
                <p className="pg-diverged" data-testid="pg-diverged">
                  Diverged at step {diverged}: the loss became non-finite or exceeded 10⁶. Showing the last
                  finite boundary. Try a smaller η.
                </p>
              )}
            </div>
            <figcaption>
              <span className="pg-swatch" style={{ background: seriesStyle(i).color }} aria-hidden="true" />{' '}
              <strong>{configLetter(i)}</strong> {label}
              <br />
              <span className="pg-outcome">{outcome}</span>
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
