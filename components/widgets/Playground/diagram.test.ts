import { describe, expect, it } from 'vitest';
import { mlp } from '@descent/optim';
import {
  clampItem,
  diagramGeometry,
  PITCH,
  hitTest,
  linkEnds,
  linkStyle,
  linkWeight,
  moveItem,
  thetaOffsets,
  type DiagramItem,
} from './diagramLayout.ts';
import { describeItem, signed3, unitRange } from './diagramReadout.ts';
import { createEngine, DIAGRAM_GRID } from './engine.ts';
import {
  buildData,
  configFromState,
  featurePatch,
  gridInputs,
  hiddenWidths,
  layersPatch,
  resizePatch,
  uniformUnitsPatch,
  uniformWidth,
} from './model.ts';
import { playgroundCodec, playgroundSchema } from './state.ts';

const defaults = playgroundSchema.parse({});

describe('network diagram layout', () => {
  const sizes = [2, 8, 3, 1];
  const g = diagramGeometry(sizes, 600);

  it('columns evenly spaced left to right inside the width, units centred and not overlapping', () => {
    const xs = g.units.map((c) => c[0].x);
    const gaps = xs.slice(1).map((x, i) => x - xs[i]);
    for (const d of gaps) expect(d).toBeCloseTo(gaps[0], 9);
    expect(xs[0]).toBeGreaterThanOrEqual(0);
    expect(xs[xs.length - 1] + g.unit).toBeLessThanOrEqual(600);
    g.units.forEach((col) => {
      const mid = (col[0].y + col[col.length - 1].y + g.unit) / 2;
      expect(mid).toBeCloseTo(g.height / 2, 9);
      for (let j = 1; j < col.length; j++) expect(col[j].y - col[j - 1].y).toBeGreaterThan(g.unit);
    });
    // links are at least a unit long
    expect(gaps[0] - g.unit).toBeGreaterThanOrEqual(g.unit);
    // the height does not depend on the width (no shift once the width is measured)
    expect(diagramGeometry(sizes, 200).height).toBe(g.height);
    expect(diagramGeometry(sizes, 1200).height).toBe(g.height);
  });

  it('is as tall for 16 units as for 1: a dense column packs its units closer, without overlap', () => {
    for (const dense of [
      [2, 16, 1],
      [2, 16, 16, 16, 1],
      [2, 9, 1],
      [2, 1, 1],
    ]) {
      const d = diagramGeometry(dense, 600, { total: 7, active: [0, 1], gutter: 44 });
      expect(d.height).toBe(diagramGeometry([2, 8, 1], 600).height);
      expect(d.unit).toBeGreaterThanOrEqual(16);
      d.units.forEach((col) => {
        expect(col[0].y).toBeGreaterThanOrEqual(0);
        expect(col[col.length - 1].y + d.unit).toBeLessThanOrEqual(d.height);
        for (let j = 1; j < col.length; j++) expect(col[j].y - col[j - 1].y).toBeGreaterThan(d.unit);
      });
      // every unit is found where it is drawn
      const last = d.units[1][d.units[1].length - 1];
      expect(hitTest(d, last.x + 1, last.y + d.unit - 1)).toEqual({
        kind: 'unit',
        layer: 1,
        unit: d.units[1].length - 1,
      });
    }
    // the usual network keeps its 34 px units PITCH apart
    const usual = diagramGeometry([2, 8, 8, 1], 700, { total: 7, active: [0, 1], gutter: 44 });
    expect(usual.unit).toBe(34);
    expect(usual.units[1][1].y - usual.units[1][0].y).toBe(PITCH);
  });

  it('hit testing finds a unit inside its square and a link at its midpoint', () => {
    const u = g.units[1][4];
    expect(hitTest(g, u.x + 1, u.y + g.unit - 1)).toEqual({ kind: 'unit', layer: 1, unit: 4 });
    const [x0, y0, x1, y1] = linkEnds(g, 2, 5, 1);
    // a third of the way along (the midpoints of symmetric links cross)
    const t = 0.3;
    expect(hitTest(g, x0 + t * (x1 - x0), y0 + t * (y1 - y0))).toEqual({
      kind: 'link',
      layer: 2,
      from: 5,
      to: 1,
    });
    expect(hitTest(g, 1, 1)).toBeNull();
  });

  it('the arrow keys walk units and links column by column and stay inside', () => {
    let it: DiagramItem = { kind: 'unit', layer: 0, unit: 0 };
    it = moveItem(it, 'ArrowRight', sizes)!;
    expect(it.kind).toBe('link');
    expect(it.layer).toBe(1);
    it = moveItem(it, 'ArrowRight', sizes)!;
    expect(it).toMatchObject({ kind: 'unit', layer: 1 });
    // the link column between layers 1 and 2 has 8·3 items; End reaches the last
    const last = moveItem(moveItem(it, 'ArrowRight', sizes)!, 'End', sizes);
    expect(last).toEqual({ kind: 'link', layer: 2, from: 7, to: 2 });
    expect(moveItem(last!, 'ArrowDown', sizes)).toEqual(last);
    let right: DiagramItem = last!;
    for (let k = 0; k < 10; k++) right = moveItem(right, 'ArrowRight', sizes)!;
    expect(right).toEqual({ kind: 'unit', layer: 3, unit: 0 });
    expect(moveItem(right, 'x', sizes)).toBeNull();
  });

  it('an item outside a smaller network is clamped into it', () => {
    expect(clampItem({ kind: 'unit', layer: 5, unit: 9 }, sizes)).toEqual({
      kind: 'unit',
      layer: 3,
      unit: 0,
    });
    expect(clampItem({ kind: 'link', layer: 2, from: 12, to: 7 }, sizes)).toEqual({
      kind: 'link',
      layer: 2,
      from: 7,
      to: 2,
    });
  });

  it('link style: the sign picks the colour; width and opacity grow with |w| and stay bounded', () => {
    expect(linkStyle(0.5).positive).toBe(true);
    expect(linkStyle(-0.5).positive).toBe(false);
    expect(linkStyle(-0.5).width).toBe(linkStyle(0.5).width);
    expect(linkStyle(2).width).toBeGreaterThan(linkStyle(0.5).width);
    expect(linkStyle(1e9).width).toBeLessThanOrEqual(6);
    expect(linkStyle(0).width).toBe(0.5);
    expect(linkStyle(Number.NaN)).toEqual(linkStyle(0));
  });

  it('θ offsets are the package’s layout, and a link reads W[to, from] from layerParameters', () => {
    const net = mlp({ sizes, seed: 3 });
    expect(thetaOffsets(sizes)).toEqual(net.layout.map((l) => ({ ...l })));
    const theta = net.init(3);
    const params = net.layerParameters(theta);
    for (let l = 1; l < sizes.length; l++)
      for (let j = 0; j < sizes[l]; j++)
        for (let i = 0; i < sizes[l - 1]; i++)
          expect(linkWeight(theta, sizes, l, i, j)).toBe(params[l - 1].weights[j * sizes[l - 1] + i]);
  });
});

