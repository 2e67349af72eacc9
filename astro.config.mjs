// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import embeds from './components/embeds/integration.ts';
import digitsAsset from './scripts/digits/digitsIntegration.ts';
import { chunkGraph } from './scripts/scorm/chunkGraph.ts';
import { rechartsOwnD3 } from './scripts/build/rechartsOwnD3.ts';
import parserYieldPoints from './scripts/build/parserYieldPoints.ts';
import inlineMathGlue from './scripts/build/inlineMathGlue.ts';
import { siteUrl } from './src/lib/siteUrl.ts';
import { katexOptionalFonts, keepKatexFontsAsFiles } from './src/styles/katexFontDisplay.ts';
import { writeKatexSubsets } from './src/styles/katexFontSubset.ts';
import { KATEX_GLYPHS } from './src/styles/katexGlyphs.ts';
import katexGlyphCheck from './scripts/build/katexGlyphCheck.ts';
import { rehypeHeadingHtml } from './src/lib/toc/rehypeHeadingHtml.ts';
import { rehypeEquationPieces } from './src/lib/typeset/rehypeEquationPieces.ts';
import { LESSON_KATEX } from './src/lib/typeset/lessonKatexOptions.ts';

// Astro 7's default Markdown processor (satteri) does not run remark/rehype plugins, so the
// unified processor is selected explicitly; MDX inherits it. Math becomes KaTeX HTML at build
// time, so lesson pages ship no math JavaScript.
//
// One KaTeX for everything: rehype-katex and remark-math would bring their own KaTeX 0.16, whose
// HTML uses class names (`strut`, `base`, `sizing`) that the 0.19 stylesheet the pages load no
// longer styles — every script and fraction then sat full size on the baseline. package.json's
// `overrides: { katex: "$katex" }` makes them use the project's KaTeX, so `npm ls katex` shows one
// version and the build-time HTML, the components and the problem player all match the stylesheet.
// KaTeX's faces cut down to the characters the course draws (src/styles/katexFontSubset.ts), on
// disk before anything is bundled: the stylesheet and the preloads point at them.
await writeKatexSubsets(fileURLToPath(new URL('.', import.meta.url)), KATEX_GLYPHS);

export default defineConfig({
  // DESCENT_OUT_DIR lets several builds (e.g. parallel test runs) coexist; default ./dist.
  outDir: process.env.DESCENT_OUT_DIR ?? './dist',
  // The public origin (README, "Hosting"): canonical links, oEmbed files, links out of packages.
  site: siteUrl(process.env.DESCENT_SITE_URL),
  trailingSlash: 'always',
  // The sitemap lists every page but the 404 and the chrome-less embeds (when they exist).
  integrations: [
    embeds(),
    // dist/data/digits.bin, the digits board's data, built from the mnist package
    digitsAsset(),
    mdx(),
    react(),
    sitemap({ filter: (page) => !/\/(404|embed)\b/.test(new URL(page).pathname) }),
    // Inline formulas glued to the text they touch (no line starts with the comma after one).
    inlineMathGlue(),
    // Empty scripts between a built lesson's blocks, so the HTML parser yields (issue 33).
    parserYieldPoints(),
    // Fails the build when a formula draws a character the cut-down KaTeX faces lack.
    katexGlyphCheck(),
  ],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      // rehypeEquationPieces lets a displayed row of equations break between them first (on a phone).
      // rehypeHeadingHtml keeps headings' rendered HTML (formulas, code) for the table of contents.
      // LESSON_KATEX: strict, throws on bad TeX, and trusts one HTML command, \htmlClass with an
      // eq-series-N class (a symbol coloured like the widget's series N), nothing else.
      rehypePlugins: [[rehypeKatex, LESSON_KATEX], rehypeEquationPieces, rehypeHeadingHtml],
    }),
  },
  // Embeds in a frame sandboxed without allow-same-origin have an opaque origin, and module
  // scripts load with CORS: the site's files must allow any origin (public/_headers does the same
  // on static hosts that read it). The files are public and sent without credentials.
  // KaTeX's faces are declared font-display: optional, once each (src/styles/katexFontDisplay.ts).
  // chunkGraph records the client chunks' imports for the SCORM packager (scripts/build-scorm.ts).
  // rechartsOwnD3 keeps Recharts' d3 out of the kit's chunk (scripts/build/rechartsOwnD3.ts).
  // KaTeX's fonts stay files, never data: URLs, so every face can be preloaded (keepKatexFontsAsFiles).
  vite: {
    build: { assetsInlineLimit: keepKatexFontsAsFiles },
    plugins: [
      katexOptionalFonts(),
      rechartsOwnD3(),
      chunkGraph(fileURLToPath(new URL('.', import.meta.url))),
    ],
  },
  server: { port: 4321, host: true, headers: { 'Access-Control-Allow-Origin': '*' } },
});
