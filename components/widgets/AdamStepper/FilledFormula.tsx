import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { formatSci } from '../kit/formatNumber.ts';
import { patchMarkup } from '../kit/patchMarkup.ts';
import { loadedKatex, loadKatex, onKatexLoaded } from './katexOnUse.ts';
import type { AdamRow } from './model.ts';
import { texNumber } from './texNumber.ts';

interface Props {
  row: AdamRow;
  beta1: number;
  beta2: number;
  eps: number;
  lr: number;
  clip: boolean;
  maxNorm: number;
}

/** One written-out line: the TeX that is typeset, and the same line as plain text for screen readers. */
export interface FormulaLine {
  tex: string;
  text: string;
}

const n = (x: number) => texNumber(x);
const b = (x: number) => texNumber(x, { bracket: true });
// The spoken form uses the same rounding as the typeset one (4 significant figures).
const s = (x: number) => formatSci(x, 4);
const sb = (x: number) => (x < 0 ? `(${s(x)})` : s(x));

/** The lines of update t with every symbol replaced by its number (numbers only, no user text). */
export function formulaLines({ row, beta1, beta2, eps, lr, clip, maxNorm }: Props): FormulaLine[] {
  const t = row.t;
  const lines: FormulaLine[] = [];
  if (clip) {
    lines.push({
      tex: `g_{${t}} = \\min\\!\\Big(1, \\tfrac{${n(maxNorm)}}{|${n(row.gRaw)}| + 10^{-6}}\\Big)\\cdot ${b(row.gRaw)} = ${n(row.g)}`,
      text: `g ${t} = min(1, ${s(maxNorm)} / (|${s(row.gRaw)}| + 10⁻⁶)) × ${sb(row.gRaw)} = ${s(row.g)}`,
    });
  } else {
    lines.push({ tex: `g_{${t}} = ${n(row.g)}`, text: `g ${t} = ${s(row.g)}` });
  }
  // β m_{t−1} + (1 − β) g with the numbers in place; the symbolic rule is in the lesson text beside it.
  lines.push({
    tex: `m_{${t}} = ${n(beta1)}\\cdot ${b(row.mPrev)} + ${n(1 - beta1)}\\cdot ${b(row.g)} = ${n(row.m)}`,
    text: `m ${t} = ${s(beta1)} × ${sb(row.mPrev)} + ${s(1 - beta1)} × ${sb(row.g)} = ${s(row.m)}`,
  });
  lines.push({
    tex: `v_{${t}} = ${n(beta2)}\\cdot ${n(row.vPrev)} + ${n(1 - beta2)}\\cdot ${b(row.g)}^2 = ${n(row.v)}`,
    text: `v ${t} = ${s(beta2)} × ${s(row.vPrev)} + ${s(1 - beta2)} × ${sb(row.g)} squared = ${s(row.v)}`,
  });
  lines.push({
    tex: `\\hat m_{${t}} = \\frac{m_{${t}}}{1-\\beta_1^{${t}}} = \\frac{${n(row.m)}}{${n(1 / row.bc1)}} = ${n(row.mHat)}`,
    text: `m hat ${t} = m ${t} / (1 − β₁ to the ${t}) = ${s(row.m)} / ${s(1 / row.bc1)} = ${s(row.mHat)}`,
  });
  lines.push({
    tex: `\\hat v_{${t}} = \\frac{v_{${t}}}{1-\\beta_2^{${t}}} = \\frac{${n(row.v)}}{${n(1 / row.bc2)}} = ${n(row.vHat)}`,
    text: `v hat ${t} = v ${t} / (1 − β₂ to the ${t}) = ${s(row.v)} / ${s(1 / row.bc2)} = ${s(row.vHat)}`,
  });
  lines.push({
    tex: `\\theta_{${t}} - \\theta_{${t - 1}} = -${n(lr)}\\cdot\\frac{${n(row.mHat)}}{\\sqrt{${n(row.vHat)}} + ${n(eps)}} = ${n(row.update)}`,
    text: `θ ${t} − θ ${t - 1} = −${s(lr)} × ${s(row.mHat)} / (square root of ${s(row.vHat)} + ${s(eps)}) = ${s(row.update)}`,
  });
  return lines;
}

