import { formatNumber } from '../kit/formatNumber.ts';
import type { EpochRecord, PlateauResult } from './model.ts';
import type { PlateauState } from './state.ts';

/** The controller's reasoning at one epoch, in words (for the state panel). */
export function explainEpoch(r: EpochRecord, s: PlateauState): string[] {
  const lines: string[] = [];
  const f = (x: number) => formatNumber(x, 5);
  if (!Number.isFinite(r.bestBefore)) lines.push(`First observation: best becomes ${f(r.val)}.`);
  else {
    const rule =
      s.thresholdMode === 'rel'
        ? `best·(1 − ${formatNumber(s.threshold)})`
        : `best − ${formatNumber(s.threshold)}`;
    lines.push(
      `Validation loss ${f(r.val)} ${r.improved ? '<' : '≥'} ${rule} = ${f(r.mustBeat)}: ${r.improved ? 'an improvement, best becomes ' + f(r.val) + ' and the counter resets' : 'not an improvement, the counter grows'}.`,
    );
  }
  if (r.inCooldown)
    lines.push(
      `In cooldown: the bad-epoch counter is forced to 0 (cooldown left: ${r.after.cooldownCounter}).`,
    );
  if (r.after.reduced)
    lines.push(
      `The counter exceeded patience = ${s.patience}: the rate is cut from ${formatNumber(r.lrUsed)} to ${formatNumber(r.after.lr)} and cooldown ${s.cooldown} starts.`,
    );
  else if (!r.inCooldown && r.after.numBadEpochs > 0)
    lines.push(
      `${r.after.numBadEpochs} bad epoch${r.after.numBadEpochs > 1 ? 's' : ''} in a row; a cut comes after ${s.patience + 1 - r.after.numBadEpochs} more without improvement.`,
    );
  return lines;
}

/** One sentence for the live region. */
export function summarizePlateau(r: PlateauResult, s: PlateauState): string {
  if (r.records.length === 0)
    return r.divergedAt !== null ? `The run diverged at epoch ${r.divergedAt}.` : 'No epochs run.';
  const last = r.records[r.records.length - 1];
  const best = Math.min(...r.records.map((x) => x.val));
  const cuts =
    r.reductions.length === 0
      ? 'never cut the rate'
      : `cut the rate at epoch${r.reductions.length > 1 ? 's' : ''} ${r.reductions.join(', ')}`;
  const div = r.divergedAt !== null ? ` The run diverged at epoch ${r.divergedAt}.` : '';
  return `Over ${r.records.length} epochs the controller ${cuts}; the rate went from ${formatNumber(s.lr)} to ${formatNumber(last.after.lr)}, best validation loss ${formatNumber(best, 4)}.${div}`;
}
