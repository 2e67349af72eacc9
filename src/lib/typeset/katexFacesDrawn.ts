import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';

/**
 * The KaTeX faces (font files, `KaTeX_Size3-Regular`) that rendered KaTeX HTML draws its glyphs in,
 * found the way the browser finds them: each glyph-bearing span's font family, weight and style
 * come from the most specific of katex.css's font rules that match it or its nearest ancestor
 * that one matches (the properties inherit), over `.katex`'s own KaTeX_Main, normal, normal.
 *
 * Why: the faces are preloaded with font-display optional (src/styles/katexFontDisplay.ts), so a
 * page must preload every face its math uses and, on a slow phone, no face it does not: each extra
 * one is bandwidth taken from the scripts a problem's statement waits for.
 */

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode;

/** One compound of a selector: the classes an element must have (and `span`, for `> span`). */
interface Compound {
  classes: string[];
  tag?: string;
}

/** A font rule of katex.css: a selector, read right to left, and what it sets. */
export interface FontRule {
  /** Compounds from the subject leftwards; `child` marks a `>` to the next one. */
  selector: { compound: Compound; child: boolean }[];
  specificity: number;
  family?: string;
  weight?: 'bold' | 'normal';
  style?: 'italic' | 'normal';
}

/**
 * katex.css's rules that set a font (`@font-face` aside), in source order: the unit test checks
 * this list against the installed katex.css, so a KaTeX upgrade that changes them fails there.
 */
export const KATEX_FONT_RULES_SOURCE: [
  selector: string,
  family?: string,
  weight?: 'bold',
  style?: 'italic' | 'normal',
][] = [
  ['.katex .textbf', undefined, 'bold'],
  ['.katex .textit', undefined, undefined, 'italic'],
  ['.katex .textrm', 'KaTeX_Main'],
  ['.katex .textsf', 'KaTeX_SansSerif'],
  ['.katex .texttt', 'KaTeX_Typewriter'],
  ['.katex .mathnormal', 'KaTeX_Math', undefined, 'italic'],
  ['.katex .mathit', 'KaTeX_Main', undefined, 'italic'],
  ['.katex .mathrm', undefined, undefined, 'normal'],
  ['.katex .mathbf', 'KaTeX_Main', 'bold'],
  ['.katex .boldsymbol', 'KaTeX_Math', 'bold', 'italic'],
  ['.katex .amsrm', 'KaTeX_AMS'],
  ['.katex .mathbb', 'KaTeX_AMS'],
  ['.katex .textbb', 'KaTeX_AMS'],
  ['.katex .mathcal', 'KaTeX_Caligraphic'],
  ['.katex .mathfrak', 'KaTeX_Fraktur'],
  ['.katex .textfrak', 'KaTeX_Fraktur'],
  ['.katex .mathboldfrak', 'KaTeX_Fraktur', 'bold'],
  ['.katex .textboldfrak', 'KaTeX_Fraktur', 'bold'],
  ['.katex .mathtt', 'KaTeX_Typewriter'],
  ['.katex .mathscr', 'KaTeX_Script'],
  ['.katex .textscr', 'KaTeX_Script'],
  ['.katex .mathsf', 'KaTeX_SansSerif'],
  ['.katex .textsf', 'KaTeX_SansSerif'],
  ['.katex .mathboldsf', 'KaTeX_SansSerif', 'bold'],
  ['.katex .textboldsf', 'KaTeX_SansSerif', 'bold'],
  ['.katex .mathsfit', 'KaTeX_SansSerif', undefined, 'italic'],
  ['.katex .mathitsf', 'KaTeX_SansSerif', undefined, 'italic'],
  ['.katex .textitsf', 'KaTeX_SansSerif', undefined, 'italic'],
  ['.katex .mainrm', 'KaTeX_Main', undefined, 'normal'],
  ['.katex .delimsizing.size1', 'KaTeX_Size1'],
  ['.katex .delimsizing.size2', 'KaTeX_Size2'],
  ['.katex .delimsizing.size3', 'KaTeX_Size3'],
  ['.katex .delimsizing.size4', 'KaTeX_Size4'],
  ['.katex .delimsizing.mult .delim-size1 > span', 'KaTeX_Size1'],
  ['.katex .delimsizing.mult .delim-size4 > span', 'KaTeX_Size4'],
  ['.katex .op-symbol.small-op', 'KaTeX_Size1'],
  ['.katex .op-symbol.large-op', 'KaTeX_Size2'],
];

