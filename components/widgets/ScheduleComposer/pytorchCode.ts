import { torchOptimizer } from '../../../src/lib/specs/optimizerSpec.ts';
import {
  torchScheduler,
  torchSchedulerClass,
  type ScheduleSpec,
} from '../../../src/lib/specs/scheduleSpec.ts';

const HEADER = [
  'import math',
  'import torch',
  'from torch.optim.lr_scheduler import *',
  '',
  'params = list(model.parameters())',
  '',
];
const LOOP = (steps: number) => [
  `for t in range(${steps}):   # one update per batch`,
  '    loss = loss_fn(model(x[t]), y[t])',
  '    optimizer.zero_grad()',
  '    loss.backward()',
  '    optimizer.step()   # update t + 1 uses schedule(t)',
  '    scheduler.step()   # after optimizer.step()',
];
/** The optimizer every run of the composer's code uses: SGD with momentum at the schedule's base rate. */
const optimizerLine = (lr: number) => `optimizer = ${torchOptimizer({ kind: 'sgd', lr, momentum: 0.9 })}`;

/** Overlay mode: one independent run per schedule. */
export function overlayCode(
  runs: { name: string; lr: number; spec: ScheduleSpec }[],
  horizon: number,
): string {
  const out = [...HEADER];
  runs.forEach(({ name, lr, spec }, i) => {
    if (i > 0) out.push('');
    out.push(
      `# ${name}: ${torchSchedulerClass(spec)}`,
      optimizerLine(lr),
      `scheduler = ${torchScheduler(spec)}`,
    );
  });
  if (runs.length > 0) out.push('', `# then, for each run:`, ...LOOP(horizon));
  return out.join('\n');
}

/** Sequence mode: the parts joined by SequentialLR, all scaling the optimizer's one lr. */
export function sequenceCode(
  parts: ScheduleSpec[],
  milestones: number[],
  lr: number,
  horizon: number,
): string {
  const out = [...HEADER, optimizerLine(lr)];
  const names = parts.map((_, i) => `part${i + 1}`);
  parts.forEach((p, i) => out.push(`${names[i]} = ${torchScheduler(p, { nested: true })}`));
  out.push(
    parts.length > 1
      ? `scheduler = SequentialLR(optimizer, schedulers=[${names.join(', ')}], milestones=[${milestones.join(', ')}])`
      : `scheduler = ${names[0]}`,
  );
  out.push('', ...LOOP(horizon));
  return out.join('\n');
}
