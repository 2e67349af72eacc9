"""Runs the PyTorch code the course exports for each schedule case in real PyTorch.

Regenerate the fixture (needs PyTorch; CI does not, it reads the committed JSON):

    node_modules/.bin/node src/lib/specs/scripts/torchSchedulerCases.ts \
      | python3 src/lib/specs/scripts/torchSchedulers.py > src/lib/specs/torchSchedulers.fixture.json

For every case it builds an SGD optimizer (momentum 0.9, so CyclicLR may cycle momentum) with the
case's lr, evaluates the exported scheduler expression with `optimizer` in scope, and records the
learning rate each update uses: lrs[t] is the lr of update t + 1, i.e. after t calls of
scheduler.step().
"""
import json
import math
import sys
import warnings

import torch
from torch.optim.lr_scheduler import *  # noqa: F401,F403 (the exported code names the classes bare)

warnings.filterwarnings("ignore")
cases = json.load(sys.stdin)
out = {"torch": torch.__version__, "cases": []}
for case in cases:
    param = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([param], lr=case["lr"], momentum=0.9)
    scheduler = eval(case["code"], {**globals(), "math": math, "optimizer": optimizer})
    lrs = []
    for _ in range(case["steps"]):
        lrs.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    out["cases"].append({"code": case["code"], "spec": case["spec"], "lrs": lrs})
json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
