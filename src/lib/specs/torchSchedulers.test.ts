import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scheduleFromSpec, torchScheduler, type ScheduleSpec } from './scheduleSpec.ts';
import { TORCH_SCHEDULER_CASES } from './torchSchedulerCases.ts';

// Written by scripts/torchSchedulers.py from real PyTorch (see that file to regenerate).
const fixture = JSON.parse(
  readFileSync(new URL('./torchSchedulers.fixture.json', import.meta.url), 'utf8'),
) as {
  torch: string;
  cases: { code: string; spec: ScheduleSpec; lrs: number[] }[];
};

describe('torchScheduler(spec) run in PyTorch', () => {
  it('the fixture holds every case, made from the code the export writes today', () => {
    expect(fixture.cases.map((c) => c.spec)).toEqual(TORCH_SCHEDULER_CASES.map((c) => c.spec));
    for (const c of fixture.cases) expect(torchScheduler(c.spec), c.code).toBe(c.code);
  });

  it('gives the learning rates the course plots: PyTorch’s lr after t calls of scheduler.step() equals schedule(t)', () => {
    for (const c of fixture.cases) {
      const schedule = scheduleFromSpec(c.spec);
      const scale = Math.max(...c.lrs);
      c.lrs.forEach((lr, t) => {
        const ours = schedule(t);
        if (Math.abs(ours - lr) > 1e-12 * scale)
          expect.fail(`${c.code}: t = ${t}: PyTorch ${lr}, package ${ours}`);
      });
    }
  });
});
