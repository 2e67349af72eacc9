import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as optim from '../index.ts';
import type { Transform } from '../types.ts';

// Every transform the package exports must be pure. Which exports build a Transform is read from
// the types (the TypeScript checker over index.ts: a function whose return type has `init` and
// `update`), not from a list, so a new optimizer or part is checked as soon as it is exported.
// Factories callable without arguments are checked at their defaults; the others need examples
// below, and the test says which are missing.

/** Names of the package's exports whose call returns a Transform, from the type checker. */
function transformFactoriesByType(): string[] {
  const index = fileURLToPath(new URL('../index.ts', import.meta.url));
  // noLib: only the package's own types matter here, and parsing the standard library would
  // cost more than the rest of this file.
  const program = ts.createProgram([index], {
    noLib: true,
    types: [],
    noEmit: true,
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(index)!;
  const names: string[] = [];
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & ts.SymbolFlags.Function)) continue;
    const type = checker.getTypeOfSymbolAtLocation(symbol, source);
    const buildsTransform = type.getCallSignatures().some((sig) => {
      const ret = sig.getReturnType();
      return ret.getProperty('init') !== undefined && ret.getProperty('update') !== undefined;
    });
    if (buildsTransform) names.push(exported.getName());
  }
  return names.sort();
}

const schedule = (t: number) => 0.1 / (t + 1);

// the matrix optimizers see params [1, −2, 3] as a 1×2 matrix and a vector of 1
const layout = optim.paramLayout([[1, 2], [1]]);

/** Option sets worth checking, and the only way to build factories with required arguments. */
const examples: Record<string, () => Transform<unknown>[]> = {
  sgd: () => [
    optim.sgd({ lr: 0.1 }),
    optim.sgd({ lr: 0.1, momentum: 0.9, nesterov: true, weightDecay: 0.1 }),
  ],
  heavyBall: () => [optim.heavyBall({ lr: schedule })],
  adagrad: () => [optim.adagrad({ lrDecay: 0.1, weightDecay: 0.1, initialAccumulatorValue: 0.1 })],
  rmsprop: () => [optim.rmsprop({ centered: true, momentum: 0.9, weightDecay: 0.1 })],
  adam: () => [optim.adam({ amsgrad: true, weightDecay: 0.1 })],
  adamw: () => [optim.adamw({ amsgrad: true, lr: schedule })],
  adamwPaper: () => [optim.adamwPaper({ weightDecay: 0.01, scheduleMultiplier: schedule })],
  sgdw: () => [optim.sgdw({ lr: 0.1, weightDecay: 0.01, scheduleMultiplier: schedule })],
  adadelta: () => [optim.adadelta({ weightDecay: 0.1 })],
  scaleByAdam: () => [optim.scaleByAdam({ epsRoot: 1e-8, amsgrad: true, amsgradMax: 'corrected' })],
  scaleByRms: () => [optim.scaleByRms({ centered: true })],
  trace: () => [optim.trace({ decay: 0.9, dampening: 0.1 })],
  addDecayedWeights: () => [optim.addDecayedWeights({ weightDecay: 0.1 })],
  addScheduledDecayedWeights: () => [optim.addScheduledDecayedWeights(schedule)],
  scaleByLearningRate: () => [optim.scaleByLearningRate(schedule)],
  scaleBySchedule: () => [optim.scaleBySchedule(schedule)],
  clipByGlobalNorm: () => [optim.clipByGlobalNorm({ maxNorm: 0.5 })],
  clipByValue: () => [optim.clipByValue({ clipValue: 0.5 })],
  scale: () => [optim.scale(-2)],
  projectOntoBox: () => [optim.projectOntoBox({ lo: -1, hi: 1 })],
  chain: () => [
    optim.chain(optim.clipByGlobalNorm({ maxNorm: 1 }), optim.scaleByAdam(), optim.scaleByLearningRate(0.1)),
  ],
  namedChain: () => [optim.namedChain({ clip: optim.clipByValue({ clipValue: 1 }), tx: optim.adam() })],
  lookahead: () => [optim.lookahead(optim.sgd({ lr: 0.1, momentum: 0.9 }), { k: 2 })],
  lion: () => [optim.lion({ weightDecay: 0.1 })],
  adafactor: () => [optim.adafactor({ layout, beta1: 0.9, weightDecay: 0.1 })],
  lamb: () => [optim.lamb({ layout, weightDecay: 0.1 })],
  lars: () => [optim.lars({ lr: 0.1, layout, weightDecay: 0.1 })],
  muon: () => [optim.muon({ layout: optim.paramLayout([[3, 1]]), weightDecay: 0.1 })],
  muonWithAdamw: () => [optim.muonWithAdamw({ layout })],
  shampoo: () => [optim.shampoo({ lr: 0.1, layout })],
  soap: () => [optim.soap({ layout, preconditionFrequency: 1 })],
  scheduleFreeSgd: () => [optim.scheduleFreeSgd({ warmupSteps: 2, weightDecay: 0.1 })],
  scheduleFreeAdamw: () => [
    optim.scheduleFreeAdamw({ innerMomentum: 0.9 }),
    optim.scheduleFreeAdamw({ keepX: false }),
  ],
  scaleByFactoredRms: () => [optim.scaleByFactoredRms({ layout })],
  clipByBlockRms: () => [optim.clipByBlockRms({ layout, threshold: 0.1 })],
  scaleByRelativeStep: () => [optim.scaleByRelativeStep({ layout })],
  addRelativeDecayedWeights: () => [optim.addRelativeDecayedWeights({ layout, weightDecay: 0.1 })],
  ema: () => [optim.ema({ decay: 0.9 })],
  scaleByTrustRatio: () => [optim.scaleByTrustRatio({ layout })],
  scaleByLars: () => [optim.scaleByLars({ layout, weightDecay: 0.1 })],
  orthogonalize: () => [optim.orthogonalize({ layout: optim.paramLayout([[3, 1]]) })],
  partition: () => [
    optim.partition({
      layout,
      labels: ['a', 'b'],
      parts: { a: optim.adam(), b: optim.sgd({ lr: 0.1, momentum: 0.9 }) },
    }),
  ],
  scaleByShampoo: () => [optim.scaleByShampoo({ layout })],
  scaleBySoap: () => [optim.scaleBySoap({ layout, preconditionFrequency: 1 })],
  decayUpdatedWeights: () => [optim.decayUpdatedWeights({ weightDecay: 0.1, lr: 0.1 })],
  scheduleFree: () => [optim.scheduleFree(optim.scaleByLearningRate(0.1), { lr: 0.1, weightDecay: 0.1 })],
};

