import { useMemo } from 'react';
import { CurveChart, LogSlider, Slider, Toggle, WidgetFrame, formatNumber, useUrlState, useWorkerResult, type CurveSeries } from '../kit/index.ts';
import { momentumNoise, type MomentumNoiseResult, type NoiseSeries } from './model.ts';
import { momentumNoiseCodec, type MomentumNoiseState } from './state.ts';

const SHORT: Record<NoiseSeries['id'], string> = { sgd: 'SGD', momentum: 'same step', 'same-lr': 'same η' };
const createWorker = () => new Worker(new URL('./momentumNoise.worker.ts', import.meta.url), { type: 'module' });

/** SGD's noise floor with and without momentum, at the same effective step η/(1 − β). */
export default function MomentumNoise() {
  const { state, set, reset, notices, dismissNotices, link } = useUrlState(momentumNoiseCodec);
  const input = useMemo<MomentumNoiseState>(() => ({ ...state }), [state]);
  const { result, pending, error } = useWorkerResult<MomentumNoiseState, MomentumNoiseResult | null>(input, { create: createWorker, compute: momentumNoise, initial: null });

  const series: CurveSeries[] = useMemo(() => (result?.series ?? []).map((s) => ({
    id: s.id, label: s.label, points: s.points, note: note(s),
  })), [result]);
  const refs = useMemo(() => (result?.series ?? []).filter((s) => Number.isFinite(s.predicted)).map((s, i) => ({
    y: s.predicted, label: `floor: ${SHORT[s.id]}`, color: `var(--series-${i + 1})`,
  })), [result]);

  return (
    <WidgetFrame
      id={momentumNoiseCodec.id}
      title="Momentum and the noise floor"
      description={`Mean f(θ_t) − f* over ${state.runs} runs on ½(θ₁²/κ + θ₂²) with gradients g = ∇f(θ) + noise (σ per coordinate), log–log axes. SGD with step η_eff and momentum with η = η_eff(1 − β) share the effective step η/(1 − β); the third curve keeps SGD's η and adds momentum. Lines: the stationary floor each should reach (package formula). Every run reads the same seeded noise.`}
      summary={result ? summarize(result) : 'Computing…'}
      onReset={reset}
      link={link}
      notices={notices}
      onDismissNotices={dismissNotices}
      minHeight="34rem"
      actions={<button type="button" className="wk-button" onClick={() => set({ seed: (state.seed * 7919 + 104_729) % 1_000_000 })}>New seed</button>}
      controls={<>
        <LogSlider label="Effective step η/(1 − β)" value={state.effLr} min={0.001} max={3} onChange={(effLr) => set({ effLr })} hint={`Momentum runs at η = ${formatNumber(result?.series[1]?.lr ?? NaN)}.`} />
        <Slider label="Momentum β" value={state.beta} min={0} max={0.99} step={0.01} onChange={(beta) => set({ beta })} />
        <LogSlider label="Noise σ" value={state.sigma} min={0.01} max={10} onChange={(sigma) => set({ sigma })} />
        <LogSlider label="Condition number κ" value={state.kappa} min={1} max={100} onChange={(kappa) => set({ kappa })} />
        <LogSlider label="Steps" value={state.steps} min={100} max={5000} integer stepsPerDecade={20} onChange={(steps) => set({ steps })} />
        <Toggle label="Also momentum at SGD's η" checked={state.sameLr} onChange={(sameLr) => set({ sameLr })} />
      </>}
    >
      <div aria-busy={pending} className={pending ? 'wk-pending' : undefined}>
        {error && <p className="wk-notice" role="status">The run failed: {error}</p>}
        <CurveChart
          label={result ? `Mean suboptimality against step, log–log. ${summarize(result)}` : 'Mean suboptimality against step (computing)'}
          xLabel="step t"
          yLabel="f(θₜ) − f*"
          logX
          logY
          height={320}
          series={series}
          referenceLines={refs}
        />
      </div>
    </WidgetFrame>
  );
}

function note(s: NoiseSeries): string {
  if (s.divergedAt !== null) return `diverged at step ${s.divergedAt}`;
  return `level ${formatNumber(s.level ?? NaN)}, predicted ${formatNumber(s.predicted)}`;
}

function summarize(r: MomentumNoiseResult): string {
  return r.series.map((s) => {
    const head = `${s.label} (η = ${formatNumber(s.lr)}, effective step ${formatNumber(s.effLr)})`;
    if (s.divergedAt !== null) return `${head} diverged at step ${s.divergedAt}`;
    return `${head}: floor ${formatNumber(s.level ?? NaN)} measured, ${Number.isFinite(s.predicted) ? formatNumber(s.predicted) : 'none (unstable)'} predicted`;
  }).join('; ') + '.';
}
