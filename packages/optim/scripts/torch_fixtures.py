#!/usr/bin/env python3
"""Reference values from real PyTorch for @descent/optim's tests.

The package's tests named "matches PyTorch" read the JSON this script writes and require
agreement to 1e-12 relative error; they never run PyTorch (CI has none). Regenerate the
fixtures after changing a case below, or to check a newer PyTorch, from any directory:

    /usr/bin/python3 packages/optim/scripts/torch_fixtures.py

(any Python 3 with `import torch` works; Debian: `apt-get install python3-torch`). It writes
packages/optim/test/fixtures/torch-optimizers.json and torch-schedules.json, then run
`npx vitest run packages/optim` and commit the JSON with the change. The files record the
PyTorch and Python versions that produced them; the values were generated with torch 1.13.

Everything runs in float64 (Python floats for the schedulers, float64 tensors for the
optimizers), on the CPU, with PyTorch's default implementation of each optimizer. Gradients
are not computed from a model: they are one fixed sequence drawn from a seeded generator and
written into the fixture, so the package's test feeds its transforms exactly the gradients
PyTorch saw. Inputs (gradients, starting point, metrics) are rounded to a few decimals so the
file stays small and the numbers read the same in Python and JavaScript; outputs are written
with full precision (Python's shortest round-trip repr, which JavaScript parses exactly).

Conventions follow the package's: a schedule's value at t is the optimizer's lr after t calls
of `scheduler.step()` (t = 0 is the lr before the first update), and in a training loop the
scheduler steps after the optimizer, so update t uses schedule(t - 1).
"""

import json
import math
import platform
import random
import sys
import warnings
from pathlib import Path

import torch
from torch.optim import lr_scheduler as sched

OUT_DIR = Path(__file__).resolve().parent.parent / 'test' / 'fixtures'
STEPS = 60
SEED = 20240531

torch.set_default_dtype(torch.float64)
# SequentialLR starts each later scheduler with scheduler.step(0), which warns about its own
# deprecated epoch argument: not ours to act on.
warnings.filterwarnings('ignore', message='The epoch parameter in `scheduler.step\\(\\)`')


# --- inputs -----------------------------------------------------------------------------------

def gradient_sequence(steps, seed):
    """steps x 4 gradients: coordinates of different scales (1, 3, 0.01, 1) so the adaptive methods'
    per-coordinate rates differ, and the last coordinate exactly 0 on every 7th step (a sparse
    feature: accumulators must hold still). Rounded to 6 decimals."""
    gen = torch.Generator().manual_seed(seed)
    noise = torch.randn(steps, 4, generator=gen, dtype=torch.float64)
    scales = torch.tensor([1.0, 3.0, 0.01, 1.0])
    # A consistent direction under the noise, away from 0 (theta -= lr * g): relative errors stay meaningful.
    drift = torch.tensor([-0.3, 0.5, -0.002, -0.2])
    g = (noise * scales + drift).tolist()
    for k in range(0, steps, 7):
        g[k][3] = 0.0
    return [[round(x, 6) for x in row] for row in g]


PARAMS0 = [2.5, -4.0, 3.5, 3.0]
GRADS = gradient_sequence(STEPS, SEED)


# --- optimizers -------------------------------------------------------------------------------

OPTIMIZERS = {
    'SGD': torch.optim.SGD,
    'Adagrad': torch.optim.Adagrad,
    'RMSprop': torch.optim.RMSprop,
    'Adam': torch.optim.Adam,
    'AdamW': torch.optim.AdamW,
    'Adadelta': torch.optim.Adadelta,
}

SCHEDULERS = {
    'StepLR': sched.StepLR,
    'MultiStepLR': sched.MultiStepLR,
    'ExponentialLR': sched.ExponentialLR,
    'LinearLR': sched.LinearLR,
    'ConstantLR': sched.ConstantLR,
    'CosineAnnealingLR': sched.CosineAnnealingLR,
    'CosineAnnealingWarmRestarts': sched.CosineAnnealingWarmRestarts,
    'OneCycleLR': sched.OneCycleLR,
    'PolynomialLR': sched.PolynomialLR,
    'CyclicLR': sched.CyclicLR,
}


