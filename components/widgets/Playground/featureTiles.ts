// Every input feature over the network diagram's grid, for the input column: the active features
// are also the worker's layer-0 outputs, the inactive ones are drawn dimmed from these tiles so
// the reader sees what turning one on would feed the network. Pure, computed once.
import { featureMap, INPUT_FEATURES } from '@descent/optim';
import { DIAGRAM_GRID } from './frame.ts';
import { FEATURE_SCALE, gridInputs } from './model.ts';

let tiles: Float32Array | null = null;

/** Feature f's value at cell q of the DIAGRAM_GRID² grid is tiles[f · DIAGRAM_GRID² + q] (INPUT_FEATURES order). */
export function featureTiles(): Float32Array {
  if (tiles) return tiles;
  const cells = DIAGRAM_GRID * DIAGRAM_GRID;
  const count = INPUT_FEATURES.length;
  const map = featureMap({ features: INPUT_FEATURES.map((f) => f.id), scale: FEATURE_SCALE });
  const X = map.apply(gridInputs(DIAGRAM_GRID), cells);
  const out = new Float32Array(count * cells);
  for (let q = 0; q < cells; q++) for (let f = 0; f < count; f++) out[f * cells + q] = X[q * count + f];
  tiles = out;
  return out;
}
