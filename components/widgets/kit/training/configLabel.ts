import { OPTIMIZER_KINDS, optimizerOptionNames } from '../../../../src/lib/specs/optimizerKinds.ts';
import { RUN_SCHEDULE_LABELS, TrainingConfig } from './TrainingConfig.ts';

// What the page says about a configuration (its legend label, which of its fields an optimizer
// reads, whether AdamW joins it), from the optimizer registry's data half: no optimizer code, so
// a training board's island carries none — the worker builds the transforms (trainingConfigSpecs.ts).

/** Optimizer options whose value a configuration keeps under another name: the heavy ball's β is its momentum field. */
const FIELD_OF: Readonly<Record<string, keyof TrainingConfig>> = { beta: 'momentum' };

const isField = (name: string): name is keyof TrainingConfig => Object.hasOwn(TrainingConfig.shape, name);

/** The configuration's field that holds an optimizer option, if it has one. */
export function configField(option: string): keyof TrainingConfig | undefined {
  const field = FIELD_OF[option] ?? option;
  return isField(field) ? field : undefined;
}

/**
 * The optimizers that belong on hidden weight matrices only: Muon (Jordan et al. 2024, muon.py:
 * "hidden" 2-D weights; biases, gains and the output head go to AdamW) and Shampoo (its Kronecker
 * factors are per matrix). In a network they take the hidden matrices and AdamW the rest.
 */
export const MATRIX_METHODS: ReadonlySet<string> = new Set(['muon', 'shampoo']);

/** Whether a configuration's optimizer pairs with an AdamW on the biases and the output layer. */
export const usesAuxAdamw = (c: TrainingConfig) => MATRIX_METHODS.has(c.optimizer);

// In a network, Muon is muon.py's hybrid (see transformOf): the legend says so.
const LABELS = new Map(
  OPTIMIZER_KINDS.map((k) => [k.kind, k.kind === 'muon' ? 'Muon (hidden matrices)' : k.label]),
);
const short = (x: number) =>
  Math.abs(x) >= 0.01 || x === 0 ? String(Number(x.toPrecision(3))) : x.toExponential(1);

/** "Adam η = 0.01, cosine to 0 at T" — the legend label of a configuration. */
export function configLabel(c: TrainingConfig): string {
  const extra: string[] = [];
  if ((c.optimizer === 'sgd' || c.optimizer === 'rmsprop') && c.momentum > 0)
    extra.push(`β = ${short(c.momentum)}${c.nesterov && c.optimizer === 'sgd' ? ' Nesterov' : ''}`);
  if (c.optimizer === 'heavyBall' || c.optimizer === 'muon' || c.optimizer === 'lars')
    extra.push(`β = ${short(c.momentum)}`);
  if (c.optimizer === 'scheduleFreeSgd') extra.push(`β = ${c.momentum > 0 ? short(c.momentum) : '0.9'}`);
  const decays = optimizerOptionNames(c.optimizer).includes('weightDecay');
  if (decays && c.weightDecay > 0) extra.push(`λ = ${short(c.weightDecay)}`);
  if (usesAuxAdamw(c)) extra.push(`AdamW η = ${short(c.auxLr)} on biases and output`);
  const la = c.lookahead ? ` + Lookahead(k = ${c.lookaheadK}, α = ${short(c.lookaheadAlpha)})` : '';
  const sch = c.schedule === 'constant' ? '' : `, ${RUN_SCHEDULE_LABELS[c.schedule]}`;
  return `${LABELS.get(c.optimizer)} η = ${short(c.lr)}${extra.length ? ` (${extra.join(', ')})` : ''}${la}${sch}`;
}
