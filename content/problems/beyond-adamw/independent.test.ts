// Independent answer tests for lesson 7's problems: every key and listed mistake is recomputed
// here from the variant's params by hand — the paper's formulas written out — never through the
// problem's own functions or the package routine it calls.
import { independentAnswerTests } from '../../../src/lib/problems/independentTests.ts';
import lionUpdate, { type P as LionP } from './lion-update.ts';
import nsValue, { type P as NsP } from './newton-schulz-singular-value.ts';
import lambSize, { type P as LambP } from './lamb-step-size.ts';
import adafactorRatio from './adafactor-memory-ratio.ts';
import wsdStop, { type P as WsdP } from './wsd-stop-now.ts';
import sfSequences from './schedule-free-sequences.ts';
import memoryChoice from './optimizer-memory-choice.ts';
import { distinctOrNaN } from '../../../src/lib/problems/distinct.ts';

// Lion (Chen et al. 2023, Algorithm 2): θ ← θ − η(sign(β₁m + (1 − β₁)g) + λθ).
const lionByHand = (p: LionP, beta1: number) =>
  p.theta.map((th, i) => th - p.lr * (Math.sign(beta1 * p.m[i] + (1 - beta1) * p.g[i]) + p.wd * th));
independentAnswerTests(lionUpdate, {
  key: (p) => lionByHand(p, 0.9),
  mistakes: [
    (p) => lionByHand(p, 0.99),
    (p) => lionByHand(p, 0), // sign of the gradient alone
    (p) => p.theta.map((th, i) => th - p.lr * Math.sign(0.9 * p.m[i] + 0.1 * p.g[i])),
  ],
});

// The quintic written out, applied k times to σ₂/‖M‖_F.
const quintic = (s: number) => 3.4445 * s - 4.775 * s ** 3 + 2.0315 * s ** 5;
const iterate = (s: number, k: number): number => (k === 0 ? s : iterate(quintic(s), k - 1));
const nsTol = { sigFigs: 3 } as const;
const nsKey = (p: NsP) => iterate(p.s2 / Math.sqrt(p.s1 ** 2 + p.s2 ** 2), p.steps);
independentAnswerTests(nsValue, {
  key: nsKey,
  mistakes: [
    (p) => distinctOrNaN(iterate(p.s2 / p.s1, p.steps), nsTol, nsKey(p)),
    (p) =>
      distinctOrNaN(
        iterate(p.s2 / Math.sqrt(p.s1 ** 2 + p.s2 ** 2), 1),
        nsTol,
        nsKey(p),
        iterate(p.s2 / p.s1, p.steps),
      ),
    (p) =>
      distinctOrNaN(
        p.s2 / Math.sqrt(p.s1 ** 2 + p.s2 ** 2),
        nsTol,
        nsKey(p),
        iterate(p.s2 / p.s1, p.steps),
        iterate(p.s2 / Math.sqrt(p.s1 ** 2 + p.s2 ** 2), 1),
      ),
  ],
});

// LAMB's first step on one layer has norm η‖θ₀‖ (φ = identity): the direction is normalised.
const lambTol = { sigFigs: 3 } as const;
const lambKey = (p: LambP) => p.lr * Math.hypot(...p.theta);
independentAnswerTests(lambSize, {
  key: lambKey,
  mistakes: [
    (p) => distinctOrNaN(p.lr * Math.sqrt(3), lambTol, lambKey(p)),
    (p) => distinctOrNaN(p.lr, lambTol, lambKey(p), p.lr * Math.sqrt(3)),
    (p) => distinctOrNaN(p.lr * Math.hypot(...p.g), lambTol, lambKey(p), p.lr * Math.sqrt(3), p.lr),
  ],
});

// n + m statistics against Adam's 2nm.
independentAnswerTests(adafactorRatio, {
  key: () => (v) => (v.n + v.m) / (2 * v.n * v.m),
  mistakes: [
    () => (v) => (v.n + v.m) / (v.n * v.m),
    () => (v) => (2 * v.n * v.m) / (v.n + v.m),
    () => (v) => v.n + v.m,
  ],
});

// WSD branched at s: a decay of D' = s/4 steps (20 % of T' = s/0.8), rate η(1 − √(k/D')).
const wsdTol = { sigFigs: 3 } as const;
const wsdAt = (p: WsdP, decay: number, shape: (q: number) => number) =>
  p.lr * shape(Math.min(1, p.into / decay));
const sqrtShape = (q: number) => 1 - Math.sqrt(q);
const wsdKey = (p: WsdP) => wsdAt(p, p.stop / 4, sqrtShape);
independentAnswerTests(wsdStop, {
  key: wsdKey,
  mistakes: [
    (p) => distinctOrNaN(wsdAt(p, 0.2 * p.total, sqrtShape), wsdTol, wsdKey(p)),
    (p) =>
      distinctOrNaN(wsdAt(p, 0.2 * p.stop, sqrtShape), wsdTol, wsdKey(p), wsdAt(p, 0.2 * p.total, sqrtShape)),
    (p) =>
      distinctOrNaN(
        wsdAt(p, p.stop / 4, (q) => 1 - q),
        wsdTol,
        wsdKey(p),
        wsdAt(p, 0.2 * p.total, sqrtShape),
        wsdAt(p, 0.2 * p.stop, sqrtShape),
      ),
  ],
});

independentAnswerTests(sfSequences, {
  key: () => ['x-is-mean', 'eval-at-x', 'beta-zero-pr'],
  optionFeedback: {
    'needs-T': /No \$T\$/,
    'beta-one-z': /primal averaging/,
    'extra-memory-free': /stores \$z\$/,
  },
});

// One n×m matrix: momentum-type methods keep nm, Adafactor n + m; Adam-type 2nm, Shampoo 2(n² + m²).
independentAnswerTests(memoryChoice, {
  key: () => ['sgd-momentum', 'lion', 'adafactor', 'muon'],
  optionFeedback: { adamw: /2 numbers/, lamb: /2 numbers/, shampoo: /Does not fit/ },
});
