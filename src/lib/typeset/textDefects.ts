/**
 * What a careful reader would see as broken in a page's text, found from the text as it is shown:
 * a block (paragraph, cell, heading, label…) read as a run of segments — text, rendered formulas
 * and code — each saying how it meets the one before it on the page. The browser collects the
 * blocks (`tests/fixtures/readerText.ts`); this module only reads them, so the rules are the same
 * for the built pages, the problem player and anything else that renders text.
 */

/** One piece of a block as the reader sees it. */
export interface ReadSegment {
  kind: 'text' | 'math' | 'code';
  /** Text as shown (CSS text-transform applied); for math, its rendered text (unused by the rules). */
  text: string;
  /** TeX source of a formula (math segments). */
  tex?: string;
  /**
   * How the segment meets the previous one: `glued` when nothing separates them on the page (no
   * white space, and touching on one line or broken across lines), `apart` otherwise.
   */
  join: 'glued' | 'apart';
}

export interface ReadBlock {
  /** Where the block is: element and its nearest landmark (problem, widget, heading). */
  where: string;
  segments: ReadSegment[];
}

export type DefectKind =
  | 'raw markdown'
  | 'raw TeX'
  | 'HTML entity'
  | 'glued sentence'
  | 'block starts with punctuation'
  | 'hyphen for minus'
  | 'number outside its formula';

export interface TextDefect {
  kind: DefectKind;
  where: string;
  /** The offending text with some context; formulas shown as $tex$. */
  text: string;
}

// Placeholders in the joined block text: a formula, code start/end, a glued element boundary.
const MATH = '\uE000';
const CODE_OPEN = '\uE001';
const CODE_CLOSE = '\uE002';
const SEAM = '\uE003';
const CODE_BODY = '\uE004';

/** Patterns over the prose of one text segment (never code or math). */
const PROSE_RULES: { kind: DefectKind; re: RegExp }[] = [
  // Markdown tables, bold, emphasis, headings, links and code spans that were never rendered.
  { kind: 'raw markdown', re: /\|\s*:?-{3,}|-{3,}:?\s*\||^\s*\|(?:[^|\n]*\|){2,}/ },
  { kind: 'raw markdown', re: /\*\*(?=\S)|(?<=\S)\*\*/ },
  { kind: 'raw markdown', re: /(?:^|[\s(])\*[^\s*](?:[^*\n]*[^\s*])?\*(?=$|[\s.,;:!?)])/ },
  { kind: 'raw markdown', re: /(?:^|\s)__[^_\s][^_]*__(?=$|[\s.,;:!?)])/ },
  { kind: 'raw markdown', re: /^#{1,6} \S/ },
  { kind: 'raw markdown', re: /\[[^\]\n]+\]\((?:https?:|\/|#)[^)\s]*\)/ },
  { kind: 'raw markdown', re: /`[^`\n]+`/ },
  // TeX commands, braced scripts, subscripts written with _, and math delimiters left as text.
  { kind: 'raw TeX', re: /\\(?:[a-zA-Z]{2,}|[,;!{}|])/ },
  { kind: 'raw TeX', re: /[_^]\{/ },
  { kind: 'raw TeX', re: /(?:^|[\s(=·*])[A-Za-zα-ωΑ-Ω]_[A-Za-z0-9α-ω]/ },
  { kind: 'raw TeX', re: /[A-Za-z0-9α-ω)]\^[-−(]?[A-Za-z0-9α-ω]/ },
  { kind: 'raw TeX', re: /\$(?=[\\a-zA-Z{^_])/ },
  // An entity the reader sees as text: escaped twice somewhere on its way.
  { kind: 'HTML entity', re: /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/ },
  // A negative number written with the hyphen-minus (U+002D) instead of the minus sign (U+2212):
  // the hyphen is short and sits low; "3-5" (a range) and "1e-3" are not matched.
  { kind: 'hyphen for minus', re: /(?:^|[\s([{=<>≈:,;/])-(?=\.?\d)/ },
];

/**
 * Patterns over the block's joined text (placeholders for formulas, code and glued seams), for
 * sentences that run into the next one.
 */
const GLUE_RULES: RegExp[] = [
  // "call.The lesson", "PyTorch).In Keras" (not a dotted name such as torch.optim.Adam or
  // nn.Linear, whose two-letter module names no sentence ends with)
  /(?<![.\w])[a-z]*[a-z]{3}[.!?]\uE003?(?=[A-Z][a-z]+(?![\w.(]))/,
  /[)\]][.!?]\uE003?(?=[A-Za-z])/,
  // "hold.t^−0.9", "decoupled.optax.adamw": a sentence end glued to a formula, code or another element
  /[a-z]{2}[.!?;:]\uE003?(?=[\uE000\uE001])/,
  /[a-z]{2}[.!?;:]\uE003(?=[A-Za-z])/,
  // A formula or code span glued to the next sentence: "$x$.The", "`x`.Then"
  /[\uE000\uE002][.!?]\uE003?(?=[A-Z])/,
  /[\uE000\uE002][,;:]\uE003?(?=[A-Za-z])/,
  // Two elements glued into one word: "mattersWidget", "DEEP DIVEWhat"
  /(?:[a-z]|[A-Z]{2})\uE003(?=[A-Z][a-z])/,
];

/** TeX that ends with a relation or a binary operator: a number belongs right after it. */
const ENDS_WITH_OPERATOR =
  /(?:[=<>+\-*/]|\\(?:approx|le|leq|ge|geq|ne|neq|to|rightarrow|mapsto|cdot|times|pm|mp|sim|simeq|equiv|propto|in|div|,)|\\left\(|[([])\s*$/;
/** TeX that starts with one: a number belongs right before it. */
const STARTS_WITH_OPERATOR =
  /^\s*(?:[=<>+*/]|\\(?:approx|le|leq|ge|geq|ne|neq|to|rightarrow|cdot|times|pm|mp|sim|simeq|equiv|propto|div)(?![a-zA-Z]))/;
const LEADING_NUMBER = /^\s?[-−+]?(?:\d|\.\d)/;
const TRAILING_NUMBER = /\d\s?$/;

interface Joined {
  /** Formulas and code as placeholders, glued seams marked. */
  joined: string;
  /** As the reader sees it, formulas as $tex$ and code as `code`. */
  shown: string;
  /** Where each segment starts in `joined` and in `shown`. */
  starts: number[];
  shownStarts: number[];
}

function joinBlock(segments: readonly ReadSegment[]): Joined {
  let joined = '';
  let shown = '';
  const starts: number[] = [];
  const shownStarts: number[] = [];
  segments.forEach((s, i) => {
    if (i > 0) {
      if (s.join === 'glued') joined += SEAM;
      else if (!/\s$/.test(joined) && !/^\s/.test(s.text)) {
        joined += ' ';
        shown += ' ';
      }
    }
    starts.push(joined.length);
    shownStarts.push(shown.length);
    if (s.kind === 'math') {
      joined += MATH;
      shown += `$${s.tex ?? s.text}$`;
    } else if (s.kind === 'code') {
      // Code is opaque to the glue rules (same length, so positions still map to the shown text).
      joined += CODE_OPEN + CODE_BODY.repeat(s.text.length) + CODE_CLOSE;
      shown += `\`${s.text}\``;
    } else {
      joined += s.text;
      shown += s.text;
    }
  });
  return { joined, shown, starts, shownStarts };
}

