const WORDS: Record<string, string> = {
  alpha: 'alpha', beta: 'beta', gamma: 'gamma', eta: 'eta', theta: 'theta', lambda: 'lambda', mu: 'mu', sigma: 'sigma',
  nabla: 'gradient of', cdot: 'times', times: 'times', infty: 'infinity', le: '≤', ge: '≥', approx: '≈', sum: 'sum', mathbb: '', operatorname: '', tfrac: '', frac: '',
};

/**
 * A rough spoken form of short Markdown-with-TeX (option labels), for `aria-label` where the visible
 * label is mostly math: `$\alpha_t = 0.1/\sqrt{t}$` → "alpha sub t = 0.1/ square root of t".
 * KaTeX's MathML is not read by every screen reader or checker, so choices get a text name too.
 */
export function texToText(text: string): string {
  return text
    .replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1) over ($2)')
    .replace(/\\sqrt\{([^{}]*)\}/g, ' square root of $1')
    .replace(/\\([a-zA-Z]+)/g, (_, w: string) => ` ${WORDS[w] ?? w} `)
    .replace(/_\{?([^{}\s])\}?/g, ' sub $1')
    .replace(/\^\{([^{}]*)\}/g, ' to the power $1')
    .replace(/\^([^{\s])/g, ' to the power $1')
    .replace(/[${}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
