// What lessons import from MDX:
//   import { Problem, ProblemSet } from '../../components/problems/index.ts';
//   <ProblemSet lesson="sgd" />   or   <Problem id="sgd-noise-floor" />
export { default as Problem } from './Problem.astro';
export { default as ProblemSet } from './ProblemSet.astro';
export { default as ProgressCount } from './ProgressCount.astro';
