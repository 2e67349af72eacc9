import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TrainPoint } from '@descent/optim';
import {
  CurveChart,
  LogSlider,
  Select,
  Slider,
  WidgetFrame,
  formatNumber,
  seriesStyle,
  useUrlState,
  type CurveSeries,
} from '../kit/index.ts';
import { ACTIVATIONS, DATASETS, SLOTS, playgroundCodec, type Slot } from './state.ts';
import { buildDataset, configFromState, parameterCount, slotLabel, readSlot } from './model.ts';
import { GRID, type Frame } from './engine.ts';
import type { FromHost } from './host.ts';
import { DARK, LIGHT, drawBoundary } from './drawBoundary.ts';
import { runOutcome, summarize, type RunSummary } from './describe.ts';
import { SlotEditor } from './SlotEditor.tsx';
import { useTraining } from './useTraining.ts';
import './playground.css';

const DATA_OPTIONS = DATASETS.map((d) => ({ value: d, label: d }));
const ACT_OPTIONS = ACTIVATIONS.map((a) => ({ value: a, label: a === 'relu' ? 'ReLU' : a }));
const LETTER = (i: number) => String.fromCharCode(65 + i);
const CANVAS_PX = 280;
const CHART_MS = 1000;

interface RunView {
  label: string;
  history: TrainPoint[];
  divergedAt: number | null;
}

