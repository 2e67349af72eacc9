/** Longest answer text the parser will look at; anything longer is refused before parsing. */
export const MAX_INPUT_LENGTH = 200;

const GREEK: Record<string, string> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  η: 'eta',
  θ: 'theta',
  κ: 'kappa',
  λ: 'lambda',
  μ: 'mu',
  ρ: 'rho',
  σ: 'sigma',
  τ: 'tau',
  π: 'pi',
};
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/**
 * Rewrites the characters students paste or type on phones into the ASCII the parser reads:
 * unicode minus and dashes, × · ÷, ², ³, √, Greek letters, subscript digits, `**`.
 * Pure text substitution; nothing is evaluated here.
 */
export function normalizeInput(raw: string): string {
  // Superscripts first: NFKC would turn x² into x2.
  let s = raw.replace(/²/g, '^2').replace(/³/g, '^3').normalize('NFKC').trim();
  s = s.replace(/[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g, '-');
  s = s
    .replace(/[×⋅·∙✕]/g, '*')
    .replace(/÷/g, '/')
    .replace(/\*\*/g, '^');
  s = s.replace(/√\s*([0-9.]+|[A-Za-z_][A-Za-z0-9_]*)(?!\s*\()/g, 'sqrt($1)').replace(/√/g, 'sqrt');
  s = s.replace(/∞/g, 'Infinity');
  s = s.replace(/[α-ω]/g, (c) => GREEK[c] ?? c);
  s = s.replace(/[₀-₉]/g, (c) => String(SUBSCRIPT_DIGITS.indexOf(c)));
  return s;
}
