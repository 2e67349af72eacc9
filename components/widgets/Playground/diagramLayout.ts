// The network diagram's geometry and navigation, pure: where each unit's heatmap and each link
// sit on the canvas, which item the pointer is over, where the arrow keys go, and how a weight is
// drawn (colour by sign, width and opacity by |w|). NetworkDiagram paints from these.

/** A unit (layer 0 = the inputs, the last layer = the output) or the link into unit `to` of
 *  layer `layer` from unit `from` of the layer below (weight W_layer[to, from]). */
export type DiagramItem =
  { kind: 'unit'; layer: number; unit: number } | { kind: 'link'; layer: number; from: number; to: number };

export interface DiagramGeometry {
  width: number;
  height: number;
  /** Side of a unit's square heatmap, px. */
  unit: number;
  /** Top-left corner of every unit, layer by layer (layer 0: the active inputs only). */
  units: { x: number; y: number }[][];
  /** Top-left corner of every input slot, active or not (the inputs column when `inputs` is given). */
  slots: { x: number; y: number }[];
  /**
   * The box of each input slot's toggle (the feature's name and its unit), from the left edge:
   * as tall as the column's largest unit and centred on the slot, so it depends on neither the
   * width nor the unit size. The width is measured after the first render, and toggles sized
   * from the unit grew from 24 to 34 px then (a layout shift on the playground's embed).
   */
  toggles: { top: number; width: number; height: number }[];
}

/** The input column as the Playground draws it: every feature has a slot, the active ones are
 *  the network's inputs; `gutter` px on the left hold the features' names. */
export interface InputColumn {
  total: number;
  /** Slot of each network input, in order (increasing). */
  active: readonly number[];
  gutter: number;
}

const PAD = 8;
/** Vertical distance between units' centres: fixed, so the height never depends on the width
 *  (the page does not shift when the width is measured after the first render). */
export const PITCH = 42;
/**
 * Rows the diagram is always tall enough for: the default network's 8 units (and the 7 input
 * features). A taller column packs its units closer instead of growing the diagram, so adding a
 * unit never moves the boards' charts and the rest of the lesson (a growing canvas relaid and
 * repainted the whole widget on every press of "Units per hidden layer": 2× the press's layout
 * and paint at 4× CPU).
 */
export const ROWS = 8;
/** A unit's side as a share of its column's pitch, at most (34 px in 42: the gap between units). */
const FILL = 34 / 42;

/**
 * Layers as evenly spaced columns across `width`, each column's units stacked PITCH apart (closer
 * in a column of more than ROWS) and centred vertically; units as large as the columns' spacing
 * allows (16 … 34 px, smaller only to fit the densest column), so that links between neighbouring
 * columns stay at least as long as a unit is wide. With `inputs`, the first column has a slot for
 * every feature (after a gutter for their names) and the network's inputs sit in their features'
 * slots. The height depends on neither the width nor the layers' sizes.
 */
export function diagramGeometry(
  sizes: readonly number[],
  width: number,
  inputs?: InputColumn,
): DiagramGeometry {
  const cols = sizes.length;
  const left = PAD + (inputs?.gutter ?? 0);
  const inner = Math.max(0, width - left - PAD);
  const height = 2 * PAD + Math.max(ROWS, inputs?.total ?? 0) * PITCH;
  const pitchOf = (n: number) => Math.min(PITCH, (height - 2 * PAD) / n);
  const densest = pitchOf(Math.max(inputs?.total ?? 0, ...sizes));
  const unit = Math.min(Math.round(Math.min(34, Math.max(16, inner / cols / 2))), Math.floor(densest * FILL));
  const step = cols > 1 ? (inner - unit) / (cols - 1) : 0;
  const column = (n: number, l: number) => {
    const x = left + l * step;
    const pitch = pitchOf(n);
    const top = height / 2 - (n * pitch) / 2 + (pitch - unit) / 2;
    return Array.from({ length: n }, (_, j) => ({ x, y: top + j * pitch }));
  };
  const units = sizes.map((n, l) => column(n, l));
  const slots = inputs ? column(inputs.total, 0) : units[0];
  if (inputs) units[0] = inputs.active.map((s) => slots[s]);
  const slotPitch = pitchOf(slots.length);
  const side = Math.floor(slotPitch * FILL);
  const toggles = slots.map((s) => ({
    top: s.y + unit / 2 - side / 2, // = the slot's centre − side / 2, whatever the unit
    width: left + side,
    height: side,
  }));
  return { width, height, unit, units, slots, toggles };
}

/** A link's end points: the right edge of the lower unit to the left edge of the upper one. */
export function linkEnds(
  g: DiagramGeometry,
  layer: number,
  from: number,
  to: number,
): [number, number, number, number] {
  const a = g.units[layer - 1][from];
  const b = g.units[layer][to];
  return [a.x + g.unit, a.y + g.unit / 2, b.x, b.y + g.unit / 2];
}

/** Distance from (px, py) to the segment (x0, y0)–(x1, y1). */
function segmentDistance(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.min(1, Math.max(0, ((px - x0) * dx + (py - y0) * dy) / len2)) : 0;
  return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
}

