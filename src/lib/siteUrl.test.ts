import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, siteUrl } from './siteUrl.ts';

describe('siteUrl(DESCENT_SITE_URL)', () => {
  it('defaults to the local server, normalises an origin', () => {
    expect(siteUrl(undefined)).toBe(LOCAL_SITE_URL);
    expect(siteUrl('  ')).toBe(LOCAL_SITE_URL);
    expect(siteUrl('https://Course.Example.org')).toBe('https://course.example.org/');
    expect(siteUrl('https://course.example.org:8443/')).toBe('https://course.example.org:8443/');
  });
  it('refuses what would produce broken links, saying why', () => {
    expect(() => siteUrl('course.example.org')).toThrow(/not a URL/);
    expect(() => siteUrl('ftp://example.org')).toThrow(/http\(s\)/);
    expect(() => siteUrl('https://example.github.io/descent/')).toThrow(/without a path/);
    expect(() => siteUrl('https://example.org/?x=1')).toThrow(/without a path/);
  });
});
