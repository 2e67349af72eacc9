// Prints the cases of ../torchSchedulerCases.ts with their PyTorch code, for torchSchedulers.py.
import { torchScheduler } from '../scheduleSpec.ts';
import { TORCH_SCHEDULER_CASES, baseLr } from '../torchSchedulerCases.ts';

const cases = TORCH_SCHEDULER_CASES.map(({ spec, steps }) => ({
  spec,
  steps,
  lr: baseLr(spec),
  code: torchScheduler(spec),
}));
process.stdout.write(JSON.stringify(cases, null, 1) + '\n');
