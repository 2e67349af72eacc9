import katex from 'katex';
import { memo, useMemo } from 'react';
import type { AdamRow } from './model.ts';
import { texNumber } from './texNumber.ts';

interface Props { row: AdamRow; beta1: number; beta2: number; eps: number; lr: number; clip: boolean; maxNorm: number }

const n = (x: number) => texNumber(x);
const b = (x: number) => texNumber(x, { bracket: true });

/** The TeX lines of update t with every symbol replaced by its number (numbers only, no user text). */
export function formulaLines({ row, beta1, beta2, eps, lr, clip, maxNorm }: Props): string[] {
  const t = row.t;
  const lines: string[] = [];
  if (clip) {
    lines.push(`g_{${t}} = \\min\\!\\Big(1, \\tfrac{${n(maxNorm)}}{|${n(row.gRaw)}| + 10^{-6}}\\Big)\\cdot ${b(row.gRaw)} = ${n(row.g)}`);
  } else {
    lines.push(`g_{${t}} = ${n(row.g)}`);
  }
  // β m_{t−1} + (1 − β) g with the numbers in place; the symbolic rule is in the lesson text beside it.
  lines.push(`m_{${t}} = ${n(beta1)}\\cdot ${b(row.mPrev)} + ${n(1 - beta1)}\\cdot ${b(row.g)} = ${n(row.m)}`);
  lines.push(`v_{${t}} = ${n(beta2)}\\cdot ${n(row.vPrev)} + ${n(1 - beta2)}\\cdot ${b(row.g)}^2 = ${n(row.v)}`);
  lines.push(`\\hat m_{${t}} = \\frac{m_{${t}}}{1-\\beta_1^{${t}}} = \\frac{${n(row.m)}}{${n(1 / row.bc1)}} = ${n(row.mHat)}`);
  lines.push(`\\hat v_{${t}} = \\frac{v_{${t}}}{1-\\beta_2^{${t}}} = \\frac{${n(row.v)}}{${n(1 / row.bc2)}} = ${n(row.vHat)}`);
  lines.push(`\\theta_{${t}} - \\theta_{${t - 1}} = -${n(lr)}\\cdot\\frac{${n(row.mHat)}}{\\sqrt{${n(row.vHat)}} + ${n(eps)}} = ${n(row.update)}`);
  return lines;
}

/**
 * Update t of Adam written out with its numbers, rendered by KaTeX (the same library the problem
 * player already loads on this page). The TeX is built from numbers the model computed, never
 * from the URL or user input, so inserting KaTeX's HTML is safe.
 */
export const FilledFormula = memo(function FilledFormula(props: Props) {
  const { row, beta1, beta2, eps, lr, clip, maxNorm } = props;
  const html = useMemo(() => formulaLines({ row, beta1, beta2, eps, lr, clip, maxNorm }).map((tex) => {
    try {
      return katex.renderToString(tex, { throwOnError: true, displayMode: true, output: 'htmlAndMathml' });
    } catch {
      return '';
    }
  }), [row, beta1, beta2, eps, lr, clip, maxNorm]);
  return (
    <div className="as-formula" tabIndex={0} role="group" aria-label={`Adam's update ${row.t} with its numbers`}>
      {html.map((h, i) => <div key={i} className="as-formula-line" dangerouslySetInnerHTML={{ __html: h }} />)}
    </div>
  );
});
