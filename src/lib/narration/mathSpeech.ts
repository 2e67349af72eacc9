/** The part of a MathML element tree that speech needs (DOM elements satisfy it). */
export interface MathNode {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<MathNode>;
  getAttribute?(name: string): string | null;
}

const SYMBOLS: Record<string, string> = {
  '−': 'minus',
  '-': 'minus',
  '+': 'plus',
  '=': 'equals',
  '≤': 'is at most',
  '≥': 'is at least',
  '<': 'is less than',
  '>': 'is greater than',
  '≈': 'is approximately',
  '≠': 'is not equal to',
  '×': 'times',
  '⋅': 'times',
  '·': 'times',
  '∗': 'times',
  '/': 'over',
  '←': 'becomes',
  '→': 'to',
  '∈': 'in',
  '∑': 'the sum',
  '∏': 'the product',
  '∇': 'the gradient of',
  '∂': 'partial',
  '∞': 'infinity',
  '±': 'plus or minus',
  '∥': 'norm',
  '‖': 'norm',
  '⋆': 'star',
  '∗̲': 'star',
  '⊤': 'transpose',
  '′': 'prime',
  '…': 'and so on',
  '⋯': 'and so on',
  '(': '',
  ')': '',
  '[': '',
  ']': '',
  '{': '',
  '}': '',
  '|': '',
  ',': ',',
  ';': ';',
  θ: 'theta',
  η: 'eta',
  β: 'beta',
  α: 'alpha',
  γ: 'gamma',
  λ: 'lambda',
  μ: 'mu',
  σ: 'sigma',
  κ: 'kappa',
  ρ: 'rho',
  ε: 'epsilon',
  ϵ: 'epsilon',
  φ: 'phi',
  ϕ: 'phi',
  ϑ: 'theta',
  τ: 'tau',
  δ: 'delta',
  Δ: 'delta',
  π: 'pi',
  ν: 'nu',
  ξ: 'xi',
  ω: 'omega',
  ζ: 'zeta',
  χ: 'chi',
  ψ: 'psi',
  ι: 'iota',
  ο: 'omicron',
  υ: 'upsilon',
  ϱ: 'rho',
  ς: 'sigma',
  ϖ: 'pi',
  Γ: 'gamma',
  Θ: 'theta',
  Λ: 'lambda',
  Ξ: 'xi',
  Π: 'pi',
  Φ: 'phi',
  Ψ: 'psi',
  Ω: 'omega',
  Σ: 'sigma',
  E: 'E',
  ℓ: 'ell',
  ℝ: 'R',
};

/**
 * A token's text as words: symbols by name (θ → "theta", − → "minus"), while runs of Latin letters
 * and digits stay whole, so \text{base}, \min and 6260 are read "base", "min" and "6260", not
 * letter by letter. Invisible operators (function application, U+2061–U+2064) are dropped.
 */
const words = (s: string) =>
  (s.replace(/[\u2061-\u2064]/g, '').match(/[A-Za-z]{2,}|[0-9]+(?:\.[0-9]+)?|\S/gu) ?? [])
    .map((t) => SYMBOLS[t] ?? t)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
const kids = (n: MathNode) => Array.from(n.children);
const tag = (n: MathNode) => n.tagName.toLowerCase();

/** "squared", "cubed" or "to the power …" for an exponent already spoken as text. */
function power(exp: string): string {
  if (exp === '2') return 'squared';
  if (exp === '3') return 'cubed';
  if (exp === 'transpose' || exp === 'star' || exp === 'prime') return exp;
  return `to the power ${exp}`;
}

/**
 * mathToSpeech(node) → English words for a MathML tree (KaTeX's output), so narration reads
 * θ_{t−1} as "theta sub t minus 1" and \frac{1}{n} as "1 over n" instead of spelling symbols.
 */
export function mathToSpeech(node: MathNode): string {
  const t = tag(node);
  const c = kids(node);
  const say = (n: MathNode | undefined) => (n ? mathToSpeech(n) : '');
  switch (t) {
    case 'annotation':
      return '';
    case 'mi':
    case 'mn':
    case 'mo':
    case 'mtext':
      return words(node.textContent ?? '');
    case 'msup':
      return `${say(c[0])} ${power(say(c[1]))}`;
    case 'msub':
      return `${say(c[0])} sub ${say(c[1])}`;
    case 'msubsup':
      return `${say(c[0])} sub ${say(c[1])} ${power(say(c[2]))}`;
    case 'munder':
      return `${say(c[0])} over ${say(c[1])}`;
    case 'mover': {
      const accent = (c[1]?.textContent ?? '').trim();
      if (accent === '^' || accent === 'ˆ') return `${say(c[0])} hat`;
      if (accent === '~' || accent === '˜') return `${say(c[0])} tilde`;
      if (accent === '¯' || accent === '‾' || accent === '_' || accent === 'ˉ') return `${say(c[0])} bar`;
      return `${say(c[0])} ${say(c[1])}`;
    }
    case 'munderover':
      return `${say(c[0])} from ${say(c[1])} to ${say(c[2])}`;
    case 'mfrac':
      return `${say(c[0])} over ${say(c[1])}`;
    case 'msqrt':
      return `the square root of ${c.map(say).join(' ')}`;
    case 'mroot':
      return `the ${say(c[1])}th root of ${say(c[0])}`;
    default:
      return c.map(say).join(' ');
  }
}

/** Collapses the spoken form: no doubled spaces, no space before punctuation. */
export function tidySpeech(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
}
