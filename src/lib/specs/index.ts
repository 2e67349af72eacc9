// Optimizers and schedules as data (zod specs), built by the package in one place each; see README.md.
export {
  ScheduleSpec,
  SCHEDULE_SPEC_KINDS,
  scheduleFromSpec,
  torchScheduler,
  torchSchedulerClass,
  type ScheduleSpecKind,
  type ScheduleSpecOf,
} from './scheduleSpec.ts';
export {
  OptimizerSpec,
  OPTIMIZER_KINDS,
  optimizerFromSpec,
  optimizerLabel,
  optimizerOptionNames,
  torchOptimizer,
  type BaseOptimizerKind,
  type OptimizerSpecKind,
  type OptimizerSpecOf,
} from './optimizerSpec.ts';
export { py, pyFloat, pyValue, pyCall, type PyValue } from './python.ts';
