import { describe, expect, it } from 'vitest';
import { blockSize, checkLayout, isMatrix, layoutSize, paramLayout } from './paramLayout.ts';
import { mlpParamLayout } from './mlpParamLayout.ts';
import { mlp } from '../networks/mlp.ts';

describe('paramLayout(shapes)', () => {
  it('lays blocks out one after another, with optional names', () => {
    const layout = paramLayout([[8, 2], [8], { shape: [1, 8], name: 'head' }, [1]]);
    expect(layout.map((b) => b.offset)).toEqual([0, 16, 24, 32]);
    expect(layout[2]).toEqual({ offset: 24, shape: [1, 8], name: 'head' });
    expect(layoutSize(layout)).toBe(33);
    expect(layout.map(blockSize)).toEqual([16, 8, 8, 1]);
    expect(layout.map(isMatrix)).toEqual([true, false, true, false]);
  });
  it('rejects shapes that are not [n] or [rows, cols] of positive integers', () => {
    expect(() => paramLayout([[2, 3, 4]])).toThrow(/paramLayout: specs\[0\] must be a shape/);
    expect(() => paramLayout([[0]])).toThrow(/specs\[0\]\.shape\[0\] must be an integer ≥ 1/);
    expect(() => paramLayout('x' as never)).toThrow(RangeError);
  });
});

describe('checkLayout(fn, layout, n)', () => {
  const layout = paramLayout([[2, 2], [3]]);
  it('accepts blocks in any order that cover 0 … n−1 exactly once', () => {
    expect(checkLayout('f', [layout[1], layout[0]], 7)).toHaveLength(2);
  });
  it('names gaps, overlaps and length mismatches', () => {
    expect(() => checkLayout('f', [layout[1]], 7)).toThrow('f: layout leaves params[0…3] in no block');
    expect(() => checkLayout('f', [layout[0], { offset: 3, shape: [4] }], 7)).toThrow(/overlaps/);
    expect(() => checkLayout('f', layout, 8)).toThrow(
      'f: layout covers 7 parameters, but params has length 8',
    );
    expect(() => checkLayout('f', [{ offset: -1, shape: [2] }], 2)).toThrow(/offset must be an integer ≥ 0/);
    expect(() => checkLayout('f', null, 2)).toThrow(/layout must be an array/);
  });
});

describe('mlpParamLayout(net)', () => {
  it('gives W_l (out × in) then b_l for each layer, covering the network’s parameters', () => {
    const net = mlp({ sizes: [2, 8, 4, 1], activation: 'tanh', loss: 'logistic', seed: 1 });
    const layout = mlpParamLayout(net);
    expect(layout.map((b) => [b.name, ...b.shape])).toEqual([
      ['W1', 8, 2],
      ['b1', 8],
      ['W2', 4, 8],
      ['b2', 4],
      ['W3', 1, 4],
      ['b3', 1],
    ]);
    expect(checkLayout('t', layout, net.size)).toBe(layout);
  });
});
