import { describe, expect, it } from 'vitest';
import { mathToSpeech, tidySpeech, type MathNode } from './mathSpeech.ts';

const el = (tagName: string, ...children: (MathNode | string)[]): MathNode => {
  const kids = children.map((c) =>
    typeof c === 'string' ? { tagName: 'mi', textContent: c, children: [] } : c,
  );
  return { tagName, textContent: kids.map((k) => k.textContent).join(''), children: kids };
};
const mo = (s: string): MathNode => ({ tagName: 'mo', textContent: s, children: [] });
const mn = (s: string): MathNode => ({ tagName: 'mn', textContent: s, children: [] });

describe('mathToSpeech(node)', () => {
  it('reads every Greek letter KaTeX can emit by its name, never as a bare symbol', () => {
    // Lowercase α–ω (U+03B1–U+03C9), their variant forms and the capitals that differ from Latin ones.
    const lower = Array.from({ length: 0x3c9 - 0x3b1 + 1 }, (_, i) => String.fromCodePoint(0x3b1 + i));
    const letters = [...lower, 'ϵ', 'ϑ', 'ϕ', 'ϱ', 'ϖ', 'Γ', 'Δ', 'Θ', 'Λ', 'Ξ', 'Π', 'Σ', 'Φ', 'Ψ', 'Ω'];
    for (const letter of letters) {
      const spoken = tidySpeech(mathToSpeech(el('mrow', letter)));
      expect(spoken, letter).toMatch(/^[a-z]+$/);
    }
    expect(tidySpeech(mathToSpeech(el('msub', 'χ', 't')))).toBe('chi sub t');
  });
  it('reads scripts, fractions and roots as words', () => {
    // θ_{t−1} = θ_t − η g
    const f = el(
      'mrow',
      el('msub', 'θ', el('mrow', 't', mo('−'), mn('1'))),
      mo('='),
      el('mfrac', mn('1'), 'n'),
      el('msqrt', 'b'),
      el('msup', 'σ', mn('2')),
    );
    expect(tidySpeech(mathToSpeech(f))).toBe(
      'theta sub t minus 1 equals 1 over n the square root of b sigma squared',
    );
  });
  it('reads hats, sums with limits and skips the TeX annotation', () => {
    const f = el(
      'semantics',
      el(
        'mrow',
        el('mover', 'v', mo('^')),
        el('munderover', mo('∑'), el('mrow', 'i', mo('='), mn('1')), 'n'),
      ),
      { tagName: 'annotation', textContent: '\\hat v', children: [] },
    );
    expect(tidySpeech(mathToSpeech(f))).toBe('v hat the sum from i equals 1 to n');
  });
  it('reads words and numbers whole, not letter by letter', () => {
    const t = (s: string): MathNode => ({ tagName: 'mtext', textContent: s, children: [] });
    const f = el(
      'mrow',
      el('msub', 'η', t('base')),
      mo('='),
      mn('6260'),
      el('mover', 'φ', mo('ˉ')),
      'min\u2061',
    );
    expect(tidySpeech(mathToSpeech(f))).toBe('eta sub base equals 6260 phi bar min');
  });
});
