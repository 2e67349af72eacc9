import { mlpParamLayout, type Mlp } from '@descent/optim';
import type { NetworkLayout } from './trainingConfigSpecs.ts';

/**
 * mlpNetworkLayout(net) → the network's blocks (W1, b1, W2, …) with its hidden weight matrices
 * marked: every weight matrix but the last, which is the output layer. Muon and Shampoo train
 * those (muon.py's "hidden" 2-D weights); with no hidden layer there are none.
 */
export function mlpNetworkLayout(net: Mlp): NetworkLayout {
  const blocks = mlpParamLayout(net);
  const last = blocks.length - 2;
  return { blocks, hidden: blocks.map((b, i) => b.shape.length === 2 && i < last) };
}
