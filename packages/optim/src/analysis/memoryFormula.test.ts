import { describe, expect, it } from 'vitest';
import { paramLayout } from '../matrices/paramLayout.ts';
import { rng } from '../rng.ts';
import { blockStateFloats, memoryByFormula, type MemoryOptimizerName } from './memoryFormula.ts';
import { memoryTable } from './memoryTable.ts';

describe('memoryByFormula(blocks)', () => {
  it('equals the memory measured on the optimizers’ own states (memoryTable) for random small models', () => {
    const r = rng('memory-formula');
    for (let k = 0; k < 12; k++) {
      const shapes = Array.from({ length: 1 + r.int(4) }, () =>
        r.uniform() < 0.5 ? [1 + r.int(12), 1 + r.int(12)] : [1 + r.int(20)],
      );
      const measured = memoryTable(paramLayout(shapes));
      const formula = memoryByFormula(shapes.map((shape) => ({ shape })));
      measured.forEach((row, i) => {
        expect(formula[i].name).toBe(row.name);
        expect(formula[i].floats, `${row.name} on ${JSON.stringify(shapes)}`).toBe(row.floats);
        expect(formula[i].parameters).toBe(row.parameters);
      });
    }
  });
  it('counts models too large to allocate: Shampoo on a 50 257 × 768 embedding is 2(50 257² + 768²)', () => {
    expect(blockStateFloats('shampoo', { shape: [50257, 768] })).toBe(2 * (50257 ** 2 + 768 ** 2));
    expect(blockStateFloats('soap', { shape: [50257, 768] })).toBe(2 * 50257 * 768 + 2 * 768 ** 2);
    expect(blockStateFloats('adafactor', { shape: [50257, 768] })).toBe(50257 + 768);
  });
  it('gives Muon’s non-hidden matrices (embeddings, the head) to AdamW', () => {
    expect(blockStateFloats('muon (+ adamw for vectors)', { shape: [10, 4], hidden: false })).toBe(80);
    expect(blockStateFloats('muon (+ adamw for vectors)', { shape: [10, 4] })).toBe(40);
  });
  it('rejects shapes that are not [n] or [rows, cols] of positive integers, naming the function', () => {
    for (const shape of [[], [2, 3, 4], [0], [2.5, 3]])
      expect(() => blockStateFloats('adam' as MemoryOptimizerName, { shape })).toThrow(/blockStateFloats/);
  });
});
