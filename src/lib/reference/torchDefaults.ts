/**
 * PyTorch's documented constructor defaults (torch.optim, PyTorch 2.x documentation), written as
 * the package's option names. This is the one hand-typed table on the reference page: it is the
 * other library's documentation, and a test checks that the package really behaves with these
 * values as its defaults (see optimizerReference.test.ts).
 */
export interface TorchOption {
  /** The package's option name. */
  option: string;
  /** The keyword PyTorch uses. */
  torch: string;
  /** PyTorch's default; 'required' where PyTorch has none. */
  value: number | boolean | 'required';
}

export interface TorchOptimizer {
  torchClass: string;
  options: TorchOption[];
}

const adamOptions = (weightDecay: number): TorchOption[] => [
  { option: 'lr', torch: 'lr', value: 1e-3 },
  { option: 'beta1', torch: 'betas[0]', value: 0.9 },
  { option: 'beta2', torch: 'betas[1]', value: 0.999 },
  { option: 'eps', torch: 'eps', value: 1e-8 },
  { option: 'weightDecay', torch: 'weight_decay', value: weightDecay },
  { option: 'amsgrad', torch: 'amsgrad', value: false },
];

export const TORCH_OPTIMIZERS: Record<string, TorchOptimizer | null> = {
  sgd: {
    torchClass: 'torch.optim.SGD',
    options: [
      { option: 'lr', torch: 'lr', value: 'required' },
      { option: 'momentum', torch: 'momentum', value: 0 },
      { option: 'dampening', torch: 'dampening', value: 0 },
      { option: 'weightDecay', torch: 'weight_decay', value: 0 },
      { option: 'nesterov', torch: 'nesterov', value: false },
    ],
  },
  adagrad: {
    torchClass: 'torch.optim.Adagrad',
    options: [
      { option: 'lr', torch: 'lr', value: 1e-2 },
      { option: 'lrDecay', torch: 'lr_decay', value: 0 },
      { option: 'weightDecay', torch: 'weight_decay', value: 0 },
      { option: 'initialAccumulatorValue', torch: 'initial_accumulator_value', value: 0 },
      { option: 'eps', torch: 'eps', value: 1e-10 },
    ],
  },
  rmsprop: {
    torchClass: 'torch.optim.RMSprop',
    options: [
      { option: 'lr', torch: 'lr', value: 1e-2 },
      { option: 'alpha', torch: 'alpha', value: 0.99 },
      { option: 'eps', torch: 'eps', value: 1e-8 },
      { option: 'weightDecay', torch: 'weight_decay', value: 0 },
      { option: 'momentum', torch: 'momentum', value: 0 },
      { option: 'centered', torch: 'centered', value: false },
    ],
  },
  adam: { torchClass: 'torch.optim.Adam', options: adamOptions(0) },
  adamw: { torchClass: 'torch.optim.AdamW', options: adamOptions(1e-2) },
  adadelta: {
    torchClass: 'torch.optim.Adadelta',
    options: [
      { option: 'lr', torch: 'lr', value: 1.0 },
      { option: 'rho', torch: 'rho', value: 0.9 },
      { option: 'eps', torch: 'eps', value: 1e-6 },
      { option: 'weightDecay', torch: 'weight_decay', value: 0 },
    ],
  },
  // The classical "lr inside" form has no PyTorch class: torch.optim.SGD keeps the lr outside.
  heavyBall: null,
  // Loshchilov & Hutter's own convention (a schedule multiplier on both the step and the decay):
  // PyTorch's AdamW scales the decay by the lr instead, so there is no class to compare with.
  adamwPaper: null,
  // SGD with decoupled decay (Loshchilov & Hutter's SGDW): torch.optim.SGD's weight_decay is the
  // coupled L2 term, so PyTorch has no class for it.
  sgdw: null,
  // The "Beyond AdamW" optimizers have no class in torch.optim matching the algorithm the package
  // implements; each is checked against its authors' PyTorch code instead (packages/optim/README.md,
  // "How they are checked"). Lion: google/automl lion_pytorch.py. Adafactor: transformers'
  // Adafactor (torch.optim.Adafactor, PyTorch ≥ 2.5, has other options: its lr is the cap in
  // ρ_t = min(lr, 1/√t), ε₁ floors 1ᵀR and √V̂ instead of being added to G², and it decays by lr·λ). LAMB: torch-optimizer's Lamb and the paper. LARS and Shampoo: the
  // papers' algorithm boxes. Muon: KellerJordan/Muon muon.py. SOAP: nikhilvyas/SOAP soap.py.
  // Schedule-Free: facebookresearch/schedule_free.
  lion: null,
  adafactor: null,
  lamb: null,
  lars: null,
  muon: null,
  muonWithAdamw: null,
  shampoo: null,
  soap: null,
  scheduleFreeSgd: null,
  scheduleFreeAdamw: null,
};