/** The shown text around position `at` of the joined text, about 90 characters. */
function excerptAt(j: Joined, segments: readonly ReadSegment[], at: number): string {
  let seg = 0;
  while (seg + 1 < j.starts.length && j.starts[seg + 1] <= at) seg++;
  const offset = segments[seg]?.kind === 'text' ? Math.max(0, at - j.starts[seg]) : 0;
  return around(j.shown, j.shownStarts[seg] + offset, 45);
}

const around = (text: string, at: number, width = 40) => {
  const s = text.slice(Math.max(0, at - width), at + width).replace(/\s+/g, ' ');
  return (at - width > 0 ? '…' : '') + s.trim() + (at + width < text.length ? '…' : '');
};

/** Every defect in one block. */
export function textDefects(block: ReadBlock): TextDefect[] {
  const out: TextDefect[] = [];
  const { segments, where } = block;
  const push = (kind: DefectKind, text: string) => {
    if (!out.some((d) => d.kind === kind && d.text === text)) out.push({ kind, where, text });
  };

  const j = joinBlock(segments);
  segments.forEach((s, i) => {
    if (s.kind === 'text') {
      for (const rule of PROSE_RULES) {
        const m = rule.re.exec(s.text);
        if (m) push(rule.kind, around(s.text, m.index + m[0].length / 2));
      }
    }
    if (s.kind !== 'math') return;
    const tex = s.tex ?? '';
    const next = segments[i + 1];
    const prev = segments[i - 1];
    const nextText = next?.kind === 'text' ? next.text : '';
    const prevText = prev?.kind === 'text' ? prev.text : '';
    // `$\theta_1 = $ {value}`: the number sits in the text font beside the formula's.
    if (ENDS_WITH_OPERATOR.test(tex) && LEADING_NUMBER.test(nextText))
      push('number outside its formula', excerptAt(j, segments, j.starts[i]));
    else if (STARTS_WITH_OPERATOR.test(tex) && TRAILING_NUMBER.test(prevText))
      push('number outside its formula', excerptAt(j, segments, j.starts[i]));
  });

  // A paragraph that opens with ":" or "," (the rest of a sentence split off after a display
  // formula, or a proof line whose first word went missing).
  const first = segments.find((sg) => sg.text.trim() !== '' || sg.kind !== 'text');
  if (first?.kind === 'text' && /^\s*[:;,]/.test(first.text))
    push('block starts with punctuation', excerptAt(j, segments, 0));
  for (const re of GLUE_RULES) {
    const m = re.exec(j.joined);
    if (m) push('glued sentence', excerptAt(j, segments, m.index + m[0].length));
  }
  return out;
}
