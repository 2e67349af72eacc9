import { describe, expect, it } from 'vitest';
import { texToText } from './texToText.ts';

describe('texToText(text)', () => {
  it.each([
    ['$\\alpha_t = 0.1/\\sqrt{t}$', 'alpha sub t = 0.1/ square root of t'],
    ['$\\alpha_t = 0.5/t^{0.75}$', 'alpha sub t = 0.5/t to the power 0.75'],
    ['$\\frac{1}{n}\\nabla f(x)$', '(1) over (n) gradient of f(x)'],
    ['Only when every $f_i$ is convex', 'Only when every f sub i is convex'],
  ])('texToText(%j) → %j', (tex, text) => expect(texToText(tex)).toBe(text));
});
