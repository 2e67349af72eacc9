import type { Schedule } from '@descent/optim';
import { downsampleIndices } from '../kit/downsampleSeries.ts';
import { formatNumber } from '../kit/formatNumber.ts';
import type { ScheduleSpec } from '../../../src/lib/specs/scheduleSpec.ts';
import { KIND_LABELS, SETS_OWN_LR, slotLabel } from './kinds.ts';
import { overlayCode, sequenceCode } from './pytorchCode.ts';
import { buildSchedule, slotSpec } from './slotSpec.ts';
import { SLOT_NAMES, type ComposerState, type ScheduleSlot } from './state.ts';

export interface ComposedCurve {
  id: string;
  label: string;
  /** (t, η_t) for updates t = 1 … horizon, thinned to ≤ ~MAX_POINTS with every jump kept. */
  points: { x: number; y: number }[];
  /** η at the readout update `at` (= schedule(at − 1)) and what update `at` gets if scheduler.step() runs first (schedule(at)). */
  atValue: number;
  offByOne: number;
  min: number;
  max: number;
}

export interface Composition {
  curves: ComposedCurve[];
  code: string;
  /** Things the reader should know about this setup (the cosine climb past T_max, OneCycleLR's limit …). */
  warnings: string[];
  /** Parameter sets the package refused, by slot. */
  errors: string[];
  at: number;
}

export const MAX_POINTS = 260;
const IDS = ['a', 'b', 'c'] as const;

/** η_t = schedule(t − 1) for t = 1 … H, thinned for drawing; jumps keep both sides. */
export function curvePoints(
  schedule: Schedule,
  horizon: number,
): { points: { x: number; y: number }[]; min: number; max: number } {
  const v = new Float64Array(horizon);
  let min = Infinity,
    max = -Infinity;
  for (let t = 1; t <= horizon; t++) {
    const y = schedule(t - 1);
    v[t - 1] = y;
    if (y < min) min = y;
    if (y > max) max = y;
  }
  const range = max - min || 1;
  const keep: number[] = [];
  for (let i = 1; i < horizon; i++) {
    const jump = Math.abs(v[i] - v[i - 1]);
    const rel = jump / Math.max(Math.abs(v[i]), Math.abs(v[i - 1]));
    if (jump > range / 40 || (rel > 0.15 && jump > range * 1e-4)) keep.push(i - 1, i);
    else if (i + 1 < horizon && (v[i] - v[i - 1]) * (v[i + 1] - v[i]) < 0) keep.push(i); // turning points (restarts, peaks)
  }
  const idx = downsampleIndices(horizon, (i) => i + 1, {
    max: MAX_POINTS - Math.min(keep.length, 200),
    keep: keep.slice(0, 200),
  });
  return { points: idx.map((i) => ({ x: i + 1, y: v[i] })), min, max };
}

function warningsFor(s: ScheduleSlot, name: string, steps: number): string[] {
  const w: string[] = [];
  if (s.kind === 'cosine' && steps > s.tMax + 1) {
    w.push(
      `${name}: CosineAnnealingLR is stepped past T_max = ${s.tMax}. Its rate reaches η_min after T_max scheduler steps and then climbs back towards ${formatNumber(s.lr)} (period 2T_max = ${2 * s.tMax}) — the common bug; use T_max = the number of scheduler steps, or warm restarts on purpose.`,
    );
  }
  if (s.kind === 'onecycle' && steps > s.total) {
    w.push(
      `${name}: OneCycleLR raises ValueError once scheduler.step() is called more than total_steps = ${s.total} times; here it would be called ${steps} times. The plot holds the final rate.`,
    );
  }
  if (s.kind === 'polynomial' && steps > s.total) {
    w.push(
      `${name}: PolynomialLR reaches 0 after total_iters = ${s.total} steps; every later update takes no step at all.`,
    );
  }
  if ((s.kind === 'linear' || s.kind === 'warmupcosine') && s.start < 0.01) {
    w.push(
      `${name}: with start_factor ${formatNumber(s.start)} the first update barely moves; PyTorch requires start_factor > 0.`,
    );
  }
  return w;
}

