import { describe, expect, it } from 'vitest';
import { optimizerMemory, stateFloats } from './optimizerMemory.ts';
import { memoryTable, MEMORY_OPTIMIZERS } from './memoryTable.ts';
import { paramLayout } from '../matrices/paramLayout.ts';
import { adam } from '../optimizers/adam.ts';
import { scheduleFreeSgd } from '../optimizers/scheduleFreeSgd.ts';

describe('stateFloats(state)', () => {
  it('sums the lengths of distinct typed arrays, walking nested objects and arrays once', () => {
    const a = new Float64Array(5);
    expect(
      stateFloats({ a, b: [a, new Float64Array(3)], c: { d: a.subarray(1, 2) }, n: 7, s: 'x', z: null }),
    ).toBe(8);
    expect(stateFloats({})).toBe(0);
  });
});

describe('optimizerMemory(make, layout) and memoryTable(layout)', () => {
  const m = 24;
  const n = 10;
  const layout = paramLayout([[m, n], [m], [1, m], [1]]);
  const P = m * n + m + m + 1;
  const rows = Object.fromEntries(memoryTable(layout).map((r) => [r.name, r]));
  it('lists every optimizer of the package', () => {
    expect(Object.keys(rows)).toEqual(MEMORY_OPTIMIZERS.map((e) => e.name));
    for (const r of Object.values(rows)) expect(r.parameters).toBe(P);
  });
  it('counts 0, 1, 2 or 3 floats per parameter for the elementwise optimizers', () => {
    expect(rows['sgd'].floats).toBe(0);
    for (const k of ['sgd (momentum)', 'adagrad', 'rmsprop', 'lion', 'lars', 'scheduleFreeSgd'])
      expect(rows[k].perParameter).toBe(1);
    for (const k of ['adam', 'adamw', 'adadelta', 'lamb', 'scheduleFreeAdamw'])
      expect(rows[k].perParameter).toBe(2);
    expect(rows['adam (amsgrad)'].perParameter).toBe(3);
  });
  it('Adafactor: rows + cols per matrix (1 + 24 for the 1×24 head), n per vector', () => {
    expect(rows['adafactor'].blocks.map((b) => b.floats)).toEqual([m + n, m, 1 + m, 1]);
    expect(rows['adafactor (β₁ = 0.9)'].floats).toBe(P + (m + n) + m + (1 + m) + 1);
  });
  it('Muon: one buffer for matrices, AdamW’s two for vectors', () => {
    expect(rows['muon (+ adamw for vectors)'].blocks.map((b) => b.floats)).toEqual([m * n, 2 * m, m, 2]);
  });
  it('Shampoo 2(m² + n²) and SOAP 2mn + 2(m² + n²) per matrix', () => {
    expect(rows['shampoo'].blocks[0].floats).toBe(2 * (m * m + n * n));
    expect(rows['soap'].blocks[0].floats).toBe(2 * m * n + 2 * (m * m + n * n));
    expect(rows['soap'].blocks[1].floats).toBe(2 * m);
  });
  it('a 256×256 matrix with its bias (the figures quoted in memoryTable’s doc and the README)', () => {
    const r = Object.fromEntries(
      memoryTable(paramLayout([[256, 256], [256]])).map((x) => [x.name, x.perParameter]),
    );
    expect(r['adafactor']).toBe(768 / 65792);
    expect(r['muon (+ adamw for vectors)'].toFixed(3)).toBe('1.004');
    expect(r['shampoo'].toFixed(3)).toBe('5.977');
    expect(r['soap'].toFixed(3)).toBe('5.984');
  });
  it('counts what the state holds: Schedule-Free with x kept is one vector more', () => {
    expect(optimizerMemory(() => scheduleFreeSgd({ keepX: true }), layout).perParameter).toBe(2);
    expect(optimizerMemory(() => adam(), paramLayout([[3]])).blocks[0].floats).toBe(6);
  });
});
