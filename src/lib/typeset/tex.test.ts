import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { paren, tex } from './tex.ts';
import { figures, places } from './texNumber.ts';

describe('tex`…` with computed numbers', () => {
  it('puts each number inside the formula, TeX kept raw', () => {
    expect(tex`\theta_1 = ${0.8}`).toBe('\\theta_1 = 0.8');
    expect(tex`\frac{${1}}{${12345}}`).toBe('\\frac{1}{12\\,345}');
  });

  it('brackets a negative number after an operator or before a power, braces scripts', () => {
    expect(tex`\theta_1 = 1 - 0.1\cdot ${-2} = ${1.2}`).toBe('\\theta_1 = 1 - 0.1\\cdot (-2) = 1.2');
    expect(tex`g_2 = ${-1}`).toBe('g_2 = -1');
    expect(tex`${-3}^2`).toBe('(-3)^2');
    expect(tex`e^${-2}`).toBe('e^{-2}');
    expect(tex`\eta_${15}`).toBe('\\eta_{15}');
    expect(tex`g = ${paren(-0.5)}`).toBe('g = (-0.5)');
    expect(tex`${2e-4}^2`).toBe('(2 \\times 10^{-4})^2');
  });

  it('writes an array of numbers as a list', () => {
    expect(tex`x_i = ${[1, 2, -1, 12345]}`).toBe('x_i = 1, 2, -1, 12\\,345');
  });

  it('writes a number at the precision it is given', () => {
    expect(tex`m_1 = ${figures(0.2, 3)}`).toBe('m_1 = 0.200');
    expect(tex`x = ${places(-0.5, 2)}`).toBe('x = -0.50');
  });

  it('produces TeX that KaTeX renders in strict mode', () => {
    const s = tex`\theta_2 = ${-0.0123456} + ${paren(-1e-9)} \cdot ${-7}`;
    expect(() => katex.renderToString(s, { strict: 'error', throwOnError: true })).not.toThrow();
  });
});
