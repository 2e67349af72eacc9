import { describe, expect, it } from 'vitest';
import { MAX_EMBED_HEIGHT } from './embedHeight.ts';
import { iframeHtml, oembedJson, snippetHtml } from './snippet.ts';

describe('snippet', () => {
  it('escapes attributes and clamps the height', () => {
    const html = iframeHtml({
      src: 'https://x.test/embed/a/?q="><script>',
      title: 'A "b" <c>',
      height: 99999,
      maxWidth: 0,
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('title="A &quot;b&quot; &lt;c&gt;"');
    expect(html).toContain(`height="${MAX_EMBED_HEIGHT}"`);
  });
  it('adds the host script when asked', () => {
    expect(
      snippetHtml({
        src: 'https://x.test/e/',
        title: 't',
        height: 500,
        maxWidth: 800,
        script: 'https://x.test/embed.js',
      }),
    ).toMatch(
      /max-width:800px;height:500px[\s\S]*<script src="https:\/\/x.test\/embed.js" async><\/script>$/,
    );
  });
  it('builds a rich oEmbed answer', () => {
    const o = oembedJson(new URL('https://d.test'), '/embed/a/', 'T', 600);
    expect(o).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'T',
      height: 600,
      provider_name: 'Descent',
    });
    expect(o.html).toContain('src="https://d.test/embed/a/"');
  });
});
