import type { Kind, Slot } from './state.ts';

/** A number as Python source: up to 6 significant digits, no trailing zeros. */
export function py(x: number): string {
  if (!Number.isFinite(x)) return 'float("nan")';
  return String(Number(x.toPrecision(6)));
}
const pyFloat = (x: number) => {
  const s = py(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
};

/** The PyTorch class each kind maps to (LambdaLR where PyTorch has no built-in). */
export const TORCH_CLASS: Record<Exclude<Kind, 'none'>, string> = {
  constant: 'ConstantLR',
  constantlr: 'ConstantLR',
  step: 'StepLR',
  multistep: 'MultiStepLR',
  exponential: 'ExponentialLR',
  inverse: 'LambdaLR',
  polynomial: 'PolynomialLR',
  linear: 'LinearLR',
  cosine: 'CosineAnnealingLR',
  sgdr: 'CosineAnnealingWarmRestarts',
  warmupcosine: 'SequentialLR',
  onecycle: 'OneCycleLR',
  cyclic: 'CyclicLR',
};

/**
 * The constructor call for one slot (`optimizer` is the variable name). `nested` asks for a
 * single scheduler object (warmup + cosine becomes one LambdaLR so it can sit inside a
 * SequentialLR); otherwise it may take several lines.
 */
export function schedulerCall(s: Slot, lr: number, nested: boolean): string[] {
  const o = 'optimizer';
  switch (s.kind) {
    case 'none':
      return [];
    case 'constant':
      return [`ConstantLR(${o}, factor=1.0, total_iters=0)`];
    case 'constantlr':
      return [`ConstantLR(${o}, factor=${py(s.start)}, total_iters=${s.warm})`];
    case 'step':
      return [`StepLR(${o}, step_size=${s.stepSize}, gamma=${py(s.gamma)})`];
    case 'multistep':
      return [
        `MultiStepLR(${o}, milestones=[${[s.m1, s.m2, s.m3].sort((a, b) => a - b).join(', ')}], gamma=${py(s.gamma)})`,
      ];
    case 'exponential':
      return [`ExponentialLR(${o}, gamma=${py(s.expGamma)})`];
    case 'inverse':
      return [`LambdaLR(${o}, lr_lambda=lambda t: 1 / (1 + ${py(s.k)} * t))`];
    case 'polynomial':
      return [`PolynomialLR(${o}, total_iters=${s.total}, power=${pyFloat(s.power)})`];
    case 'linear':
      return [`LinearLR(${o}, start_factor=${py(s.start)}, end_factor=1.0, total_iters=${s.warm})`];
    case 'cosine':
      return [`CosineAnnealingLR(${o}, T_max=${s.tMax}, eta_min=${py(s.etaMin)})`];
    case 'sgdr':
      return [`CosineAnnealingWarmRestarts(${o}, T_0=${s.t0}, T_mult=${s.tMult}, eta_min=${py(s.etaMin)})`];
    case 'warmupcosine': {
      const T = s.total - s.warm;
      if (nested) {
        const m = py(s.etaMin / lr);
        return [
          `LambdaLR(${o}, lr_lambda=lambda t: ${py(s.start)} + (1 - ${py(s.start)}) * t / ${s.warm} if t < ${s.warm} else ${m} + (1 - ${m}) * 0.5 * (1 + math.cos(math.pi * min(t - ${s.warm}, ${T}) / ${T})))`,
        ];
      }
      return [
        `SequentialLR(${o}, schedulers=[`,
        `    LinearLR(${o}, start_factor=${py(s.start)}, end_factor=1.0, total_iters=${s.warm}),`,
        `    CosineAnnealingLR(${o}, T_max=${T}, eta_min=${py(s.etaMin)}),`,
        `], milestones=[${s.warm}])`,
      ];
    }
    case 'onecycle':
      return [
        `OneCycleLR(${o}, max_lr=${py(lr)}, total_steps=${s.total}, pct_start=${py(s.pct)}, anneal_strategy='${s.anneal}', div_factor=${py(s.div)}, final_div_factor=${py(s.finalDiv)}, three_phase=${s.three ? 'True' : 'False'})`,
      ];
    case 'cyclic':
      return [
        `CyclicLR(${o}, base_lr=${py(lr / s.div)}, max_lr=${py(lr)}, step_size_up=${s.up}, mode='${s.cmode}'${s.cmode === 'exp_range' ? `, gamma=${py(s.expGamma)}` : ''})`,
      ];
  }
}

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

/** Overlay mode: one independent run per slot. */
export function overlayCode(slots: { name: string; slot: Slot }[], horizon: number): string {
  const out = [...HEADER];
  slots.forEach(({ name, slot }, i) => {
    if (i > 0) out.push('');
    out.push(`# ${name}: ${TORCH_CLASS[slot.kind as Exclude<Kind, 'none'>]}`);
    out.push(`optimizer = torch.optim.SGD(params, lr=${py(slot.lr)}, momentum=0.9)`);
    const call = schedulerCall(slot, slot.lr, false);
    out.push(`scheduler = ${call[0]}`, ...call.slice(1));
  });
  if (slots.length > 0) out.push('', `# then, for each run:`, ...LOOP(horizon));
  return out.join('\n');
}

/** Sequence mode: the parts joined by SequentialLR, all scaling the optimizer's one lr. */
export function sequenceCode(parts: Slot[], milestones: number[], lr: number, horizon: number): string {
  const out = [...HEADER, `optimizer = torch.optim.SGD(params, lr=${py(lr)}, momentum=0.9)`];
  const names = parts.map((_, i) => `part${i + 1}`);
  parts.forEach((p, i) => {
    const call = schedulerCall(p, lr, true);
    out.push(`${names[i]} = ${call[0]}`, ...call.slice(1));
  });
  out.push(
    parts.length > 1
      ? `scheduler = SequentialLR(optimizer, schedulers=[${names.join(', ')}], milestones=[${milestones.join(', ')}])`
      : `scheduler = ${names[0]}`,
  );
  out.push('', ...LOOP(horizon));
  return out.join('\n');
}
