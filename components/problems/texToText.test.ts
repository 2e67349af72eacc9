import { describe, expect, it } from 'vitest';
import { loadProblem, problemIndex } from '../../src/lib/problems/registry.ts';
import { texToText } from './texToText.ts';

describe('texToText(text)', () => {
  it.each([
    ['$\\eta_t = 0.1/\\sqrt{t}$', 'eta sub t = 0.1/ square root of t'],
    ['$\\eta_t = 0.5/t^{0.75}$', 'eta sub t = 0.5/t to the power 0.75'],
    ['$\\frac{1}{n}\\nabla f(x)$', '(1) over (n) gradient of f(x)'],
    ['$n\\, \\nabla f(x)$', 'n gradient of f(x)'],
    ['Only when every $f_i$ is convex', 'Only when every f sub i is convex'],
    ['$\\lVert g \\rVert^2 \\le 1$', 'norm of g end norm to the power 2 ≤ 1'],
    ['$\\hat{v}_t$ and $\\mathbb{E}[g]$', 'v hat sub t and E [g]'],
  ])('texToText(%j) → %j', (tex, text) => expect(texToText(tex)).toBe(text));

  it('texToText leaves no TeX syntax in the spoken name of any choice in the bank (10 seeds each)', async () => {
    const leftovers: string[] = [];
    let options = 0;
    for (const { id } of problemIndex()) {
      const problem = await loadProblem(id);
      for (let seed = 1; seed <= 10; seed++) {
        const answer = problem!.instantiate(seed).answer;
        if (answer.kind !== 'choice') break;
        for (const o of answer.options) {
          options++;
          const spoken = texToText(o.label);
          if (/[\\{}$^_]/.test(spoken) || spoken === '') leftovers.push(`${id}: ${o.label} → ${spoken}`);
        }
      }
    }
    expect(options).toBeGreaterThan(0);
    expect(leftovers).toEqual([]);
  });
});
