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

/**
 * Pagefind's excerpts are our own page text with the matches wrapped in <mark>; everything but
 * those marks is escaped, so no markup from the index (or a crafted query) reaches the page.
 */
export function safeExcerpt(excerpt: string): string {
  return escapeHtml(excerpt)
    .replace(/&lt;mark&gt;/g, '<mark>')
    .replace(/&lt;\/mark&gt;/g, '</mark>');
}

/**
 * The results list as HTML: one item per page, named by its title (the lesson), with its best
 * sections (Pagefind's sub-results, one per heading) as links that land on the heading.
 */
export function renderResults(hits: readonly SearchHit[], query: string): string {
  if (hits.length === 0)
    return `<p class="search-none">No page mentions “${escapeHtml(query)}”. Try fewer or other words.</p>`;
  const items = hits.map((h) => {
    const title = escapeHtml(h.meta.title ?? h.url);
    // Best-matching sections first (Pagefind lists them in page order).
    const sections = (h.sub_results ?? [])
      .filter((s) => s.url !== h.url)
      .sort((a, b) => sectionScore(b) - sectionScore(a))
      .slice(0, 4);
    const subs = sections.length
      ? `<ul class="search-sections">${sections.map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a><p>${safeExcerpt(s.excerpt)}</p></li>`).join('')}</ul>`
      : `<p>${safeExcerpt(h.excerpt)}</p>`;
    return `<li class="search-hit"><h2><a href="${escapeHtml(sections[0]?.url ?? h.url)}">${title}</a></h2>${subs}</li>`;
  });
  return `<ol class="search-hits">${items.join('')}</ol>`;
}
