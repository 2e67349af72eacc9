// What problem modules import: the authoring API.
export { defineProblem } from './defineProblem.ts';
export { md, paren } from './md.ts';
export { labelWithPrecision, precisionOf, precisionPhrase, roundToPrecision } from './precision.ts';
export { formatNumber } from './formatNumber.ts';
export { applySteps } from './applySteps.ts';
export type { Problem, ProblemDefinition, ProblemInstance } from './problemTypes.ts';
export { distinctOrNaN } from './distinct.ts';