const factories = transformFactoriesByType();

/** The transforms to check for one export: its examples, else its defaults. */
function transformsFor(name: string): Transform<unknown>[] {
  if (examples[name]) return examples[name]();
  const make = (optim as Record<string, unknown>)[name] as () => Transform<unknown>;
  return [make()];
}

describe('purity: transform.update(grads, state, params) for every exported transform', () => {
  it('the checker finds the transform factories (optimizers and parts alike)', () => {
    for (const name of ['sgd', 'adam', 'adadelta', 'scaleByAdam', 'chain', 'lookahead'])
      expect(factories).toContain(name);
    expect(factories).not.toContain('applyUpdates');
    expect(factories).not.toContain('toSchedule');
  });
  it('every export that builds a Transform can be built here (an example, or callable with no arguments)', () => {
    const unbuildable = factories.filter((name) => {
      try {
        return transformsFor(name).length === 0;
      } catch {
        return true;
      }
    });
    expect(unbuildable, 'add these to `examples` in purity.test.ts').toEqual([]);
    expect(Object.keys(examples).filter((name) => !factories.includes(name))).toEqual([]);
  });

  for (const name of factories) {
    it(`${name} leaves grads, params and the previous state unchanged and returns fresh updates`, () => {
      for (const tx of transformsFor(name)) {
        const params = Float64Array.from([1, -2, 3]);
        let state = tx.init(params);
        for (let k = 0; k < 3; k++) {
          const grads = Float64Array.from([0.5 * (k + 1), -1, 2]);
          const before = structuredClone({ grads, params, state });
          const r = tx.update(grads, state, params);
          expect({ grads, params, state }).toEqual(before);
          // Stateless parts may hand back their (empty) state object; everything else is new.
          if (Object.keys(state as object).length > 0) expect(r.state).not.toBe(state);
          expect(r.updates).not.toBe(params);
          expect(r.updates).not.toBe(grads);
          const next = optim.applyUpdates(params, r.updates);
          expect(next).not.toBe(params);
          state = r.state;
        }
      }
    });
  }

  it('clipByGlobalNorm({ maxNorm }) rescales to maxNorm/(‖g‖ + 1e-6) only when ‖g‖ > maxNorm', () => {
    const tx = optim.clipByGlobalNorm({ maxNorm: 1 });
    const g = Float64Array.from([3, 4]);
    const r = tx.update(g, tx.init(g), g);
    expect(r.updates[0]).toBeCloseTo((3 * 1) / (5 + 1e-6), 15);
    expect(r.state.lastNorm).toBe(5);
    const small = Float64Array.from([0.3, 0.4]);
    expect(Array.from(tx.update(small, tx.init(small), small).updates)).toEqual([0.3, 0.4]);
    const optaxStyle = optim.clipByGlobalNorm({ maxNorm: 1, eps: 0 });
    expect(optaxStyle.update(g, optaxStyle.init(g), g).updates[1]).toBeCloseTo(0.8, 15);
  });
});