describe('network diagram readout and data', () => {
  it('the worker sends θ and every unit’s output over the coarse grid, as the package computes them', () => {
    const cfg = configFromState({ ...defaults, layers: 2, units: 3, n: 80, runs: 1, steps: 20 });
    const frame = createEngine(cfg).advance(20).runs[0];
    const { net, toInputs } = buildData(cfg);
    const theta = Float64Array.from(frame.theta);
    const cells = DIAGRAM_GRID * DIAGRAM_GRID;
    const want = net.unitOutputs(theta, toInputs(gridInputs(DIAGRAM_GRID)), cells);
    expect(frame.units.length).toBe(cfg.sizes.reduce((a, b) => a + b, 0) * cells);
    let o = 0;
    for (const layer of want)
      for (let q = 0; q < layer.length; q++) expect(frame.units[o++]).toBeCloseTo(layer[q], 5);
    // the output unit is P(class 1), the boards' value at the same points (a second route: predict)
    const p = net.predict(theta, toInputs(gridInputs(DIAGRAM_GRID)));
    const [lo, hi] = unitRange(frame.units, cfg.sizes, 3, 0, cells);
    expect(lo).toBeCloseTo(Math.min(...p), 5);
    expect(hi).toBeCloseTo(Math.max(...p), 5);
  });

  it('says which link and its weight, or a unit’s bias and range, with real minus signs', () => {
    const sizes = [2, 2, 1];
    const theta = Float32Array.from([0.5, -1.25, 2, 0, 0.1, -0.2, 3, -4, 0.7]);
    const units = new Float32Array(5 * 4).map((_, i) => (i % 4) - 1.5);
    const ctx = {
      sizes,
      features: ['x₁', 'x₂'],
      activation: 'tanh',
      problem: 'classification' as const,
      theta,
      units,
      cells: 4,
    };
    expect(describeItem({ kind: 'link', layer: 1, from: 1, to: 0 }, ctx)).toBe(
      'Link from input x₂ to hidden layer 1, unit 1: weight −1.250',
    );
    expect(describeItem({ kind: 'link', layer: 2, from: 0, to: 0 }, ctx)).toBe(
      'Link from hidden layer 1, unit 1 to the output: weight 3.000',
    );
    expect(describeItem({ kind: 'unit', layer: 1, unit: 1 }, ctx)).toBe(
      'Hidden layer 1, unit 2: bias −0.200; output (tanh) from −1.500 to 1.500 over the plane',
    );
    expect(describeItem({ kind: 'unit', layer: 2, unit: 0 }, { ...ctx, problem: 'regression' })).toMatch(
      /^The output: bias 0\.700; ŷ from/,
    );
    expect(describeItem({ kind: 'unit', layer: 0, unit: 0 }, ctx)).toMatch(/^Input x₁: values from −1\.500/);
    expect(signed3(-0.0001)).toBe('0.000');
  });
});

