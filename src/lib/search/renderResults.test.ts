import { describe, expect, it } from 'vitest';
import { orderHits, renderResults, safeExcerpt, type SearchHit } from './renderResults.ts';

describe('renderResults(hits, query)', () => {
  it('names the page and links each section to its heading', () => {
    const html = renderResults(
      [
        {
          url: '/lessons/variance-reduction/',
          meta: { title: 'Variance reduction' },
          excerpt: 'x',
          sub_results: [
            {
              title: 'SAGA',
              url: '/lessons/variance-reduction/#saga',
              excerpt: 'the <mark>SAGA</mark> table',
            },
          ],
        },
      ],
      'SAGA',
    );
    expect(html).toContain('<h2><a href="/lessons/variance-reduction/#saga">Variance reduction</a></h2>');
    expect(html).toContain(
      '<a href="/lessons/variance-reduction/#saga">SAGA</a><p>the <mark>SAGA</mark> table</p>',
    );
  });
  it('puts the best-matching section first', () => {
    const html = renderResults(
      [
        {
          url: '/l/',
          meta: { title: 'L' },
          excerpt: '',
          sub_results: [
            { title: 'Intro', url: '/l/#intro', excerpt: 'a', weighted_locations: [{ balanced_score: 1 }] },
            {
              title: 'Warmup',
              url: '/l/#warmup',
              excerpt: 'b',
              weighted_locations: [{ balanced_score: 5 }, { balanced_score: 3 }],
            },
          ],
        },
      ],
      'warmup',
    );
    expect(html.indexOf('#warmup')).toBeLessThan(html.indexOf('#intro'));
    expect(html).toContain('<h2><a href="/l/#warmup">L</a></h2>');
  });
  it('escapes everything but <mark> and says when nothing matched', () => {
    expect(safeExcerpt('<img src=x onerror=alert(1)> <mark>a</mark>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <mark>a</mark>',
    );
    expect(renderResults([], '<b>q</b>')).toContain('“&lt;b&gt;q&lt;/b&gt;”');
    // Pagefind's excerpts arrive escaped: shown once, as text, never as the entity.
    expect(safeExcerpt('(s&gt;0 in PyTorch), t &lt;W, <mark>a</mark> &amp;lt;img&amp;gt;')).toBe(
      '(s&gt;0 in PyTorch), t &lt;W, <mark>a</mark> &amp;lt;img&amp;gt;',
    );
    expect(safeExcerpt('&lt;img src=x onerror=alert(1)&gt;')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('orderHits(hits)', () => {
  const hit = (url: string, scores: number[][]): SearchHit => ({
    url,
    meta: { title: url },
    excerpt: '',
    sub_results: scores.map((w, i) => ({
      title: `s${i}`,
      url: `${url}#s${i}`,
      excerpt: '',
      weighted_locations: w.map((balanced_score) => ({ balanced_score })),
    })),
  });
  it('puts the page whose best section scores highest first, whatever Pagefind’s page order', () => {
    // Pagefind's first page names the term ten times in passing; the second has a heading on it.
    const passing = hit('/lessons/beyond-adamw/', [[512, 512, 212], [512, 212], [128]]);
    const teaching = hit('/lessons/schedules/', [[512], [18437, 512, 512], [512]]);
    expect(orderHits([passing, teaching]).map((h) => h.url)).toEqual([
      '/lessons/schedules/',
      '/lessons/beyond-adamw/',
    ]);
    expect(renderResults([passing, teaching], 'warmup').indexOf('/lessons/schedules/')).toBeLessThan(
      renderResults([passing, teaching], 'warmup').indexOf('/lessons/beyond-adamw/'),
    );
  });
  it('keeps Pagefind’s order for equal scores, and ranks pages without sections last', () => {
    const a = hit('/a/', [[5]]);
    const b = hit('/b/', [[5]]);
    const bare: SearchHit = { url: '/c/', meta: {}, excerpt: 'x' };
    expect(orderHits([bare, a, b]).map((h) => h.url)).toEqual(['/a/', '/b/', '/c/']);
  });
});
