import type { ParamBlock } from './paramLayout.ts';

/**
 * The {@link ParamBlock} layout of an {@link mlp}'s flat parameter vector: per layer l (from 1),
 * the weight matrix `W{l}` (outputs × inputs, row-major) then the bias `b{l}` — so matrix-aware
 * optimizers (Muon, Shampoo, SOAP, Adafactor, LAMB, LARS) can train the package's networks.
 */
export function mlpParamLayout(net: {
  readonly layout: readonly { weights: number; bias: number; inputs: number; outputs: number }[];
}): ParamBlock[] {
  const blocks: ParamBlock[] = [];
  net.layout.forEach(({ weights, bias, inputs, outputs }, l) => {
    blocks.push({ offset: weights, shape: [outputs, inputs], name: `W${l + 1}` });
    blocks.push({ offset: bias, shape: [outputs], name: `b${l + 1}` });
  });
  return blocks;
}
