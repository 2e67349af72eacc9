const WORDS: Record<string, string> = {
  alpha: 'alpha',
  beta: 'beta',
  gamma: 'gamma',
  delta: 'delta',
  epsilon: 'epsilon',
  varepsilon: 'epsilon',
  eta: 'eta',
  theta: 'theta',
  kappa: 'kappa',
  lambda: 'lambda',
  mu: 'mu',
  nu: 'nu',
  rho: 'rho',
  sigma: 'sigma',
  tau: 'tau',
  phi: 'phi',
  varphi: 'phi',
  psi: 'psi',
  omega: 'omega',
  pi: 'pi',
  Sigma: 'Sigma',
  Delta: 'Delta',
  nabla: 'gradient of',
  partial: 'partial',
  cdot: 'times',
  times: 'times',
  div: 'divided by',
  pm: 'plus or minus',
  infty: 'infinity',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  approx: '≈',
  sim: 'tilde',
  propto: 'proportional to',
  to: 'to',
  rightarrow: 'to',
  in: 'in',
  sum: 'sum',
  prod: 'product',
  min: 'min',
  max: 'max',
  log: 'log',
  ln: 'ln',
  exp: 'exp',
  sqrt: 'square root of',
  top: 'transpose',
  star: 'star',
  ast: 'star',
  dots: 'dots',
  ldots: 'dots',
  cdots: 'dots',
  lVert: 'norm of',
  rVert: 'end norm',
  Vert: 'norm',
  lvert: 'absolute value of',
  rvert: 'end absolute value',
  langle: 'angle bracket',
  rangle: 'end angle bracket',
  hat: 'hat',
  bar: 'bar',
  tilde: 'tilde',
  // Pure layout: read as nothing.
  mathbb: '',
  mathbf: '',
  mathrm: '',
  mathit: '',
  boldsymbol: '',
  operatorname: '',
  text: '',
  textrm: '',
  tfrac: '',
  dfrac: '',
  frac: '',
  left: '',
  right: '',
  big: '',
  Big: '',
  bigg: '',
  Bigg: '',
  quad: '',
  qquad: '',
  displaystyle: '',
  limits: '',
};

/**
 * A rough spoken form of short Markdown-with-TeX (option labels), for `aria-label` where the visible
 * label is mostly math: `$\eta_t = 0.1/\sqrt{t}$` → "eta sub t = 0.1/ square root of t".
 * KaTeX's MathML is not read by every screen reader or checker, so choices get a text name too.
 * Whatever it does not know it drops rather than reads out: the result never contains TeX syntax
 * (backslashes, braces, `^`, `_`, `$`), which a test checks over every choice in the bank.
 */
export function texToText(text: string): string {
  return (
    text
      .replace(/\*\*|`/g, '')
      .replace(/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1) over ($2)')
      .replace(/\\sqrt\{([^{}]*)\}/g, ' square root of $1 ')
      .replace(/\\(hat|bar|tilde)\{([^{}]*)\}/g, ' $2 $1 ')
      .replace(/\\([a-zA-Z]+)/g, (_, w: string) => ` ${WORDS[w] ?? w} `)
      // Control symbols: spacing (\, \; \! \: \ ) and escaped punctuation (\{ \} \% \| …).
      .replace(/\\([{}%&#|])/g, ' $1 ')
      .replace(/\\./g, ' ')
      .replace(/_\{([^{}]*)\}/g, ' sub $1 ')
      .replace(/_([^{}\s])/g, ' sub $1 ')
      .replace(/\^\{([^{}]*)\}/g, ' to the power $1 ')
      .replace(/\^([^{}\s])/g, ' to the power $1 ')
      .replace(/[${}^_\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.;:)])/g, '$1')
      .replace(/\(\s+/g, '(')
      .trim()
  );
}