describe('network diagram +/−', () => {
  const s = { ...defaults, layers: 2, units: 4 };

  it('adds and removes units per layer and layers, within 1 … 16 units and 0 … 6 layers', () => {
    const more = { ...s, ...resizePatch(s, { layer: 2, units: 1 }) };
    expect(hiddenWidths(more)).toEqual([4, 5]);
    expect(configFromState(more).sizes).toEqual([2, 4, 5, 1]);
    const deeper = { ...more, ...resizePatch(more, { layers: 1 }) };
    expect(hiddenWidths(deeper)).toEqual([4, 5, 5]);
    const shallower = { ...deeper, ...resizePatch(deeper, { layers: -1 }) };
    expect(hiddenWidths(shallower)).toEqual([4, 5]);
    // a removed layer's width is forgotten: adding it back copies the last layer
    expect(shallower.units3).toBe(0);
    expect(resizePatch({ ...s, units: 1 }, { layer: 1, units: -1 })).toBeNull();
    expect(resizePatch({ ...s, units: 16 }, { layer: 1, units: 1 })).toBeNull();
    expect(resizePatch({ ...s, layers: 6 }, { layers: 1 })).toBeNull();
    expect(resizePatch({ ...s, layers: 0 }, { layers: -1 })).toBeNull();
    expect(resizePatch(s, { layer: 3, units: 1 })).toBeNull();
    // the slider sets every layer alike again
    expect(hiddenWidths({ ...deeper, ...uniformUnitsPatch(7) })).toEqual([7, 7, 7]);
  });

  it('per-layer widths go into the link; old links (no widths) use units for every layer', () => {
    const more = { ...s, ...resizePatch(s, { layer: 1, units: -1 }) };
    const back = playgroundCodec.decode(playgroundCodec.withState('', more)).state;
    expect(hiddenWidths(back)).toEqual([3, 4]);
    const old = playgroundCodec.decode('?playground.v=1&playground.layers=3&playground.units=5').state;
    expect(hiddenWidths(old)).toEqual([5, 5, 5]);
  });
});