def make_scheduler(opt, spec):
    """A scheduler from {'scheduler': name, 'options': {...}} (and 'schedulers'/'milestones' for
    SequentialLR; LambdaLR's lambda is named by 'lambda', since JSON cannot hold a function)."""
    name, options = spec['scheduler'], dict(spec.get('options', {}))
    if name == 'SequentialLR':
        parts = [make_scheduler(opt, s) for s in spec['schedulers']]
        return sched.SequentialLR(opt, parts, milestones=options['milestones'])
    if name == 'LambdaLR':
        if options['lambda'] == 'inverse_time':
            decay = options['decay']
            return sched.LambdaLR(opt, lambda t: 1 / (1 + decay * t))
        if options['lambda'] == 'step_halving':
            every = options['every']
            return sched.LambdaLR(opt, lambda t: 0.5 ** (t // every))
        raise ValueError(f"unknown lambda {options['lambda']}")
    if name in ('OneCycleLR', 'CyclicLR'):
        options['cycle_momentum'] = False  # the package models the lr only
    return SCHEDULERS[name](opt, **options)


def run_optimizer(case):
    """theta after each of the STEPS updates, PyTorch's training loop: (clip,) step, scheduler step."""
    p = torch.nn.Parameter(torch.tensor(PARAMS0, dtype=torch.float64))
    opt = OPTIMIZERS[case['optimizer']]([p], **case['options'])
    schedule = make_scheduler(opt, case['schedule']) if 'schedule' in case else None
    clip = case.get('clip')
    thetas = []
    for g in GRADS:
        p.grad = torch.tensor(g, dtype=torch.float64)
        if clip and 'max_norm' in clip:
            torch.nn.utils.clip_grad_norm_([p], clip['max_norm'])
        elif clip:
            torch.nn.utils.clip_grad_value_([p], clip['clip_value'])
        opt.step()
        if schedule:
            schedule.step()
        thetas.append(p.detach().tolist())
    return thetas


OPTIMIZER_CASES = [
    # SGD
    {'optimizer': 'SGD', 'options': {'lr': 0.05}},
    {'optimizer': 'SGD', 'options': {'lr': 0.05, 'weight_decay': 0.1}},
    {'optimizer': 'SGD', 'options': {'lr': 0.01, 'momentum': 0.9}},
    {'optimizer': 'SGD', 'options': {'lr': 0.01, 'momentum': 0.9, 'dampening': 0.3, 'weight_decay': 0.01}},
    {'optimizer': 'SGD', 'options': {'lr': 0.01, 'momentum': 0.8, 'nesterov': True}},
    {'optimizer': 'SGD', 'options': {'lr': 0.01, 'momentum': 0.8, 'nesterov': True, 'weight_decay': 0.02}},
    {'optimizer': 'SGD', 'options': {'lr': 0.02, 'momentum': 0.9},
     'schedule': {'scheduler': 'StepLR', 'options': {'step_size': 10, 'gamma': 0.5}}},
    {'optimizer': 'SGD', 'options': {'lr': 0.02, 'momentum': 0.9, 'nesterov': True},
     'clip': {'max_norm': 1.0}},
    {'optimizer': 'SGD', 'options': {'lr': 0.05}, 'clip': {'clip_value': 0.8}},
    # Adagrad
    {'optimizer': 'Adagrad', 'options': {'lr': 0.1}},
    {'optimizer': 'Adagrad', 'options': {'lr': 0.1, 'lr_decay': 0.05}},
    {'optimizer': 'Adagrad', 'options': {'lr': 0.2, 'initial_accumulator_value': 0.5, 'eps': 1e-6,
                                         'weight_decay': 0.05}},
    {'optimizer': 'Adagrad', 'options': {'lr': 0.2, 'lr_decay': 0.01, 'initial_accumulator_value': 0.1,
                                         'weight_decay': 0.02},
     'schedule': {'scheduler': 'ExponentialLR', 'options': {'gamma': 0.97}}},
    # RMSprop
    {'optimizer': 'RMSprop', 'options': {'lr': 0.01}},
    {'optimizer': 'RMSprop', 'options': {'lr': 0.01, 'centered': True}},
    {'optimizer': 'RMSprop', 'options': {'lr': 0.005, 'momentum': 0.9}},
    {'optimizer': 'RMSprop', 'options': {'lr': 0.005, 'alpha': 0.9, 'eps': 1e-6, 'weight_decay': 0.05,
                                         'momentum': 0.8, 'centered': True}},
    # Adam
    {'optimizer': 'Adam', 'options': {'lr': 0.02}},
    {'optimizer': 'Adam', 'options': {'lr': 0.02, 'amsgrad': True}},
    {'optimizer': 'Adam', 'options': {'lr': 0.02, 'weight_decay': 0.1}},
    {'optimizer': 'Adam', 'options': {'lr': 0.02, 'betas': [0.8, 0.99], 'eps': 1e-6, 'weight_decay': 0.1,
                                      'amsgrad': True}},
    {'optimizer': 'Adam', 'options': {'lr': 0.05},
     'schedule': {'scheduler': 'OneCycleLR', 'options': {'max_lr': 0.05, 'total_steps': STEPS}}},
    # AdamW
    {'optimizer': 'AdamW', 'options': {'lr': 0.02}},
    {'optimizer': 'AdamW', 'options': {'lr': 0.02, 'weight_decay': 0.5, 'amsgrad': True}},
    {'optimizer': 'AdamW', 'options': {'lr': 0.03, 'betas': [0.85, 0.98], 'eps': 1e-7, 'weight_decay': 0.2},
     'schedule': {'scheduler': 'CosineAnnealingLR', 'options': {'T_max': 40, 'eta_min': 0.001}}},
    # AdamW with lr = eta * s_t and weight_decay = lambda / eta: the paper's AdamW (adamwPaper)
    {'optimizer': 'AdamW', 'options': {'lr': 0.02, 'weight_decay': 2.5},
     'schedule': {'scheduler': 'LambdaLR', 'options': {'lambda': 'step_halving', 'every': 15}}},
    # Adadelta
    {'optimizer': 'Adadelta', 'options': {}},
    {'optimizer': 'Adadelta', 'options': {'lr': 0.5, 'rho': 0.95, 'eps': 1e-5, 'weight_decay': 0.1}},
    {'optimizer': 'Adadelta', 'options': {'lr': 2.0, 'rho': 0.8},
     'schedule': {'scheduler': 'LinearLR', 'options': {'start_factor': 0.25, 'total_iters': 20}}},
]


# --- schedules --------------------------------------------------------------------------------

def run_schedule(spec, lr, steps):
    """The optimizer's lr after t scheduler steps, t = 0 .. steps."""
    p = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([p], lr=lr)
    schedule = make_scheduler(opt, spec)
    lrs = [opt.param_groups[0]['lr']]
    for _ in range(steps):
        opt.step()  # no gradient: changes nothing, keeps PyTorch's step-order check quiet
        schedule.step()
        lrs.append(opt.param_groups[0]['lr'])
    return lrs


def s(name, lr, steps=STEPS, **options):
    return {'scheduler': name, 'lr': lr, 'steps': steps, 'options': options}


SCHEDULE_CASES = [
    s('StepLR', 0.1, step_size=7),
    s('StepLR', 0.5, step_size=3, gamma=0.8),
    s('MultiStepLR', 0.1, milestones=[5, 20, 21, 45]),
    s('MultiStepLR', 0.3, milestones=[10, 10, 30], gamma=0.5),  # a repeated milestone decays twice
    s('ExponentialLR', 0.1, gamma=0.95),
    s('ExponentialLR', 2.0, gamma=1.02),
    s('LinearLR', 0.1),  # PyTorch's defaults: 1/3 -> 1 over 5 steps
    s('LinearLR', 0.1, start_factor=0.1, end_factor=0.9, total_iters=40),
    s('LinearLR', 0.2, start_factor=1.0, end_factor=0.05, total_iters=30),
    s('ConstantLR', 0.1),  # PyTorch's defaults: factor 1/3 for 5 steps
    s('ConstantLR', 0.1, factor=0.5, total_iters=12),
    s('CosineAnnealingLR', 0.1, T_max=60),
    s('CosineAnnealingLR', 0.1, T_max=20, eta_min=0.005),  # three half-periods: past T_max it rises
    s('CosineAnnealingLR', 0.05, steps=75, T_max=25),  # past T_max with eta_min = 0
    s('CosineAnnealingWarmRestarts', 0.1, T_0=10),
    s('CosineAnnealingWarmRestarts', 0.1, steps=80, T_0=5, T_mult=2, eta_min=0.001),
    s('OneCycleLR', 0.0, max_lr=0.1, total_steps=STEPS),
    s('OneCycleLR', 0.0, max_lr=0.5, total_steps=STEPS, pct_start=0.25, anneal_strategy='linear',
      div_factor=10, final_div_factor=100),
    s('OneCycleLR', 0.0, max_lr=0.1, total_steps=STEPS, three_phase=True),
    s('OneCycleLR', 0.0, steps=51, max_lr=1.0, total_steps=51, pct_start=0.4, anneal_strategy='linear',
      three_phase=True),
    s('PolynomialLR', 0.1, total_iters=40),
    s('PolynomialLR', 0.1, total_iters=50, power=2.0),
    s('PolynomialLR', 0.1, total_iters=30, power=0.5),
    s('CyclicLR', 0.0, steps=80, base_lr=0.01, max_lr=0.1, step_size_up=10),
    s('CyclicLR', 0.0, steps=80, base_lr=0.01, max_lr=0.1, step_size_up=7, step_size_down=13,
      mode='triangular2'),
    s('CyclicLR', 0.0, steps=80, base_lr=0.001, max_lr=0.1, step_size_up=8, mode='exp_range', gamma=0.98),
    s('LambdaLR', 0.5, **{'lambda': 'inverse_time', 'decay': 0.1}),
    s('LambdaLR', 0.01, **{'lambda': 'inverse_time', 'decay': 2.5}),
    {'scheduler': 'SequentialLR', 'lr': 0.1, 'steps': STEPS, 'options': {'milestones': [10]},
     'schedulers': [{'scheduler': 'LinearLR', 'options': {'start_factor': 0.1, 'total_iters': 10}},
                    {'scheduler': 'ExponentialLR', 'options': {'gamma': 0.9}}]},
    # warmup then cosine to the end: the package's warmupCosine for t <= total
    {'scheduler': 'SequentialLR', 'lr': 0.2, 'steps': STEPS, 'options': {'milestones': [12]},
     'schedulers': [{'scheduler': 'LinearLR', 'options': {'start_factor': 0.05, 'end_factor': 1.0,
                                                          'total_iters': 12}},
                    {'scheduler': 'CosineAnnealingLR', 'options': {'T_max': 48, 'eta_min': 0.002}}]},
    {'scheduler': 'SequentialLR', 'lr': 0.1, 'steps': STEPS, 'options': {'milestones': [5, 25]},
     'schedulers': [{'scheduler': 'ConstantLR', 'options': {'factor': 0.25, 'total_iters': 5}},
                    {'scheduler': 'StepLR', 'options': {'step_size': 6, 'gamma': 0.7}},
                    {'scheduler': 'PolynomialLR', 'options': {'total_iters': 30, 'power': 1.5}}]},
]


# --- ReduceLROnPlateau ------------------------------------------------------------------------

def metric_sequence(rng, n, kind):
    """A validation curve with plateaus: improvement, noisy flats, repeats (exact ties) and
    rebounds. Rounded to 3 decimals, so ties happen."""
    out, level = [], 3.0
    for t in range(n):
        phase = (t // 15) % 4
        if phase == 0:
            level -= 0.08  # steady improvement
        elif phase == 2:
            level -= 0.01 * rng.random()  # slow creep, below a relative threshold at times
        noise = 0.0 if phase == 1 and t % 3 == 0 else 0.02 * (rng.random() - 0.5)
        out.append(level + noise)
    if kind == 'accuracy':
        out = [4.0 - m for m in out]  # rises with plateaus: for mode='max'
    elif kind == 'negative':
        out = [m - 4.0 for m in out]  # below zero: the relative threshold acts the other way
    return [round(m, 3) for m in out]


def run_plateau(case):
    p = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([p], lr=case['lr'])
    plateau = sched.ReduceLROnPlateau(opt, **case['options'])
    rows = {'lrs': [], 'best': [], 'num_bad_epochs': [], 'cooldown_counter': []}
    for m in case['metrics']:
        opt.step()
        plateau.step(m)
        rows['lrs'].append(opt.param_groups[0]['lr'])
        rows['best'].append(plateau.best)
        rows['num_bad_epochs'].append(plateau.num_bad_epochs)
        rows['cooldown_counter'].append(plateau.cooldown_counter)
    return rows


def plateau_cases():
    rng = random.Random(SEED)
    loss = metric_sequence(rng, 120, 'loss')
    acc = metric_sequence(rng, 120, 'accuracy')
    neg = metric_sequence(rng, 120, 'negative')
    return [
        {'lr': 1.0, 'options': {}, 'metrics': loss},  # PyTorch's defaults
        {'lr': 0.1, 'options': {'patience': 3}, 'metrics': loss},
        {'lr': 0.1, 'options': {'mode': 'max', 'factor': 0.5, 'patience': 3, 'threshold': 0.01},
         'metrics': acc},
        {'lr': 0.1, 'options': {'factor': 0.5, 'patience': 2, 'threshold': 0.05, 'threshold_mode': 'abs',
                                'cooldown': 3}, 'metrics': loss},
        {'lr': 0.1, 'options': {'mode': 'max', 'factor': 0.7, 'patience': 0, 'threshold': 0.02,
                                'threshold_mode': 'abs', 'cooldown': 1}, 'metrics': acc},
        {'lr': 1.0, 'options': {'factor': 0.5, 'patience': 1, 'min_lr': 0.1}, 'metrics': loss},
        {'lr': 1.0, 'options': {'factor': 0.5, 'patience': 1, 'eps': 0.1}, 'metrics': loss},
        {'lr': 1e-6, 'options': {'factor': 0.5, 'patience': 1, 'eps': 1e-6}, 'metrics': loss},
        {'lr': 0.1, 'options': {'patience': 1, 'threshold': 0.002}, 'metrics': neg},
        {'lr': 0.1, 'options': {'patience': 4, 'threshold': 0.0, 'cooldown': 2, 'min_lr': 0.002},
         'metrics': neg},
    ]


# --- output -----------------------------------------------------------------------------------

def meta(what):
    return {
        'what': what,
        'generatedBy': 'packages/optim/scripts/torch_fixtures.py',
        'torch': torch.__version__,
        'python': platform.python_version(),
        'dtype': 'float64',
    }


def check_scale(cases):
    """Relative error is only meaningful away from 0: every coordinate of every trajectory must stay
    at least a tenth of its starting size (else change the start or the rates)."""
    for case in cases:
        for row in case['params']:
            for x, x0 in zip(row, PARAMS0):
                if not abs(x) >= 0.1 * abs(x0):
                    raise SystemExit(f"{case['optimizer']} {case['options']}: theta {row} came near 0")


def write(name, data):
    """One case per line: small diffs when a case changes, and a file a person can read."""
    lines = ['{']
    items = list(data.items())
    for i, (k, v) in enumerate(items):
        end = ',' if i < len(items) - 1 else ''
        if isinstance(v, list) and v and isinstance(v[0], dict):
            lines.append(f'  {json.dumps(k)}: [')
            lines += [f'    {json.dumps(c, separators=(",", ":"))}' + (',' if j < len(v) - 1 else '')
                      for j, c in enumerate(v)]
            lines.append(f'  ]{end}')
        else:
            lines.append(f'  {json.dumps(k)}: {json.dumps(v, separators=(",", ":"))}{end}')
    lines.append('}')
    path = OUT_DIR / name
    path.write_text('\n'.join(lines) + '\n')
    print(f'{path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}: '
          f'{path.stat().st_size // 1024} KB')


def main():
    OUT_DIR.mkdir(exist_ok=True)
    optimizers = []
    for case in OPTIMIZER_CASES:
        optimizers.append({**case, 'params': run_optimizer(case)})
    check_scale(optimizers)
    write('torch-optimizers.json', {
        **meta('theta after each update of torch.optim.<optimizer>([theta], **options) fed grads[k] '
               'at update k + 1 (clip_grad_norm_/clip_grad_value_ first when clip is set; '
               'scheduler.step() after optimizer.step() when schedule is set)'),
        'params0': PARAMS0,
        'grads': GRADS,
        'cases': optimizers,
    })

    schedules = [{**case, 'lrs': run_schedule(case, case['lr'], case['steps'])} for case in SCHEDULE_CASES]
    plateaus = [{**case, **run_plateau(case)} for case in plateau_cases()]
    write('torch-schedules.json', {
        **meta("lrs[t]: the optimizer's lr after t calls of scheduler.step() (t = 0 .. steps), starting "
               'from SGD(lr); plateaus: the state after each ReduceLROnPlateau.step(metrics[k])'),
        'schedules': schedules,
        'plateaus': plateaus,
    })


if __name__ == '__main__':
    if sys.version_info < (3, 9):
        raise SystemExit('Python 3.9 or newer')
    main()
