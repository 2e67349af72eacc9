/**
 * The site's public origin, a build setting: `DESCENT_SITE_URL=https://descent.example.org npm run
 * build`. It goes into Astro's `site` (canonical and og: links), the oEmbed files and the links
 * out of SCORM packages. Without it a build is for this machine (`npm start` serves it there).
 * The course is served at the root of its origin, so a path is refused, as is anything but http(s).
 */
export const LOCAL_SITE_URL = 'http://localhost:4321/';

export function siteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return LOCAL_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`DESCENT_SITE_URL is not a URL: "${value}" (expected e.g. https://descent.example.org)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`DESCENT_SITE_URL must be an http(s) origin, not "${value}"`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new Error(
      `DESCENT_SITE_URL must be an origin without a path (the course is served at the root of its host), not "${value}"`,
    );
  return `${url.origin}/`;
}
