// Paints the network diagram on its canvas: links coloured by sign and thickened by |w|, each
// unit's DIAGRAM_GRID² heatmap scaled up, the highlighted item outlined. Loaded on its own
// (NetworkDiagram imports it dynamically), so the page's first load does not carry it.
import { fillPixels, makeCanvas, type AnyCanvas, type Palette } from './drawBoundary.ts';
import { DIAGRAM_GRID } from './frame.ts';
import { linkEnds, linkStyle, linkWeight, type DiagramGeometry, type DiagramItem } from './diagramLayout.ts';
import type { Problem } from './model.ts';

const CELLS = DIAGRAM_GRID * DIAGRAM_GRID;

let scratch: { canvas: AnyCanvas; image: ImageData } | null = null;

export interface DiagramPicture {
  geom: DiagramGeometry;
  sizes: readonly number[];
  theta: Float32Array;
  units: Float32Array;
  pal: Palette;
  problem: Problem;
  /** The outlined unit or link. */
  mark: DiagramItem | null;
  /** Input slots not fed to the network, drawn dimmed from their feature's tile (featureTiles). */
  inactive: readonly number[];
  tiles: Float32Array;
  /** Device pixels per CSS pixel (the page's; a worker has no window). */
  dpr: number;
}

/** Paints links, then unit heatmaps (inactive inputs dimmed), then the highlighted item's outline. */
export function drawDiagram(
  c: AnyCanvas,
  { geom: g, sizes, theta, units, pal, problem, mark, inactive, tiles, dpr }: DiagramPicture,
): void {
  const W = Math.round(g.width * dpr);
  const H = Math.round(g.height * dpr);
  if (c.width !== W) c.width = W;
  if (c.height !== H) c.height = H;
  const ctx = c.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, g.width, g.height);
  const rgb = (v: readonly number[]) => `rgb(${v[0]},${v[1]},${v[2]})`;
  const L = sizes.length - 1;
  const enough = units.length === sizes.reduce((a, b) => a + b, 0) * CELLS;
  // links
  for (let l = 1; l <= L; l++)
    for (let j = 0; j < sizes[l]; j++)
      for (let i = 0; i < sizes[l - 1]; i++) {
        const w = linkWeight(theta, sizes, l, i, j);
        const s = linkStyle(w);
        const [x0, y0, x1, y1] = linkEnds(g, l, i, j);
        ctx.globalAlpha = s.alpha;
        ctx.strokeStyle = rgb(s.positive ? pal.one : pal.zero);
        ctx.lineWidth = s.width;
        ctx.beginPath();
        ctx.moveTo(x0, y0);
        ctx.lineTo(x1, y1);
        ctx.stroke();
      }
  ctx.globalAlpha = 1;
  // units: each its DIAGRAM_GRID² heatmap, scaled up with smoothing
  if (!scratch) {
    const canvas = makeCanvas(DIAGRAM_GRID, DIAGRAM_GRID);
    const sctx = canvas.getContext('2d');
    if (!sctx) return;
    scratch = { canvas, image: sctx.createImageData(DIAGRAM_GRID, DIAGRAM_GRID) };
  }
  const { canvas: small, image: img } = scratch;
  const sctx = small.getContext('2d');
  if (!sctx) return;
  ctx.imageSmoothingEnabled = true;
  const paintTile = (values: Float32Array, from: number, scale: Problem, x: number, y: number) => {
    fillPixels(img.data, values, from, CELLS, pal, scale);
    sctx.putImageData(img, 0, 0);
    ctx.drawImage(small, x, y, g.unit, g.unit);
  };
  // inputs the network does not see: faint, with a dashed edge
  for (const s of inactive) {
    const { x, y } = g.slots[s];
    ctx.globalAlpha = 0.3;
    paintTile(tiles, s * CELLS, 'regression', x, y);
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1;
    ctx.strokeStyle = pal.ink;
    ctx.setLineDash([3, 3]);
    ctx.strokeRect(x + 0.5, y + 0.5, g.unit - 1, g.unit - 1);
    ctx.setLineDash([]);
  }
  let o = 0;
  for (let l = 0; l <= L; l++)
    for (let j = 0; j < sizes[l]; j++, o += CELLS) {
      const { x, y } = g.units[l][j];
      // hidden units and inputs on the −1 … 1 scale; the output as the boards draw it
      if (enough) paintTile(units, o, l === L ? problem : 'regression', x, y);
      ctx.lineWidth = 1;
      ctx.strokeStyle = pal.ink;
      ctx.strokeRect(x + 0.5, y + 0.5, g.unit - 1, g.unit - 1);
    }
  // the highlighted unit or link
  if (mark) {
    ctx.strokeStyle = pal.ink;
    if (mark.kind === 'unit') {
      const u = g.units[mark.layer]?.[mark.unit];
      if (u) {
        ctx.lineWidth = 3;
        ctx.strokeRect(u.x - 2.5, u.y - 2.5, g.unit + 5, g.unit + 5);
      }
    } else if (g.units[mark.layer]?.[mark.to] && g.units[mark.layer - 1]?.[mark.from]) {
      const [x0, y0, x1, y1] = linkEnds(g, mark.layer, mark.from, mark.to);
      ctx.lineWidth = 2;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x0, y0 - 4);
      ctx.lineTo(x1, y1 - 4);
      ctx.moveTo(x0, y0 + 4);
      ctx.lineTo(x1, y1 + 4);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
}
