import { describe, expect, it } from 'vitest';
import { fieldName } from './fieldName.ts';

describe('fieldName(field)', () => {
  it('writes a state field in kebab case, as ?hide= takes it', () => {
    expect(fieldName('maxNorm')).toBe('max-norm');
    expect(fieldName('expGamma')).toBe('exp-gamma');
    expect(fieldName('lr')).toBe('lr');
    expect(fieldName('threshold_mode')).toBe('threshold-mode');
    expect(fieldName('l2Factor')).toBe('l2-factor');
  });
});
