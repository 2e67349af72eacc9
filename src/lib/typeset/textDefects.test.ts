import { describe, expect, it } from 'vitest';
import { textDefects, type ReadSegment } from './textDefects.ts';

const t = (text: string, join: ReadSegment['join'] = 'apart'): ReadSegment => ({ kind: 'text', text, join });
const m = (tex: string, join: ReadSegment['join'] = 'apart'): ReadSegment => ({
  kind: 'math',
  text: tex,
  tex,
  join,
});
const c = (text: string, join: ReadSegment['join'] = 'apart'): ReadSegment => ({ kind: 'code', text, join });
const kinds = (...segments: ReadSegment[]) => textDefects({ where: 'p', segments }).map((d) => d.kind);

describe('textDefects(block)', () => {
  it('finds a markdown table, bold, emphasis and code spans left as text', () => {
    expect(kinds(t('| update t | 0 | 3 | 6 |'))).toEqual(['raw markdown']);
    expect(kinds(t('|---:|---:|'))).toEqual(['raw markdown']);
    expect(kinds(t('the decay **is** scaled'))).toEqual(['raw markdown']);
    expect(kinds(t('the decay *is* scaled'))).toEqual(['raw markdown']);
    expect(kinds(t('call `step()` first'))).toEqual(['raw markdown']);
  });

  it('leaves products, footnote stars and prose alone', () => {
    expect(kinds(t('2 * 3 * 4 = 24, and a star * on its own'))).toEqual([]);
    expect(kinds(t('Adam (Kingma & Ba, 2015) — the default; see lesson 4.'))).toEqual([]);
  });

  it('finds TeX outside a formula: commands, braced and plain scripts, dollar signs', () => {
    expect(kinds(t('θ = \\frac12'))).toEqual(['raw TeX']);
    expect(kinds(t('θ_{k+1} = θ_k − η g'))).toEqual(['raw TeX']);
    expect(kinds(t('restarts after T_0·T_mult^i steps'))).toEqual(['raw TeX']);
    expect(kinds(t('the rate $\\eta$ is'))).toEqual(['raw TeX']);
  });

  it('does not read a TeX command inside code or a formula', () => {
    expect(kinds(t('write'), c('\\frac{a}{b}'), t('to get'), m('\\frac{a}{b}'))).toEqual([]);
  });

  it('finds an entity shown as text', () => {
    expect(kinds(t('(s&gt;0 in PyTorch)'))).toEqual(['HTML entity']);
    expect(kinds(t('t &lt;W'))).toEqual(['HTML entity']);
    expect(kinds(t('Q&A; and R&D'))).toEqual([]);
  });

  it('finds a sentence end glued to the next word, formula, code or element', () => {
    expect(kinds(t('after the call.The lesson'))).toEqual(['glued sentence']);
    expect(kinds(t('as in PyTorch).In Keras 3'))).toEqual(['glued sentence']);
    expect(kinds(t('both conditions hold.'), m('t^{-0.9}', 'glued'))).toEqual(['glued sentence']);
    expect(kinds(t('decoupled.'), c('optax.adamw', 'glued'))).toEqual(['glued sentence']);
    expect(kinds(t('↓ DEEP DIVE'), t('What the sum hides', 'glued'))).toEqual(['glued sentence']);
    expect(kinds(t('It matters'), t('Widget', 'glued'))).toEqual(['glued sentence']);
  });

  it('accepts sentences that end properly, abbreviations, decimals and identifiers', () => {
    expect(kinds(t('It holds. Then'), m('t'), t('. Also e.g. torch.optim.SGD, 0.5.'))).toEqual([]);
    expect(kinds(t('hold.'), m('t'))).toEqual([]);
    expect(kinds(t('PyTorch'), t('Lightning', 'apart'))).toEqual([]);
    expect(kinds(t('Adam'), t('W', 'glued'))).toEqual([]);
    expect(kinds(t('AdaGrad, torch.optim.Adagrad: the same'))).toEqual([]);
    // A search excerpt shows code as plain text: "PyTorch's nn.Linear default" is not a glued sentence.
    expect(kinds(t("biases zero. PyTorch's nn.Linear default is different"))).toEqual([]);
    expect(kinds(c('torch.optim.AdamW'), t(' and'), c('optax.adamw'))).toEqual([]);
  });

  it('finds a block that opens with a colon or comma', () => {
    expect(kinds(t(': the step then shrinks'))).toEqual(['block starts with punctuation']);
    expect(kinds(t('Then: the step shrinks'))).toEqual([]);
  });

  it('finds a hyphen-minus in front of a number, not in a range or an exponent', () => {
    expect(kinds(t('g₂ = -1 and'))).toEqual(['hyphen for minus']);
    expect(kinds(t('-0.02663'))).toEqual(['hyphen for minus']);
    expect(kinds(t('pages 3-5, lr 1e-3, θ = −0.5'))).toEqual([]);
  });

  it('finds a number set beside its formula instead of inside it', () => {
    expect(kinds(m('\\theta_1 ='), t(' 0.8'))).toEqual(['number outside its formula']);
    expect(kinds(m('\\theta_1 = 1 - 0.1\\cdot'), t(' 2 '), m('='), t(' 0.8'))).toContain(
      'number outside its formula',
    );
    expect(kinds(t('so 0.8 '), m('= \\theta_1'))).toEqual(['number outside its formula']);
    expect(kinds(m('\\theta_1 = 0.8'), t(' after 3 steps'))).toEqual([]);
  });

  it('reports where and what, formulas shown as TeX', () => {
    const [d] = textDefects({ where: 'li in #worked-example', segments: [m('g_2 ='), t(' -1, so')] });
    expect(d).toBeDefined();
    expect(d.where).toBe('li in #worked-example');
    expect(textDefects({ where: 'p', segments: [m('g_2 ='), t(' 1.5 here')] })[0].text).toContain('$g_2 =$');
  });
});
