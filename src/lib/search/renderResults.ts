/** What the page needs of one Pagefind result (see pagefind.app/docs/api). */
export interface SearchHit {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: {
    title: string;
    url: string;
    excerpt: string;
    weighted_locations?: { balanced_score: number }[];
    locations?: number[];
  }[];
}

/** How strongly a section matches: Pagefind's weighted scores summed (headings weigh more). */
const sectionScore = (s: NonNullable<SearchHit['sub_results']>[number]) =>
  s.weighted_locations?.reduce((a, w) => a + w.balanced_score, 0) ?? s.locations?.length ?? 0;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text an HTML fragment stands for: character references decoded (&amp;gt; → >, &#39; → '). */
const decodeEntities = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos|nbsp));/g, (_, dec, hex, name) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[
            name
          ],
  );

/**
 * Pagefind's excerpts are our own page text, already HTML-escaped, with the matches wrapped in
 * <mark>. Each stretch between marks is decoded once and escaped once, so "s > 0" shows as
 * "s > 0" (not "s &gt; 0"), and nothing but the marks is ever markup: no tag from the index (or a
 * crafted query) reaches the page.
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeHtml(decodeEntities(part))))
    .join('');
}

/** A page's strongest section: what its result links to and is ranked by. */
const bestSectionScore = (h: SearchHit) =>
  Math.max(0, ...(h.sub_results ?? []).filter((s) => s.url !== h.url).map(sectionScore));

/**
 * The hits in the order they are shown: by their best section's score, so the page with the
 * section that teaches a term (its heading names it, and headings weigh more) comes before a
 * page that only mentions it often. Pagefind ranks whole pages, and a long lesson that names
 * "warmup" in passing ten times can outscore the lesson whose section is called "Warmup".
 * Equal scores keep Pagefind's order.
 */
export function orderHits(hits: readonly SearchHit[]): SearchHit[] {
  return hits
    .map((h, i) => ({ h, i, score: bestSectionScore(h) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ h }) => h);
}

/**
 * The results list as HTML: one item per page (in {@link orderHits}' order), named by its title
 * (the lesson), with its best sections (Pagefind's sub-results, one per heading) as links that
 * land on the heading.
 */
export function renderResults(hits: readonly SearchHit[], query: string): string {
  if (hits.length === 0)
    return `<p class="search-none">No page mentions “${escapeHtml(query)}”. Try fewer or other words.</p>`;
  const items = orderHits(hits).map((h) => {
    const title = escapeHtml(decodeEntities(h.meta.title ?? h.url));
    // Best-matching sections first (Pagefind lists them in page order).
    const sections = (h.sub_results ?? [])
      .filter((s) => s.url !== h.url)
      .sort((a, b) => sectionScore(b) - sectionScore(a))
      .slice(0, 4);
    const subs = sections.length
      ? `<ul class="search-sections">${sections.map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(decodeEntities(s.title))}</a><p>${safeExcerpt(s.excerpt)}</p></li>`).join('')}</ul>`
      : `<p>${safeExcerpt(h.excerpt)}</p>`;
    return `<li class="search-hit"><h2><a href="${escapeHtml(sections[0]?.url ?? h.url)}">${title}</a></h2>${subs}</li>`;
  });
  return `<ol class="search-hits">${items.join('')}</ol>`;
}
