// What problem modules import: the authoring API.
export { defineProblem } from './defineProblem.ts';
export { md } from './md.ts';
export { formatNumber } from './formatNumber.ts';
export { applySteps } from './applySteps.ts';
export type { Problem, ProblemDefinition, ProblemInstance } from './problemTypes.ts';
