import { describe, expect, it } from 'vitest';
import { seriesStyle } from '../palette.ts';
import { fromCurveSeries } from './fromCurveSeries.ts';

describe('fromCurveSeries(series)', () => {
  it('keeps names and points, and the colour and dash the kit chart draws each series with', () => {
    const runs = fromCurveSeries([
      { id: 'a', label: 'cosine', points: [{ x: 0, y: 1 }] },
      { id: 'b', label: 'wsd', points: [{ x: 5, y: 0.5 }], color: 'red', dash: '6 4' },
    ]);
    expect(runs).toEqual([
      {
        name: 'cosine',
        color: seriesStyle(0).color,
        dash: seriesStyle(0).dash,
        points: [{ step: 0, value: 1 }],
      },
      { name: 'wsd', color: 'red', dash: '6 4', points: [{ step: 5, value: 0.5 }] },
    ]);
  });
});
