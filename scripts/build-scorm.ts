// Builds one SCORM 1.2 package per lesson with problems, from the built problem-set embed pages:
// dist/instructors/scorm/<lesson>.zip holding imsmanifest.xml, index.html (the embed page with
// every path made relative), scorm.js (the LMS runtime) and exactly the assets the page loads.
// Run by `npm run build` after `astro build`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zip } from './scorm/zip.ts';

const dist = resolve(process.cwd(), process.env.DESCENT_OUT_DIR ?? 'dist');
const SITE = 'https://descent.example';
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every file under _astro/ the page needs: referenced from the HTML, then from JS and CSS transitively. */
function assetClosure(html: string): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (name: string) => {
    if (!seen.has(name) && existsSync(join(dist, '_astro', name))) {
      seen.add(name);
      queue.push(name);
    }
  };
  for (const m of html.matchAll(/\/_astro\/([\w.\-]+)/g)) add(m[1]);
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (!/\.(js|css)$/.test(name)) continue;
    const text = readFileSync(join(dist, '_astro', name), 'utf8');
    for (const m of text.matchAll(
      /(?:\.\/|_astro\/|\/_astro\/)([\w.\-]+\.(?:js|css|woff2?|ttf|svg|png|wasm))/g,
    ))
      add(m[1]);
  }
  return [...seen].sort();
}

function packageFor(lesson: string) {
  const page = join(dist, 'embed/problems', lesson, 'index.html');
  const source = readFileSync(page, 'utf8');
  const ids = [...source.matchAll(/data-embed-problem="([a-z0-9-]+)"/g)].map((m) => m[1]);
  const title = /<title>([^<]*)<\/title>/.exec(source)?.[1] ?? lesson;
  const assets = assetClosure(source);
  // Paths: site assets become relative to the package root; links out go to the public site.
  let html = source
    .replace(/(["'(])\/_astro\//g, '$1./_astro/')
    .replace(/href="\/favicon\.svg"/g, 'href="./favicon.svg"')
    .replace(/href="\/(?!\/)/g, `href="${SITE}/`)
    .replace(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/, '');
  const runtime = `<script src="./scorm.js" data-problems="${esc(JSON.stringify(ids))}"></script>`;
  if (!html.includes('</title>')) throw new Error(`no <title> in ${page}`);
  html = html.replace('</title>', `</title>${runtime}`);
  const files: { name: string; data: Buffer }[] = [
    { name: 'index.html', data: Buffer.from(html) },
    { name: 'scorm.js', data: readFileSync(join(process.cwd(), 'scripts/scorm/runtime.js')) },
    { name: 'favicon.svg', data: readFileSync(join(dist, 'favicon.svg')) },
  ];
  for (const a of assets) {
    let data = readFileSync(join(dist, '_astro', a));
    if (a.endsWith('.js')) {
      // Vite's preload helper prefixes the site root to "_astro/<file>" and resolves the result
      // against its own URL (inside _astro/): in a package, "../" is the package root.
      const text = data.toString('utf8').replace(/return`\/`\+(\w)\}/g, 'return`../`+$1}');
      data = Buffer.from(text);
    }
    if (a.endsWith('.css')) data = Buffer.from(data.toString('utf8').replace(/url\(\/_astro\//g, 'url(./'));
    files.push({ name: `_astro/${a}`, data });
  }
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="descent-${lesson}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="descent">
    <organization identifier="descent">
      <title>${esc(title)}</title>
      <item identifier="item-${lesson}" identifierref="res-${lesson}" isvisible="true">
        <title>${esc(title)}</title>
        <adlcp:masteryscore>100</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${lesson}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${esc(f.name)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
  files.unshift({ name: 'imsmanifest.xml', data: Buffer.from(manifest) });
  return zip(files);
}

const out = join(dist, 'instructors/scorm');
mkdirSync(out, { recursive: true });
const lessons = readdirSync(join(dist, 'embed/problems'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
for (const lesson of lessons) {
  const buf = packageFor(lesson);
  writeFileSync(join(out, `${lesson}.zip`), buf);
  console.log(`SCORM package instructors/scorm/${lesson}.zip: ${(buf.length / 1024).toFixed(0)} kB`);
}