describe('units per hidden layer against per-layer widths', () => {
  const s = { ...defaults, layers: 3, units: 4 };
  const apply = <T extends object>(state: T, patch: Partial<T> | null) => ({ ...state, ...patch });

  it('the slider shows the common width, and null ("mixed") once the diagram made the layers differ', () => {
    expect(uniformWidth(s)).toBe(4);
    const mixed = apply(s, resizePatch(s, { layer: 2, units: 1 }));
    expect(uniformWidth(mixed)).toBeNull();
    // the same width reached layer by layer is uniform again
    const evened = apply(mixed, resizePatch(mixed, { layer: 1, units: 1 }));
    const all5 = apply(evened, resizePatch(evened, { layer: 3, units: 1 }));
    expect(hiddenWidths(all5)).toEqual([5, 5, 5]);
    expect(uniformWidth(all5)).toBe(5);
    expect(uniformWidth({ ...s, layers: 0 })).toBeNull();
  });

  it('moving it sets every layer to its value, mixed or not', () => {
    const mixed = apply(s, resizePatch(s, { layer: 2, units: -1 }));
    expect(hiddenWidths(mixed)).toEqual([4, 3, 4]);
    expect(hiddenWidths(apply(mixed, uniformUnitsPatch(9)))).toEqual([9, 9, 9]);
  });

  it('the layer count keeps the remaining layers’ widths; a new layer copies the last', () => {
    const mixed = apply(s, resizePatch(s, { layer: 1, units: 1 }));
    const wider = apply(mixed, resizePatch(mixed, { layer: 1, units: 1 }));
    expect(hiddenWidths(wider)).toEqual([6, 4, 4]);
    const fewer = apply(wider, layersPatch(wider, 2));
    expect(hiddenWidths(fewer)).toEqual([6, 4]);
    const more = apply(fewer, layersPatch(fewer, 5));
    expect(hiddenWidths(more)).toEqual([6, 4, 4, 4, 4]);
    // through zero layers and back: uniform at the last common width (nothing left to keep)
    const none = apply(more, layersPatch(more, 0));
    expect(hiddenWidths(none)).toEqual([]);
    expect(hiddenWidths(apply(none, layersPatch(none, 2)))).toEqual([4, 4]);
    expect(layersPatch(s, 7)).toBeNull();
    expect(layersPatch(s, -1)).toBeNull();
  });

  it('uniform widths set on the diagram stay uniform when a layer is added by the slider', () => {
    // every layer widened to 5 on the diagram (explicit widths, `units` still 4)
    let t = s;
    for (const layer of [1, 2, 3]) t = apply(t, resizePatch(t, { layer, units: 1 }));
    expect(uniformWidth(t)).toBe(5);
    const deeper = apply(t, layersPatch(t, 4));
    expect(hiddenWidths(deeper)).toEqual([5, 5, 5, 5]);
    expect(uniformWidth(deeper)).toBe(5);
  });
});

describe('input features on the diagram', () => {
  it('every feature has a slot in the input column; the network’s inputs sit in their features’ slots', () => {
    const sizes = [3, 8, 1];
    const g = diagramGeometry(sizes, 600, { total: 7, active: [0, 2, 5], gutter: 44 });
    expect(g.slots).toHaveLength(7);
    expect(g.units[0]).toEqual([g.slots[0], g.slots[2], g.slots[5]]);
    // the names' gutter is on the left of the column, and the tallest column sets the height
    expect(g.slots[0].x).toBe(8 + 44);
    expect(g.height).toBe(diagramGeometry([7, 8, 1], 600).height);
    expect(diagramGeometry([2, 3, 1], 600, { total: 7, active: [0, 1], gutter: 44 }).height).toBe(
      diagramGeometry([7, 3, 1], 600).height,
    );
    // slots are PITCH apart, and an inactive slot is not a unit of the network
    expect(hitTest(g, g.slots[1].x + 2, g.slots[1].y + 2)).toBeNull();
    expect(hitTest(g, g.slots[2].x + 2, g.slots[2].y + 2)).toEqual({ kind: 'unit', layer: 0, unit: 1 });
  });

  it('the toggles over the slots have one box whatever the width and the network (no shift once the width is measured)', () => {
    const column = { total: 7, active: [0, 1], gutter: 44 };
    const unmeasured = diagramGeometry([2, 8, 8, 1], 200, column); // before the width is known
    expect(unmeasured.unit).toBeLessThan(34);
    for (const [sizes, width] of [
      [[2, 8, 8, 1], 358],
      [[2, 8, 8, 1], 1100],
      [[2, 16, 16, 16, 16, 1], 358],
    ] as const) {
      const g = diagramGeometry(sizes, width, column);
      expect(g.toggles).toEqual(unmeasured.toggles);
      // each toggle is centred on its slot's unit and at least as large as it
      g.toggles.forEach((t, s) => {
        expect(t.top + t.height / 2).toBeCloseTo(g.slots[s].y + g.unit / 2, 9);
        expect(t.height).toBeGreaterThanOrEqual(g.unit);
        expect(t.width).toBeGreaterThanOrEqual(g.slots[s].x + g.unit);
      });
    }
    // neighbouring toggles do not overlap
    const t = unmeasured.toggles;
    for (let s = 1; s < t.length; s++)
      expect(t[s].top).toBeGreaterThanOrEqual(t[s - 1].top + t[s - 1].height);
  });

  it('a feature turns on and off, but the last one on stays on', () => {
    const on = { ...defaults, x1Squared: false };
    expect(featurePatch(on, 'x1Squared')).toEqual({ x1Squared: true });
    expect(featurePatch(on, 'x1')).toEqual({ x1: false });
    const one = { ...defaults, x1: false };
    expect(featurePatch(one, 'x2')).toBeNull();
    expect(configFromState({ ...one, ...featurePatch(one, 'sinX1') }).features).toEqual(['x2', 'sinX1']);
  });
});
