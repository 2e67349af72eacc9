/**
 * How the course names the rows of the package's `memoryTable` / `memoryByFormula` (its keys, e.g.
 * "sgd (momentum)"), in the lesson's memory table and the memory calculator alike. Where a row
 * means something particular in one setting (which tensors Muon leaves to AdamW), that place
 * overrides the label: `{ ...MEMORY_ROW_LABELS, [key]: '…' }`.
 */
export const MEMORY_ROW_LABELS: Readonly<Record<string, string>> = {
  sgd: 'SGD',
  'sgd (momentum)': 'SGD with momentum',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adadelta: 'Adadelta',
  adam: 'Adam',
  'adam (amsgrad)': 'Adam (AMSGrad)',
  adamw: 'AdamW',
  lion: 'Lion',
  adafactor: 'Adafactor',
  'adafactor (β₁ = 0.9)': 'Adafactor with β₁ = 0.9',
  lamb: 'LAMB',
  lars: 'LARS',
  'muon (+ adamw for vectors)': 'Muon (AdamW on the vectors)',
  shampoo: 'Shampoo',
  soap: 'SOAP',
  scheduleFreeSgd: 'Schedule-Free SGD',
  scheduleFreeAdamw: 'Schedule-Free AdamW',
};
