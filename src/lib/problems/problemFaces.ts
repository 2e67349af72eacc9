import { katexFacesDrawn } from '../typeset/katexFacesDrawn.ts';
import type { Problem } from './problemTypes.ts';
import { renderMarkdown } from './renderMarkdown.ts';

/** Seeds drawn per problem: as many as the glyph set is built from (scripts/build/katexGlyphs.ts). */
export const FACE_SEEDS = 40;

/**
 * The faces the answer preview draws in whatever the problem: the student's expression, typeset
 * from mathjs's TeX (variables in Math italic, numbers and operators in Main). Its rarer glyphs
 * (a big delimiter) are in the size faces, which KaTeX's stylesheet keeps at font-display block
 * (src/styles/katexFontDisplay.ts): they load when first drawn instead of falling back.
 */
const PREVIEW_FACES = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic'];

/** Every string in a problem instance (prompt, hints, solution, options, feedback), at any depth. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

/** The KaTeX HTML of every piece of Markdown with math in `problem`'s instances for seeds 1…`seeds`. */
export function* problemMathHtml(problem: Problem, seeds = FACE_SEEDS): Generator<string> {
  for (let seed = 1; seed <= seeds; seed++) {
    for (const s of stringsIn(problem.instantiate(seed))) {
      if (!s.includes('$')) continue;
      let html: string;
      try {
        html = renderMarkdown(s);
      } catch {
        continue; // not Markdown with math (an answer's raw form, say): nothing drawn in KaTeX
      }
      yield html;
    }
  }
}

/**
 * The KaTeX faces a page showing `problems` must preload (KatexFontPreload.astro): those their
 * statements, hints, solutions and feedback draw in over {@link FACE_SEEDS} seeds, and the answer
 * preview's. A problem embed preloads these instead of every face a lesson may need: on a slow
 * phone each unused face was bandwidth taken from the scripts the statement waits for.
 */
export function problemKatexFaces(problems: readonly Problem[]): string[] {
  const faces = new Set(PREVIEW_FACES);
  for (const problem of problems) for (const f of facesOf(problem)) faces.add(f);
  return [...faces].sort();
}

// Rendering 40 instances of a problem takes ~0.2 s, and each problem is on two embed pages (its
// own and its lesson's set): computed once per build.
const cache = new Map<Problem, Set<string>>();
function facesOf(problem: Problem): Set<string> {
  let faces = cache.get(problem);
  if (!faces) {
    faces = new Set();
    for (const html of problemMathHtml(problem)) for (const f of katexFacesDrawn(html)) faces.add(f);
    cache.set(problem, faces);
  }
  return faces;
}