/** The capstone playground: train a small network on 2-D data with up to four optimizer configurations at once. */
export default function Playground() {
  const { state, set, reset, notices, dismissNotices, link } = useUrlState(playgroundCodec);
  const config = useMemo(() => configFromState(state), [state]);
  const data = useMemo(() => buildDataset(config), [config]);
  const [editing, setEditing] = useState<Slot>(1);
  const [playing, setPlaying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<{ step: number; runs: RunView[] }>({ step: 0, runs: [] });

  const gen = useRef(0);
  const runs = useRef<RunView[]>([]);
  const latest = useRef<Frame | null>(null);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const board = useRef<HTMLDivElement | null>(null);
  const draws = useRef(0);
  const frames = useRef(0);
  const raf = useRef(0);
  const lastChart = useRef(0);
  const chartTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const playingRef = useRef(false);
  const dataRef = useRef(data);
  dataRef.current = data;

  const paint = useCallback(() => {
    raf.current = 0;
    const frame = latest.current;
    if (!frame) return;
    const dark = document.documentElement.dataset.theme === 'dark';
    const d = dataRef.current;
    const sets = [
      { ...d.train, test: false },
      { ...d.test, test: true },
    ];
    frame.runs.forEach((r, i) => {
      const c = canvases.current[i];
      if (c) drawBoundary(c, r.grid, GRID, sets, dark ? DARK : LIGHT);
    });
    draws.current++;
    board.current?.setAttribute('data-draws', String(draws.current));
  }, []);

  const publish = useCallback(() => {
    clearTimeout(chartTimer.current);
    chartTimer.current = undefined;
    lastChart.current = performance.now();
    const next = {
      step: latest.current?.step ?? 0,
      runs: runs.current.map((r) => ({ ...r, history: r.history.slice() })),
    };
    // A transition: the charts' re-render is sliced so it never holds up a canvas frame or input.
    startTransition(() => setView(next));
  }, []);

  const onMessage = useCallback(
    (m: FromHost) => {
      if (m.gen !== gen.current) return; // a result for settings that have since changed
      if (m.type === 'error') {
        setError(m.message);
        setPlaying(false);
        return;
      }
      setError(null);
      const { frame } = m;
      if (runs.current.length !== frame.runs.length)
        runs.current = frame.runs.map((r) => ({ label: r.label, history: [], divergedAt: null }));
      frame.runs.forEach((r, i) => {
        runs.current[i].history.push(...r.points);
        runs.current[i].divergedAt = r.divergedAt;
        runs.current[i].label = r.label;
      });
      latest.current = frame;
      frames.current++;
      board.current?.setAttribute('data-frames', String(frames.current));
      if (!raf.current) raf.current = requestAnimationFrame(paint);
      if (m.playing !== playingRef.current) {
        playingRef.current = m.playing;
        setPlaying(m.playing);
      }
      // Charts and the summary redraw at most once a second while training; the canvas every frame.
      const due = performance.now() - lastChart.current >= CHART_MS;
      if (!m.playing || due) publish();
      else if (chartTimer.current === undefined) chartTimer.current = setTimeout(publish, CHART_MS);
    },
    [paint, publish],
  );

  const send = useTraining(onMessage);

  useEffect(() => {
    gen.current += 1;
    runs.current = [];
    latest.current = null;
    send.current({ type: 'config', gen: gen.current, config, play: playingRef.current });
  }, [config, send]);

  useEffect(() => {
    // repaint when the theme changes
    const obs = new MutationObserver(() => {
      if (!raf.current) raf.current = requestAnimationFrame(paint);
    });
    obs.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      obs.disconnect();
      cancelAnimationFrame(raf.current);
      clearTimeout(chartTimer.current);
    };
  }, [paint]);

  const done = view.step >= state.steps;
  const play = () => {
    if (done) {
      // restart from step 0, then play
      gen.current += 1;
      runs.current = [];
      playingRef.current = true;
      setPlaying(true);
      send.current({ type: 'config', gen: gen.current, config, play: true });
      return;
    }
    playingRef.current = true;
    setPlaying(true);
    send.current({ type: 'play' });
  };
  const pause = () => {
    playingRef.current = false;
    setPlaying(false);
    send.current({ type: 'pause' });
  };
  const step = () => {
    playingRef.current = false;
    setPlaying(false);
    send.current({ type: 'step', updates: Math.max(1, Math.ceil(state.steps / 100)) });
  };
  const restart = () => {
    playingRef.current = false;
    setPlaying(false);
    gen.current += 1;
    runs.current = [];
    send.current({ type: 'config', gen: gen.current, config, play: false });
  };

  const summaries: RunSummary[] = view.runs.map((r) => ({
    label: r.label,
    last: r.history[r.history.length - 1],
    divergedAt: r.divergedAt,
  }));
  const summary = error
    ? `Training stopped: ${error}`
    : view.runs.length
      ? summarize(summaries, view.step, state.steps, playing)
      : 'Preparing the runs…';

  const charts = useMemo(() => {
    const loss: CurveSeries[] = [];
    const acc: CurveSeries[] = [];
    view.runs.forEach((r, i) => {
      const { color } = seriesStyle(i);
      const note = r.divergedAt !== null ? `diverged at step ${r.divergedAt}` : undefined;
      loss.push({
        id: `tr${i}`,
        label: `${LETTER(i)} train`,
        color,
        points: r.history.map((p) => ({ x: p.step, y: p.trainLoss })),
        note,
      });
      loss.push({
        id: `te${i}`,
        label: `${LETTER(i)} test`,
        color,
        dash: '6 3',
        points: r.history.map((p) => ({ x: p.step, y: p.testLoss })),
      });
      acc.push({
        id: `tr${i}`,
        label: `${LETTER(i)} train`,
        color,
        points: r.history.map((p) => ({ x: p.step, y: p.trainAccuracy })),
        note,
      });
      acc.push({
        id: `te${i}`,
        label: `${LETTER(i)} test`,
        color,
        dash: '6 3',
        points: r.history.map((p) => ({ x: p.step, y: p.testAccuracy })),
      });
    });
    return { loss, acc };
  }, [view]);

  const nParams = parameterCount(config.sizes);
  const shape = config.sizes.join('-');

  return (
    <WidgetFrame
      id={playgroundCodec.id}
      title="Playground: train a network, compare optimizers"
      description={`A ${shape} network (${nParams} parameters, ${state.activation} hidden units, logistic loss) learns to separate two classes in the plane. Every configuration starts from the same initialisation and sees the same mini-batches; only the optimizer and schedule differ. Shaded background: the network's predicted class (stronger colour = more confident); filled dots are training points, rings are test points.`}
      summary={summary}
      onReset={() => {
        pause();
        reset();
      }}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
      minHeight="60rem"
      controls={
        <>
          <Select
            name="dataset"
            label="Data set"
            value={state.dataset}
            options={DATA_OPTIONS}
            onChange={(dataset) => set({ dataset })}
          />
          <Slider
            name="noise"
            label="Noise (std)"
            value={state.noise}
            min={0}
            max={0.5}
            step={0.01}
            onChange={(noise) => set({ noise })}
            format={(v) => formatNumber(v, 2)}
          />
          <LogSlider
            name="n"
            label="Points"
            value={state.n}
            min={40}
            max={1000}
            integer
            onChange={(n) => set({ n })}
          />
          <Slider
            name="train-pct"
            label="Training share (%)"
            value={state.trainPct}
            min={10}
            max={90}
            step={5}
            onChange={(trainPct) => set({ trainPct })}
          />
          <Slider
            name="layers"
            label="Hidden layers"
            value={state.layers}
            min={0}
            max={6}
            onChange={(layers) => set({ layers })}
          />
          <Slider
            name="units"
            label="Units per hidden layer"
            value={state.units}
            min={1}
            max={16}
            onChange={(units) => set({ units })}
            disabled={state.layers === 0}
          />
          <Select
            name="activation"
            label="Activation"
            value={state.activation}
            options={ACT_OPTIONS}
            onChange={(activation) => set({ activation })}
          />
          <LogSlider
            name="batch"
            label="Batch size b"
            value={state.batch}
            min={1}
            max={500}
            integer
            onChange={(batch) => set({ batch })}
          />
          <LogSlider
            name="steps"
            label="Run length T (updates)"
            value={state.steps}
            min={50}
            max={20000}
            integer
            onChange={(steps) => set({ steps })}
          />
          <Slider
            name="seed"
            label="Seed"
            value={state.seed}
            min={1}
            max={50}
            onChange={(seed) => set({ seed })}
            hint="Same seed: same data, initialisation and batches."
          />
          <Slider
            name="runs"
            label="Configurations compared"
            value={state.runs}
            min={1}
            max={4}
            onChange={(runs) => {
              set({ runs });
              if (editing > runs) setEditing(runs as Slot);
            }}
          />
          <div className="pg-tabs" role="group" aria-label="Configuration to edit">
            {SLOTS.slice(0, state.runs).map((k) => (
              <button
                key={k}
                type="button"
                className="wk-button"
                aria-pressed={editing === k}
                onClick={() => setEditing(k)}
                title={slotLabel(readSlot(state, k))}
              >
                Edit {LETTER(k - 1)}
              </button>
            ))}
          </div>
          <SlotEditor state={state} slot={Math.min(editing, state.runs) as Slot} set={set} />
        </>
      }
    >
      <div className="pg-transport" role="group" aria-label="Training">
        {playing ? (
          <button type="button" className="wk-button" onClick={pause}>
            Pause
          </button>
        ) : (
          <button type="button" className="wk-button" onClick={play}>
            {done ? 'Restart and play' : 'Play'}
          </button>
        )}
        <button type="button" className="wk-button" onClick={step} disabled={done}>
          Step ({Math.max(1, Math.ceil(state.steps / 100))} updates)
        </button>
        <button type="button" className="wk-button" onClick={restart}>
          Back to step 0
        </button>
        <span className="pg-step" data-testid="pg-step">
          step {view.step} of {state.steps}
        </span>
      </div>
      {error && (
        <p className="wk-notice" role="alert">
          {error}
        </p>
      )}
      <div className="pg-boards" ref={board} data-testid="pg-boards" data-runs={config.slots.length}>
        {config.slots.map((slot, i) => {
          const r = summaries[i];
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
                  aria-label={`Decision boundary of configuration ${LETTER(i)} (${slotLabel(slot)}) at step ${view.step}: ${outcome}.`}
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
                <strong>{LETTER(i)}</strong> {slotLabel(slot)}
                <br />
                <span className="pg-outcome">{outcome}</span>
              </figcaption>
            </figure>
          );
        })}
      </div>
      <div className="pg-charts">
        <CurveChart
          series={charts.loss}
          label={`Training (solid) and test (dashed) loss against updates, log scale. ${summary}`}
          xLabel="update t"
          yLabel="logistic loss"
          logY
          height={240}
          table={false}
        />
        <CurveChart
          series={charts.acc}
          label={`Training (solid) and test (dashed) accuracy against updates. ${summary}`}
          xLabel="update t"
          yLabel="accuracy"
          height={240}
          yDomain={[0, 1]}
          table={false}
        />
      </div>
      <div className="wk-table-scroll">
        <table className="wk-table pg-table">
          <caption>Latest recorded metrics per configuration (the charts' data in text)</caption>
          <thead>
            <tr>
              <th scope="col">configuration</th>
              <th scope="col">step</th>
              <th scope="col">η now</th>
              <th scope="col">train loss</th>
              <th scope="col">test loss</th>
              <th scope="col">train acc.</th>
              <th scope="col">test acc.</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((r, i) => (
              <tr key={i}>
                <th scope="row">
                  {LETTER(i)}: {r.label}
                </th>
                {r.divergedAt !== null ? (
                  <td colSpan={6}>diverged at step {r.divergedAt}</td>
                ) : r.last ? (
                  <>
                    <td>{r.last.step}</td>
                    <td>{formatNumber(r.last.lr, 3)}</td>
                    <td>{formatNumber(r.last.trainLoss, 3)}</td>
                    <td>{formatNumber(r.last.testLoss, 3)}</td>
                    <td>{formatNumber(100 * r.last.trainAccuracy, 3)}%</td>
                    <td>{formatNumber(100 * r.last.testAccuracy, 3)}%</td>
                  </>
                ) : (
                  <td colSpan={6}>not started</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WidgetFrame>
  );
}
