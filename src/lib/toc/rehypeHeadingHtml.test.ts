import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingHtml } from './rehypeHeadingHtml.ts';

describe('rehypeHeadingHtml()', () => {
  it('keeps every heading as the page renders it, formulas and code included, in order', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkRehype)
      .use(rehypeKatex)
      .use(rehypeHeadingHtml)
      .use(rehypeStringify)
      .process('# Title\n\n## Step sizes: the largest $L_i$\n\ntext\n\n### The bug past `T_max`\n');
    const html = (file.data as { astro: { frontmatter: { headingHtml: string[] } } }).astro.frontmatter
      .headingHtml;
    expect(html).toHaveLength(3);
    expect(html[0]).toBe('Title');
    expect(html[1]).toMatch(/^Step sizes: the largest <span class="katex">/);
    expect(html[2]).toBe('The bug past <code>T_max</code>');
  });
});