/** compose(state) → the curves, the PyTorch code and the notes for the composer. Pure. */
export function compose(state: ComposerState): Composition {
  const H = state.horizon;
  const at = Math.min(state.at, H);
  const active = state.schedules
    .map((slot, i) => ({ id: IDS[i], name: SLOT_NAMES[i], slot }))
    .filter((s) => s.slot.kind !== 'none');
  const curves: ComposedCurve[] = [];
  const warnings: string[] = [];
  const errors: string[] = [];
  const push = (id: string, label: string, schedule: Schedule) => {
    const { points, min, max } = curvePoints(schedule, H);
    curves.push({ id, label, points, atValue: schedule(at - 1), offByOne: schedule(at), min, max });
  };

  if (state.mode === 'overlay') {
    const runs: { name: string; lr: number; spec: ScheduleSpec }[] = [];
    for (const { id, name, slot } of active) {
      const spec = slotSpec(slot);
      if (!spec) continue;
      runs.push({ name, lr: slot.lr, spec });
      const built = buildSchedule(spec);
      if (!built.schedule) {
        errors.push(`${name}: ${built.error}`);
        continue;
      }
      push(id, `${name}: ${slotLabel(slot)}`, built.schedule);
      warnings.push(...warningsFor(slot, name, H));
    }
    return { curves, code: overlayCode(runs, H), warnings, errors, at };
  }

  // Sequence: A, then B from milestone s1, then C from s2; every part scales A's lr.
  const lr = active[0]?.slot.lr ?? 0.1;
  const milestones = [state.s1, state.s2].slice(0, Math.max(0, active.length - 1));
  const specs: ScheduleSpec[] = [];
  let built = 0;
  active.forEach(({ name, slot }, i) => {
    const spec = slotSpec(slot, lr);
    if (!spec) return;
    specs.push(spec);
    const part = buildSchedule(spec);
    if (!part.schedule) {
      errors.push(`${name}: ${part.error}`);
      return;
    }
    built++;
    const begin = i === 0 ? 0 : milestones[i - 1];
    const end = i < milestones.length ? milestones[i] : H;
    warnings.push(...warningsFor({ ...slot, lr }, name, end - begin));
    if (i > 0 && SETS_OWN_LR.has(slot.kind))
      warnings.push(
        `${name}: ${KIND_LABELS[slot.kind]} sets the rate from its own max_lr, not from the optimizer's lr.`,
      );
  });
  if (active.length > 1 && active.slice(1).some(({ slot }) => slot.lr !== lr)) {
    warnings.push(
      `In a SequentialLR every part scales the optimizer's one lr, so B and C use A's lr = ${formatNumber(lr)}.`,
    );
  }
  if (built === active.length && built > 0) {
    const joined = buildSchedule({ kind: 'sequentialLR', schedules: specs, milestones });
    if (joined.schedule) push('seq', `Sequence ${active.map((a) => a.name).join(' → ')}`, joined.schedule);
    else errors.push(`Sequence: ${joined.error}`);
  }
  return {
    curves,
    code: sequenceCode(specs, milestones, lr, H),
    warnings,
    errors,
    at,
  };
}

/** One sentence for the aria-live summary. */
export function describeComposition(c: Composition): string {
  if (c.curves.length === 0)
    return c.errors.length ? `Nothing drawn: ${c.errors.join(' ')}` : 'No schedule selected.';
  const parts = c.curves.map(
    (k) =>
      `${k.label}: update ${c.at} uses η = ${formatNumber(k.atValue, 4)} (range ${formatNumber(k.min, 3)} to ${formatNumber(k.max, 3)})`,
  );
  return `${parts.join('; ')}.${c.warnings.length ? ` ${c.warnings.length} warning${c.warnings.length > 1 ? 's' : ''}.` : ''}`;
}
