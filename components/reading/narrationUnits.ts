import { mathToSpeech, tidySpeech } from '../../src/lib/narration/mathSpeech.ts';

/** One stretch the narrator reads at a time: a paragraph, list item, heading, formula or a mention. */
export interface NarrationUnit {
  el: HTMLElement;
  text: string;
}

const READ =
  'h2, h3, p, li, .katex-display, .callout-title, blockquote, figcaption, .wk-frame, section.problem, pre, table';
const SKIP_INSIDE =
  '.wk-frame, section.problem, .lesson-toc, .source-excerpt, table, pre, details:not([open]) > :not(summary), .questions .answer:not([open])';

/** The spoken text of an element: its words, with every formula read from its MathML. */
export function speakable(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('.katex').forEach((k) => {
    const math = k.querySelector('.katex-mathml math');
    k.replaceWith(document.createTextNode(math ? ` ${mathToSpeech(math)} ` : ''));
  });
  clone.querySelectorAll('[aria-hidden="true"], .visually-hidden, script, style').forEach((n) => n.remove());
  return tidySpeech(clone.textContent ?? '');
}

/**
 * The lesson in reading order: prose is read, formulas are read as words, and widgets, problems,
 * code and tables are mentioned by name and skipped (they are for looking at, not listening to).
 */
export function collectUnits(root: Element): NarrationUnit[] {
  const units: NarrationUnit[] = [];
  root.querySelectorAll<HTMLElement>(READ).forEach((el) => {
    if (el.matches('.wk-frame')) {
      const title = el.querySelector('.wk-title')?.textContent ?? 'an interactive figure';
      units.push({ el, text: `Interactive widget: ${title}. Skipped; it is on the page to try.` });
      return;
    }
    if (el.matches('section.problem')) {
      const title = el.querySelector('.problem-title')?.textContent ?? 'a practice problem';
      units.push({ el, text: `Practice problem: ${title}. Skipped.` });
      return;
    }
    if (el.matches('pre')) {
      if (!el.closest('.wk-frame, section.problem')) units.push({ el, text: 'A code listing, skipped.' });
      return;
    }
    if (el.matches('table')) {
      if (!el.closest('.wk-frame, section.problem')) units.push({ el, text: 'A table, skipped.' });
      return;
    }
    if (el.parentElement?.closest(SKIP_INSIDE)) return;
    // A list item holding paragraphs is read paragraph by paragraph instead.
    if (el.matches('li') && el.querySelector(':scope > p')) return;
    const text = speakable(el);
    if (text) units.push({ el, text });
  });
  return units;
}
