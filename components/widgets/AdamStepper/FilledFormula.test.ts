import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { formulaLines } from './FilledFormula.tsx';
import { adamStepper } from './model.ts';
import { AdamStepperState } from './state.ts';

describe('formulaLines({ row, … })', () => {
  it('writes update t with its numbers, brackets negatives, and every line typesets', () => {
    const s = AdamStepperState.parse({ stream: 'alternating', clip: true, maxNorm: 0.5 });
    const { rows } = adamStepper(s);
    const lines = formulaLines({
      row: rows[1],
      beta1: s.beta1,
      beta2: s.beta2,
      eps: s.eps,
      lr: s.lr,
      clip: true,
      maxNorm: 0.5,
    });
    expect(lines).toHaveLength(6);
    // g₂ = −0.5 is clipped to −0.5·0.5/(0.5 + 1e-6): written in brackets after the operator.
    expect(lines[0].tex).toContain('\\cdot (-0.5)');
    expect(lines[1].tex).toMatch(/^m_\{2\} = 0\.9\\cdot /);
    expect(lines[5].tex).toContain(`= ${String(Number(rows[1].update.toPrecision(4)))}`);
    for (const { tex } of lines)
      expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
    expect(lines.map((l) => l.tex + l.text).join(' ')).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('gives each line a plain-text twin with the same numbers, for screen readers', () => {
    const s = AdamStepperState.parse({ stream: 'constant', scale: 2 });
    const { rows } = adamStepper(s);
    const lines = formulaLines({
      row: rows[2],
      beta1: s.beta1,
      beta2: s.beta2,
      eps: s.eps,
      lr: s.lr,
      clip: false,
      maxNorm: 1,
    });
    const numbers = (str: string) => (str.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    // The final value of every line appears, rounded the same way, in both forms.
    for (const { tex, text } of lines) {
      const last = numbers(tex).at(-1);
      expect(numbers(text)).toContain(last);
      expect(text).not.toMatch(/\\|[{}]/);
    }
    expect(lines[0].text).toBe('g 3 = 2');
  });
});
