/** fieldName('maxNorm') → 'max-norm': a state field as a control name (kebab case, for `?hide=`). */
export const fieldName = (field: string): string =>
  field
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
