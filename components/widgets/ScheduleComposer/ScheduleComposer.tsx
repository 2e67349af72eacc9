import { useId, useMemo } from 'react';
import {
  CurveChart,
  LogSlider,
  Select,
  Slider,
  Toggle,
  WidgetFrame,
  formatNumber,
  useWidget,
  type CurveSeries,
} from '../kit/index.ts';
import { compose, describeComposition } from './model.ts';
import { PRESETS, presetState } from './presets.ts';
import { SlotControls } from './SlotControls.tsx';
import { composerCodec, SLOT_NAMES } from './state.ts';
import { withSlot } from '../../../src/lib/urlState/index.ts';
import './composer.css';
import { useAfterPaint } from '../kit/useAfterPaint.ts';
import { SelectSlot } from '../kit/controls/SelectSlot.tsx';

const EDIT = ['a', 'b', 'c'] as const;
const PRESET_PROMPT = 'Load a setup…';
const presetLabels = [PRESET_PROMPT, ...PRESETS.map((p) => p.label)];

/** Any schedule of the package, several overlaid or joined at milestones, with its PyTorch code. */
export default function ScheduleComposer() {
  const { state, set, frame } = useWidget(composerCodec);
  const presetId = useId();
  // The controls answer a press at once; the composition, readout, table, chart and summary follow
  // one painted frame later (at 4× CPU composing and drawing hundreds of points takes more than one).
  const shown = useAfterPaint(state);
  const c = useMemo(() => compose(shown), [shown]);
  const series: CurveSeries[] = useMemo(
    () => c.curves.map((k) => ({ id: k.id, label: k.label, points: k.points })),
    [c],
  );
  const refs = useMemo(() => {
    const out = [{ x: c.at, label: `update ${c.at}` }];
    if (shown.mode === 'sequence') {
      const n = shown.schedules.filter((s) => s.kind !== 'none').length;
      [shown.s1, shown.s2]
        .slice(0, Math.max(0, n - 1))
        .forEach((m, i) => out.push({ x: m + 1, label: `milestone ${m}: part ${i + 2} starts` }));
    }
    return out;
  }, [c.at, shown]);
  const edit = EDIT.indexOf(state.edit);
  const summary = describeComposition(c);
  const chart = useMemo(
    () => ({ series, refs, label: `Learning rate against update. ${summary}`, logY: shown.logY }),
    [series, refs, summary, shown.logY],
  );

  return (
    <WidgetFrame
      {...frame}
      title="Schedule composer"
      description="Pick up to three schedules from the package and overlay them, or join them at milestones as PyTorch's SequentialLR does. The plot shows the rate ηₜ used by update t, which is schedule(t − 1): the value after t − 1 calls of scheduler.step(). The PyTorch code below reproduces the setup."
      summary={summary}
      minHeight="40rem"
      actions={
        <label className="sc-preset">
          <span className="visually-hidden">Load a setup</span>
          <SelectSlot id={presetId} labels={presetLabels} current={PRESET_PROMPT} stretch>
            <select
              id={presetId}
              value=""
              onChange={(e) => {
                const p = PRESETS.find((x) => x.id === e.currentTarget.value);
                if (p) set(presetState(p, composerCodec.defaults));
              }}
            >
              <option value="">{PRESET_PROMPT}</option>
              {PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </SelectSlot>
        </label>
      }
      controls={
        <>
          <Select
            name="mode"
            label="Combine"
            value={state.mode}
            options={[
              { value: 'overlay', label: 'Overlay (separate runs)' },
              { value: 'sequence', label: 'Sequence (SequentialLR)' },
            ]}
            onChange={(mode) => set({ mode })}
          />
          <LogSlider
            name="horizon"
            label="Updates shown"
            value={state.horizon}
            min={2}
            max={20_000}
            integer
            onChange={(horizon) => set((latest) => ({ horizon, at: Math.min(latest.at, horizon) }))}
          />
          {state.mode === 'sequence' && (
            <>
              <LogSlider
                name="s1"
                label="Milestone A → B"
                value={state.s1}
                min={1}
                max={20_000}
                integer
                onChange={(s1) => set({ s1 })}
              />
              <LogSlider
                name="s2"
                label="Milestone B → C"
                value={state.s2}
                min={1}
                max={20_000}
                integer
                onChange={(s2) => set({ s2 })}
              />
            </>
          )}
          <Select<(typeof EDIT)[number]>
            name="edit"
            label="Edit"
            value={state.edit}
            options={EDIT.map((p, i) => ({ value: p, label: `Schedule ${SLOT_NAMES[i]}` }))}
            onChange={(e) => set({ edit: e })}
          />
          <fieldset className="sc-slot">
            <legend>Schedule {SLOT_NAMES[edit]}</legend>
            <SlotControls
              name={SLOT_NAMES[edit]}
              slot={state.schedules[edit]}
              canHide={edit !== 0}
              onChange={(p) => set((latest) => ({ schedules: withSlot(latest.schedules, edit, p) }))}
            />
          </fieldset>
          <Toggle
            name="log-y"
            label="Logarithmic rate axis"
            checked={state.logY}
            onChange={(logY) => set({ logY })}
          />
        </>
      }
    >
      {c.errors.length > 0 && (
        <div className="wk-notice" role="status">
          <p className="wk-notice-head">The package refused:</p>
          <ul>
            {c.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <CurveChart
        label={chart.label}
        xLabel="update t"
        yLabel="ηₜ"
        logY={chart.logY}
        height={300}
        series={chart.series}
        referenceXs={chart.refs}
        maxPoints={320}
      />
      <Slider
        name="at"
        label="Read out update t"
        value={c.at}
        min={1}
        max={state.horizon}
        onChange={(at) => set({ at })}
      />
      <div className="sc-readout-wrap">
        <table className="sc-readout">
          <caption>Rates at update {c.at}</caption>
          <thead>
            <tr>
              <th scope="col">curve</th>
              <th scope="col">η at update {c.at}</th>
              <th scope="col">if scheduler.step() ran first</th>
            </tr>
          </thead>
          <tbody>
            {c.curves.map((k) => (
              <tr key={k.id}>
                <th scope="row">{k.label}</th>
                <td>{formatNumber(k.atValue, 5)}</td>
                <td>{formatNumber(k.offByOne, 5)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {c.warnings.length > 0 && (
        <ul className="sc-warnings" aria-label="Warnings">
          {c.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <figure className="sc-code">
        <figcaption>PyTorch for this setup</figcaption>
        <pre tabIndex={0} role="region" aria-label="Generated PyTorch code">
          <code>{c.code}</code>
        </pre>
      </figure>
    </WidgetFrame>
  );
}
