import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * A rehype plugin (after rehype-katex) that keeps each heading's rendered content as HTML, in
 * document order, in the page's frontmatter as `headingHtml`: Astro's heading list has only the
 * text, in which a formula reads as KaTeX's letters twice over ("LiL_iLi") and code loses its
 * font, so the table of contents shows the heading as the page does. An entry is undefined where
 * a heading holds something that is not plain HTML (an MDX expression); the text is used there.
 */
export function rehypeHeadingHtml() {
  return (tree: Root, file: { data: AstroData }) => {
    const html: (string | undefined)[] = [];
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      try {
        html.push(toHtml(node.children));
      } catch {
        html.push(undefined);
      }
    });
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.headingHtml = html;
  };
}
