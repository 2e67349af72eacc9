// Writes src/styles/katexGlyphs.ts: the characters the course draws in KaTeX's faces, which the
// build cuts the faces down to (src/styles/katexFontSubset.ts). Run it after a build when the
// build says a page draws a character outside the set:
//
//     npm run build; npm run katex:glyphs
//
// The set is the union of
//   - what the built pages draw (every formula's .katex-html text, in DESCENT_OUT_DIR or dist/);
//   - what the problems draw in the browser: every string of every problem instance, for 40
//     seeds, rendered as the problem player renders it;
//   - a margin for formulas typeset in the browser from numbers (the Adam stepper, statements
//     with other seeds): printable ASCII, the Greek alphabet, and the symbols of SAFETY_TEX.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import katex from 'katex';
import { renderMarkdown } from '../../src/lib/problems/renderMarkdown.ts';
import type { Problem } from '../../src/lib/problems/problemTypes.ts';
import { katexDrawnText } from '../../src/styles/katexFontSubset.ts';

const root = process.cwd();
const dist = join(root, process.env.DESCENT_OUT_DIR ?? 'dist');

/** Symbols a formula built in the browser may use although no page draws them today. */
const SAFETY_TEX = String.raw`
  \alpha\beta\gamma\delta\epsilon\varepsilon\zeta\eta\theta\vartheta\iota\kappa\lambda\mu\nu\xi\pi
  \varpi\rho\varrho\sigma\varsigma\tau\upsilon\phi\varphi\chi\psi\omega
  \Gamma\Delta\Theta\Lambda\Xi\Pi\Sigma\Upsilon\Phi\Psi\Omega
  0123456789 + - \times \cdot \div \pm \mp = \ne < > \le \ge \approx \sim \simeq \equiv \propto
  \lesssim \gtrsim \ll \gg \infty \nabla \partial \sum_{i=1}^n \prod_i \int_0^1 \sqrt{x} \sqrt[3]{x}
  \|x\|_2 |x| \langle x, y \rangle \lfloor x \rfloor \lceil x \rceil \to \leftarrow \mapsto \Rightarrow
  \in \notin \subset \cup \cap \odot \otimes \oplus \top \ell \dots \cdots \ldots \hat{x} \bar{x}
  \tilde{x} \vec{x} x' \mathbb{R}^d \mathbb{E}[X] \mathbb{N} \circ \star \ast \bullet \prime \%
  \left( \frac{a}{b} \right) \left[ \frac{a}{b} \right] \left\{ \frac{a}{b} \right\}
  \left| \frac{a}{b} \right| \left\| \frac{a}{b} \right\| \begin{pmatrix} a \\ b \\ c \\ d \end{pmatrix}
  \left( \begin{matrix} a \\ b \\ c \\ d \\ e \\ f \\ g \\ h \end{matrix} \right)
  \left[ \begin{matrix} a \\ b \\ c \\ d \\ e \\ f \\ g \\ h \end{matrix} \right]
  \left\{ \begin{matrix} a \\ b \\ c \\ d \\ e \\ f \\ g \\ h \end{matrix} \right.
  \left| \begin{matrix} a \\ b \\ c \\ d \\ e \\ f \\ g \\ h \end{matrix} \right\|
  \bigl( \Bigl( \biggl( \Biggl( x \Biggr) \biggr) \Bigr) \bigr) \text{a–b — “q” ‘q’ … °}
  \texttt{abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\_.,:;=()[]\{\}+-*/'"}
`;

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

async function problemTexts(): Promise<string> {
  const dir = join(root, 'content/problems');
  let text = '';
  for (const lesson of await readdir(dir, { withFileTypes: true })) {
    if (!lesson.isDirectory()) continue;
    for (const file of await readdir(join(dir, lesson.name))) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const problem = (await import(pathToFileURL(join(dir, lesson.name, file)).href)).default as Problem;
      if (typeof problem?.instantiate !== 'function') continue;
      for (let seed = 1; seed <= 40; seed++) {
        for (const s of stringsIn(problem.instantiate(seed))) {
          if (!s.includes('$')) continue;
          try {
            text += katexDrawnText(renderMarkdown(s));
          } catch {
            // Not Markdown with math (an answer's raw form, say): nothing drawn in KaTeX.
          }
        }
      }
    }
  }
  return text;
}

let text = '';
for (let c = 0x20; c < 0x7f; c++) text += String.fromCodePoint(c);
text += katexDrawnText(katex.renderToString(SAFETY_TEX, { displayMode: true, throwOnError: true }));
for await (const file of htmlFiles(dist)) text += katexDrawnText(await readFile(file, 'utf8'));
text += await problemTexts();

const glyphs = [...new Set(text)]
  .filter((ch) => !/[\n\r\t]/.test(ch))
  .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
const literal = glyphs
  .map((ch) => {
    const code = ch.codePointAt(0)!;
    return code >= 0x20 && code < 0x7f && ch !== "'" && ch !== '\\' ? ch : `\\u{${code.toString(16)}}`;
  })
  .join('');
await writeFile(
  join(root, 'src/styles/katexGlyphs.ts'),
  `// Generated by scripts/build/katexGlyphs.ts from the built site and the problems: run it again
// (after a build) instead of editing. ${glyphs.length} characters.

/**
 * Every character the course draws in KaTeX's faces. The build cuts the faces down to these
 * (src/styles/katexFontSubset.ts) and fails when a built page draws one that is missing.
 */
export const KATEX_GLYPHS =
  '${literal}';
`,
);
console.log(`src/styles/katexGlyphs.ts: ${glyphs.length} characters`);