// Scrubbing back and forth revisits the same lines: typeset each distinct line once.
const typeset = new Map<string, string>();
/** The line's markup, or null while KaTeX has not loaded (in the browser, before the first change). */
function typesetLine(tex: string): string | null {
  let html = typeset.get(tex);
  if (html === undefined) {
    const katex = loadedKatex();
    if (!katex) return null;
    try {
      // HTML only: the hidden MathML copy doubled the cost of laying out each new line, and the
      // plain-text line beside it is what a screen reader reads.
      html = katex.renderToString(tex, { throwOnError: true, displayMode: true, output: 'html' });
    } catch {
      html = '';
    }
    if (typeset.size > 400) typeset.clear();
    typeset.set(tex, html);
  }
  return html;
}

const katexIsLoaded = () => loadedKatex() !== null;

/**
 * One line. A new line is typeset to a string and patched into the line on screen: KaTeX gives
 * the same markup for the same shape of formula, so stepping t or moving a slider usually
 * rewrites a few text nodes (the numbers) and keeps every other box. Replacing the whole line
 * made the browser build and lay out ~50 nested boxes per line on every press.
 */
const Line = memo(function Line({ tex, text }: FormulaLine) {
  // Re-render when KaTeX arrives (the server always has it).
  const ready = useSyncExternalStore(onKatexLoaded, katexIsLoaded, () => true);
  const html = ready ? typesetLine(tex) : null;
  // The server renders the markup; in the browser React leaves it alone (the string it sees never
  // changes: hydration keeps the server's markup as it is) and the effect below keeps it current.
  const [firstHtml] = useState(html ?? '');
  // The tex the markup on screen shows (the server's first line until a change is typeset).
  const [firstTex] = useState(tex);
  const box = useRef<HTMLDivElement>(null);
  const applied = useRef<string | null>(html);
  const stale = html === null && tex !== firstTex;
  useEffect(() => {
    // (Offline, a failed load is tried again at the next change; the spoken line is always current.)
    if (stale) void loadKatex().catch(() => {});
  }, [stale, tex]);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || html === null || applied.current === html) return;
    // Nothing typeset here yet: the markup on screen is the server's, of the first line. Patched
    // against that, a same-shaped line keeps its boxes (patchMarkup replaces what does not match).
    patchMarkup(el, html, applied.current ?? typesetLine(firstTex) ?? '');
    applied.current = html;
  }, [html, firstTex]);
  return (
    <div className="as-formula-line" data-stale={stale || undefined}>
      <span className="visually-hidden">{text}</span>
      <div ref={box} aria-hidden="true" dangerouslySetInnerHTML={{ __html: firstHtml }} />
    </div>
  );
});

/**
 * Update t of Adam written out with its numbers, rendered by KaTeX (the same library the problem
 * player already loads on this page). The TeX is built from numbers the model computed, never
 * from the URL or user input, so inserting KaTeX's HTML is safe.
 */
export const FilledFormula = memo(function FilledFormula(props: Props) {
  const { row, beta1, beta2, eps, lr, clip, maxNorm } = props;
  const lines = useMemo(
    () => formulaLines({ row, beta1, beta2, eps, lr, clip, maxNorm }),
    [row, beta1, beta2, eps, lr, clip, maxNorm],
  );
  // Reaching for the widget (a pointer over it, a control focused) loads KaTeX before the first change.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = root.current?.closest('.wk-frame');
    if (!frame || loadedKatex()) return;
    const warm = () => {
      frame.removeEventListener('pointerover', warm);
      frame.removeEventListener('focusin', warm);
      void loadKatex().catch(() => {});
    };
    frame.addEventListener('pointerover', warm);
    frame.addEventListener('focusin', warm);
    return warm;
  }, []);
  return (
    <div
      ref={root}
      className="as-formula"
      tabIndex={0}
      role="region"
      aria-label={`Adam's update ${row.t} with its numbers`}
    >
      {/* Keyed by position: a line that changes is replaced in place. */}
      {lines.map((line, i) => (
        <Line key={i} tex={line.tex} text={line.text} />
      ))}
    </div>
  );
});