/** The unit under (x, y), else the nearest link within `reach` px, else null. */
export function hitTest(g: DiagramGeometry, x: number, y: number, reach = 4): DiagramItem | null {
  for (let l = 0; l < g.units.length; l++)
    for (let j = 0; j < g.units[l].length; j++) {
      const u = g.units[l][j];
      if (x >= u.x && x <= u.x + g.unit && y >= u.y && y <= u.y + g.unit)
        return { kind: 'unit', layer: l, unit: j };
    }
  let best: DiagramItem | null = null;
  let bestD = reach;
  for (let l = 1; l < g.units.length; l++) {
    const x0 = g.units[l - 1][0].x + g.unit;
    const x1 = g.units[l][0].x;
    if (x < x0 - reach || x > x1 + reach) continue;
    for (let j = 0; j < g.units[l].length; j++)
      for (let i = 0; i < g.units[l - 1].length; i++) {
        const d = segmentDistance(x, y, ...linkEnds(g, l, i, j));
        if (d <= bestD) {
          bestD = d;
          best = { kind: 'link', layer: l, from: i, to: j };
        }
      }
  }
  return best;
}

/**
 * Keyboard navigation over a grid of columns: column 2l holds layer l's units, column 2l + 1 the
 * links into layer l + 1 (ordered by target unit, then source unit). Up/Down move within a column,
 * Left/Right to the neighbouring column at the same relative height, Home/End to the column's
 * first or last item. Null for other keys.
 */
export function moveItem(item: DiagramItem, key: string, sizes: readonly number[]): DiagramItem | null {
  const L = sizes.length - 1;
  const colOf = (it: DiagramItem) => (it.kind === 'unit' ? 2 * it.layer : 2 * it.layer - 1);
  const lengthOf = (c: number) => (c % 2 === 0 ? sizes[c / 2] : sizes[(c - 1) / 2] * sizes[(c + 1) / 2]);
  const indexOf = (it: DiagramItem) => (it.kind === 'unit' ? it.unit : it.to * sizes[it.layer - 1] + it.from);
  const itemAt = (c: number, k: number): DiagramItem => {
    if (c % 2 === 0) return { kind: 'unit', layer: c / 2, unit: k };
    const layer = (c + 1) / 2;
    const below = sizes[layer - 1];
    return { kind: 'link', layer, from: k % below, to: Math.floor(k / below) };
  };
  const c = colOf(item);
  const n = lengthOf(c);
  const k = Math.min(n - 1, Math.max(0, indexOf(item)));
  switch (key) {
    case 'ArrowUp':
      return itemAt(c, Math.max(0, k - 1));
    case 'ArrowDown':
      return itemAt(c, Math.min(n - 1, k + 1));
    case 'Home':
      return itemAt(c, 0);
    case 'End':
      return itemAt(c, n - 1);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const next = Math.min(2 * L, Math.max(0, c + (key === 'ArrowLeft' ? -1 : 1)));
      const m = lengthOf(next);
      return itemAt(next, Math.min(m - 1, Math.floor(((k + 0.5) / n) * m)));
    }
    default:
      return null;
  }
}

/** Where layer l's weights and biases sit in θ (the package's mlp layout: W₁, b₁, W₂, b₂, …). */
export function thetaOffsets(
  sizes: readonly number[],
): { weights: number; bias: number; inputs: number; outputs: number }[] {
  const out = [];
  let o = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const inputs = sizes[l];
    const outputs = sizes[l + 1];
    out.push({ weights: o, bias: o + inputs * outputs, inputs, outputs });
    o += inputs * outputs + outputs;
  }
  return out;
}

/** The weight of a link: W_layer[to, from] in θ. */
export function linkWeight(
  theta: ArrayLike<number>,
  sizes: readonly number[],
  layer: number,
  from: number,
  to: number,
): number {
  const off = thetaOffsets(sizes)[layer - 1];
  return theta[off.weights + to * off.inputs + from];
}

/** A link's stroke: the sign picks the colour (positive: class 1's hue, as the Playground),
 *  |w| the width (0.5 … 6 px) and opacity, saturating smoothly as |w| / (1 + |w|). */
export function linkStyle(w: number): { positive: boolean; width: number; alpha: number } {
  const a = Number.isFinite(w) ? Math.abs(w) : 0;
  const s = a / (1 + a);
  return { positive: !(w < 0), width: 0.5 + 5.5 * s, alpha: 0.2 + 0.8 * s };
}

/** The same item (deep equality), for highlighting. */
export function sameItem(a: DiagramItem | null, b: DiagramItem | null): boolean {
  if (!a || !b || a.kind !== b.kind || a.layer !== b.layer) return false;
  return a.kind === 'unit'
    ? a.unit === (b as typeof a).unit
    : a.from === (b as typeof a).from && a.to === (b as typeof a).to;
}

/** The item clamped into a network of these sizes (after a unit or layer is removed). */
export function clampItem(item: DiagramItem, sizes: readonly number[]): DiagramItem {
  const L = sizes.length - 1;
  const clamp = (v: number, n: number) => Math.min(n - 1, Math.max(0, v));
  if (item.kind === 'unit') {
    const layer = clamp(item.layer, L + 1);
    return { kind: 'unit', layer, unit: clamp(item.unit, sizes[layer]) };
  }
  const layer = Math.min(L, Math.max(1, item.layer));
  return { kind: 'link', layer, from: clamp(item.from, sizes[layer - 1]), to: clamp(item.to, sizes[layer]) };
}
