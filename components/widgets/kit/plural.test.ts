import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

describe('plural(count, singular, pluralForm?)', () => {
  it('plural(1, "step") is singular, every other count plural', () => {
    expect(plural(1, 'step')).toBe('1 step');
    expect(plural(0, 'step')).toBe('0 steps');
    expect(plural(2, 'step')).toBe('2 steps');
    expect(plural(0.5, 'pass', 'passes')).toBe('0.5 passes');
  });
  it('plural accepts a formatted number string', () => {
    expect(plural('1', 'pass', 'passes')).toBe('1 pass');
    expect(plural('1.5', 'pass', 'passes')).toBe('1.5 passes');
  });
});
