/** A DOI: "10.", a registrant code, "/", a suffix without spaces (Crossref's recommended pattern). */
const DOI = /^10\.\d{4,9}\/[-._;()/:A-Za-z0-9<>]+$/;
/** A new-style arXiv identifier (2007 on), optionally versioned, or an old-style one ("math/0501001"). */
const ARXIV = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/;

export interface ReferenceLinkInput {
  title: string;
  doi?: string;
  arxiv?: string;
  href?: string;
}

export interface ReferenceLinks {
  /** Where the title links: the DOI, else the arXiv abstract page, else `href`. */
  primary: string | null;
  /** The identifiers shown after the venue, each a link. */
  ids: { label: string; href: string }[];
}

/**
 * referenceLinks({ title, doi, arxiv, href }) → the links of one reference. Throws on a malformed
 * DOI, arXiv identifier or URL, naming the reference, so a typo fails the build instead of
 * publishing a dead link.
 */
export function referenceLinks({ title, doi, arxiv, href }: ReferenceLinkInput): ReferenceLinks {
  if (doi !== undefined && !DOI.test(doi))
    throw new Error(`Reference “${title}”: "${doi}" is not a DOI (expected 10.xxxx/…, no URL prefix)`);
  if (arxiv !== undefined && !ARXIV.test(arxiv))
    throw new Error(`Reference “${title}”: "${arxiv}" is not an arXiv identifier (expected e.g. 1412.6980)`);
  if (href !== undefined && !/^https:\/\/[^\s]+$/.test(href))
    throw new Error(`Reference “${title}”: href "${href}" must be an https:// URL`);
  const ids: ReferenceLinks['ids'] = [];
  const doiUrl = doi && `https://doi.org/${doi}`;
  const arxivUrl = arxiv && `https://arxiv.org/abs/${arxiv}`;
  if (doiUrl) ids.push({ label: `doi:${doi}`, href: doiUrl });
  if (arxivUrl) ids.push({ label: `arXiv:${arxiv}`, href: arxivUrl });
  return { primary: doiUrl || arxivUrl || href || null, ids };
}
