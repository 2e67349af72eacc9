/**
 * The KaTeX faces (font file names) that every page with math preloads: Main and Math for nearly
 * every formula, AMS for ℝ and ≤-style symbols, Size1–Size4 for big operators and delimiters (a
 * matrix or a tall fraction in parentheses needs Size3 or Size4: with font-display optional an
 * unloaded size face is never used, and the parentheses stay text-sized), Typewriter for \texttt.
 */
export const KATEX_FACES = [
  'KaTeX_Main-Regular',
  'KaTeX_Math-Italic',
  'KaTeX_AMS-Regular',
  'KaTeX_Size1-Regular',
  'KaTeX_Size2-Regular',
  'KaTeX_Size3-Regular',
  'KaTeX_Size4-Regular',
  'KaTeX_Typewriter-Regular',
] as const;

/** TeX commands that draw in a face outside {@link KATEX_FACES}, and the face they need. */
const COMMAND_FACES: [RegExp, string][] = [
  [/\\mathcal\b/, 'KaTeX_Caligraphic-Regular'],
  [/\\(?:mathbf|textbf|bf)\b/, 'KaTeX_Main-Bold'],
  [/\\(?:mathit|textit|emph|it)\b/, 'KaTeX_Main-Italic'],
  [/\\(?:boldsymbol|bm)\b/, 'KaTeX_Math-BoldItalic'],
  [/\\mathfrak\b/, 'KaTeX_Fraktur-Regular'],
  [/\\mathscr\b/, 'KaTeX_Script-Regular'],
  [/\\(?:mathsf|textsf)\b/, 'KaTeX_SansSerif-Regular'],
];

/**
 * The faces beyond {@link KATEX_FACES} that the TeX in `source` (a lesson's MDX, say) draws with,
 * so its page preloads them too: font-display is optional (src/styles/katexFontDisplay.ts), so a
 * face that is not ready for the first rendering is never used and its glyphs fall back to
 * another font. The rendered-text check finds any formula drawn in a fallback font.
 */
export function extraKatexFaces(source: string): string[] {
  return COMMAND_FACES.filter(([re]) => re.test(source)).map(([, face]) => face);
}
