import { describe, expect, it } from 'vitest';
import { referenceLinks } from './referenceLinks.ts';

describe('referenceLinks({ title, doi, arxiv, href })', () => {
  it('links the title to the DOI when there is one, and lists both identifiers', () => {
    expect(referenceLinks({ title: 'T', doi: '10.1137/16M1080173', arxiv: '1606.04838' })).toEqual({
      primary: 'https://doi.org/10.1137/16M1080173',
      ids: [
        { label: 'doi:10.1137/16M1080173', href: 'https://doi.org/10.1137/16M1080173' },
        { label: 'arXiv:1606.04838', href: 'https://arxiv.org/abs/1606.04838' },
      ],
    });
  });
  it('falls back to the arXiv abstract page, then to href, then to no link', () => {
    expect(referenceLinks({ title: 'T', arxiv: '1412.6980' }).primary).toBe(
      'https://arxiv.org/abs/1412.6980',
    );
    expect(referenceLinks({ title: 'T', href: 'https://jmlr.org/papers/v12/duchi11a.html' }).primary).toBe(
      'https://jmlr.org/papers/v12/duchi11a.html',
    );
    expect(referenceLinks({ title: 'T' })).toEqual({ primary: null, ids: [] });
  });
  it('accepts DOIs with parentheses and old-style arXiv identifiers', () => {
    expect(() => referenceLinks({ title: 'T', doi: '10.1016/0041-5553(64)90137-5' })).not.toThrow();
    expect(() => referenceLinks({ title: 'T', arxiv: 'math/0501001v2' })).not.toThrow();
  });
  it('rejects a DOI given as a URL, a malformed arXiv id and a non-https href, naming the reference', () => {
    expect(() => referenceLinks({ title: 'Adam', doi: 'https://doi.org/10.1/x' })).toThrow(/Adam.*not a DOI/);
    expect(() => referenceLinks({ title: 'Adam', arxiv: 'arXiv:1412.6980' })).toThrow(/not an arXiv/);
    expect(() => referenceLinks({ title: 'Adam', href: 'javascript:alert(1)' })).toThrow(/https/);
  });
});

describe('every reference in lessons 0–8', () => {
  // Read the MDX sources: each <Ref …/> must carry a checked identifier or a stable page, no exceptions.
  const lessons = import.meta.glob<string>('../../content/lessons/0*.mdx', {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const refs = Object.entries(lessons).flatMap(([path, src]) =>
    [...src.matchAll(/<Ref [^>]*\/>/g)].map((m) => {
      const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[0])?.[1];
      return { path, title: attr('title') ?? '', doi: attr('doi'), arxiv: attr('arxiv'), href: attr('href') };
    }),
  );
  it('finds the references of all nine lessons', () => {
    expect(new Set(refs.map((r) => r.path)).size).toBe(9);
    expect(refs.length).toBeGreaterThan(60);
  });
  it.each(refs.map((r) => [r.title, r] as const))(
    '%s links to a DOI, an arXiv page or a stable page',
    (_, r) => {
      expect(referenceLinks(r).primary).toMatch(/^https:\/\//);
    },
  );
});
