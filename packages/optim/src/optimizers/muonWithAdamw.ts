import type { LearningRate, Transform } from '../types.ts';
import type { ParamBlock, ParamLayout } from '../matrices/paramLayout.ts';
import { partition, type PartitionState } from '../transforms/partition.ts';
import { muon, type MuonOptions } from './muon.ts';
import { adamw } from './adamw.ts';

export interface MuonWithAdamwOptions {
  /** Every block of the model. */
  layout: ParamLayout;
  /**
   * Which blocks Muon takes; default: every matrix block. muon.py's advice is *hidden* matrices
   * only — exclude the input embedding and the output head (e.g. by `name`), which then go to AdamW
   * with the vectors.
   */
  useMuon?: (block: ParamBlock, index: number) => boolean;
  /** Muon's options (without layout); defaults as {@link muon}: lr 0.02, momentum 0.95, λ = 0. */
  muon?: Omit<MuonOptions, 'layout'>;
  /**
   * The auxiliary AdamW's options; defaults as muon.py's `SingleDeviceMuonWithAuxAdam`:
   * lr 3e-4, betas (0.9, 0.95), eps 1e-10, weightDecay 0.
   */
  adamw?: { lr?: LearningRate; beta1?: number; beta2?: number; eps?: number; weightDecay?: number };
}

/**
 * The hybrid every Muon user runs (muon.py `SingleDeviceMuonWithAuxAdam`, param groups with
 * `use_muon`): {@link muon} on the chosen matrix blocks, AdamW on everything else, each with its
 * own learning rate. A {@link partition} with labels 'muon' and 'adamw'; the state is
 * `{ muon: MuonState, adamw: AdamwState }`.
 */
export function muonWithAdamw(options: MuonWithAdamwOptions): Transform<PartitionState<'muon' | 'adamw'>> {
  const fn = 'muonWithAdamw';
  if (options === null || typeof options !== 'object')
    throw new RangeError(`${fn}: options { layout } required`);
  const {
    layout,
    useMuon = (b: ParamBlock) => b.shape.length === 2,
    muon: muonOptions = {},
    adamw: adamOptions = {},
  } = options;
  if (!Array.isArray(layout)) throw new RangeError(`${fn}: layout must be an array of blocks`);
  const labels = layout.map((b, i) => {
    const take = useMuon(b, i);
    if (take && b.shape.length !== 2)
      throw new RangeError(`${fn}: useMuon chose block ${i}, which is not a matrix`);
    return take ? ('muon' as const) : ('adamw' as const);
  });
  const { lr = 3e-4, beta1 = 0.9, beta2 = 0.95, eps = 1e-10, weightDecay = 0 } = adamOptions;
  return partition({
    layout,
    labels,
    parts: {
      muon: (sub: ParamBlock[]) => muon({ ...muonOptions, layout: sub }),
      adamw: adamw({ lr, beta1, beta2, eps, weightDecay }),
    },
  });
}