/** parseSelector('.katex .a.b .c > span') → its compounds, subject first. */
export function parseSelector(selector: string): FontRule['selector'] {
  const tokens = selector
    .replace(/\s*>\s*/g, ' > ')
    .trim()
    .split(/\s+/);
  const out: FontRule['selector'] = [];
  let child = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i] === '>') {
      child = true;
      continue;
    }
    const [tag, ...classes] = tokens[i].split('.');
    if (out.length > 0) out[out.length - 1].child = child;
    child = false;
    out.push({ compound: { classes, tag: tag || undefined }, child: false });
  }
  return out;
}

const RULES: FontRule[] = KATEX_FONT_RULES_SOURCE.map(([selector, family, weight, style]) => {
  const parsed = parseSelector(selector);
  const specificity = parsed.reduce(
    (n, { compound }) => n + compound.classes.length * 16 + (compound.tag ? 1 : 0),
    0,
  );
  return { selector: parsed, specificity, family, weight, style };
});

const classesOf = (el: Element) =>
  (el.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/).filter(Boolean);

function matchesCompound(el: Element, { classes, tag }: Compound): boolean {
  if (tag && el.tagName !== tag) return false;
  const own = classesOf(el);
  return classes.every((c) => own.includes(c));
}

const parentElement = (el: Element): Element | null => {
  const p = el.parentNode as Element | null;
  return p && 'tagName' in p ? p : null;
};

/** Whether `el` matches the selector (compounds subject-first), as CSS does. */
function matches(el: Element, selector: FontRule['selector'], from = 0): boolean {
  if (!matchesCompound(el, selector[from].compound)) return false;
  if (from === selector.length - 1) return true;
  if (selector[from].child) {
    const p = parentElement(el);
    return p !== null && matches(p, selector, from + 1);
  }
  for (let a = parentElement(el); a; a = parentElement(a)) if (matches(a, selector, from + 1)) return true;
  return false;
}

interface Font {
  family: string;
  weight: 'bold' | 'normal';
  style: 'italic' | 'normal';
}

/** `el`'s font: each property from its most specific matching rule that sets it, else inherited. */
function fontOf(el: Element, inherited: Font): Font {
  const own = classesOf(el);
  const font = { ...inherited };
  const best: { [K in keyof Font]?: number } = {};
  for (const rule of RULES) {
    const subject = rule.selector[0].compound;
    // Cheap reject first: the subject compound is on this element or the rule cannot match.
    if (!subject.classes.every((c) => own.includes(c)) || !matches(el, rule.selector)) continue;
    for (const key of ['family', 'weight', 'style'] as const) {
      const value = rule[key];
      if (value === undefined || (best[key] ?? -1) > rule.specificity) continue;
      best[key] = rule.specificity;
      (font as Record<string, string>)[key] = value;
    }
  }
  return font;
}

/** The face file a family, weight and style are drawn from: KaTeX's files are named Family-Variant. */
export function faceFile(family: string, bold: boolean, italic: boolean): string {
  const variant = bold && italic ? 'BoldItalic' : bold ? 'Bold' : italic ? 'Italic' : 'Regular';
  return `${family}-${variant}`;
}

/** `.katex`'s own font (katex.css's `font:` shorthand), which everything inside inherits. */
const KATEX_FONT: Font = { family: 'KaTeX_Main', weight: 'normal', style: 'normal' };

/** katexFacesDrawn(html) → the face files the glyphs of the KaTeX HTML in `html` are drawn in. */
export function katexFacesDrawn(html: string): Set<string> {
  const faces = new Set<string>();
  const visit = (node: Node, font: Font | null, inHtml: boolean) => {
    if (!('tagName' in node)) return;
    const own = classesOf(node);
    const here = own.includes('katex') ? KATEX_FONT : font && fontOf(node, font);
    const drawn = inHtml || own.includes('katex-html');
    if (
      here &&
      drawn &&
      node.childNodes.some(
        (c) => c.nodeName === '#text' && (c as DefaultTreeAdapterTypes.TextNode).value.trim(),
      )
    )
      faces.add(faceFile(here.family, here.weight === 'bold', here.style === 'italic'));
    for (const c of node.childNodes) visit(c, here, drawn);
  };
  for (const c of parseFragment(html).childNodes) visit(c, null, false);
  return faces;
}
