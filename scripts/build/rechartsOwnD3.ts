import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

// Recharts reaches d3 (d3-scale, d3-shape and what they import) through victory-vendor. Shared
// with the kit's own d3-scale imports, those modules would land in one chunk that every widget
// page loads before interaction — and Recharts uses all of d3-scale (time, band, ordinal scales,
// d3-time-format), so that chunk grew by ~9 KB gzip on pages that show no Recharts chart
// (measured: playground embed 172.9 → 182.5 KB). This plugin gives Recharts its own copy of the
// d3 modules at build time (the id gets a query suffix, kept through their relative imports),
// so that copy sits in the chunks loaded with a Recharts chart, and the kit's chunk stays as it was.
// The same for react-dom's entry module, from which Recharts imports only createPortal (a pure
// element factory): shared, it was split out of the React client chunk into a file of its own
// (+0.5 KB gzip on every widget page). React itself stays shared: one React.

const TAG = '?recharts-own';
/** What Recharts gets its own copy of: d3 (all of it), and react-dom's small entry (createPortal only). */
const OWN =
  /[\\/]node_modules[\\/](?:d3-[a-z-]+[\\/]|internmap[\\/]|react-dom[\\/](?:index\.js|cjs[\\/]react-dom\.production\.js)$)/;
const RECHARTS = /[\\/]node_modules[\\/](?:victory-vendor|recharts)[\\/]/;
/**
 * The kit's Recharts views, and the kit helpers they take their own copy of: shared with the
 * kit's plots, formatNumber.ts was split out of the widgets' chunk into a file of its own
 * (+0.5 KB gzip on every widget embed, measured). The source stays one file; the bundle has it twice,
 * once in the chunks loaded with a Recharts chart.
 */
const KIT_RECHARTS =
  /[\\/]components[\\/]widgets[\\/]kit[\\/](?:StudyChart[\\/]|RunExplorer[\\/]RunExplorer\.tsx)/;
const KIT_OWN = /[\\/]components[\\/]widgets[\\/]kit[\\/](?:formatNumber|useHydrated)\.ts$/;

export function rechartsOwnD3(): Plugin {
  return {
    name: 'descent:recharts-own-d3',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      if (KIT_RECHARTS.test(importer) && !importer.endsWith(TAG)) {
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        if (!resolved || resolved.external || !KIT_OWN.test(resolved.id)) return resolved;
        return { ...resolved, id: resolved.id + TAG };
      }
      if (!(RECHARTS.test(importer) || importer.endsWith(TAG))) return null;
      const resolved = await this.resolve(source, importer.replace(TAG, ''), { ...options, skipSelf: true });
      if (!resolved || resolved.external || !OWN.test(resolved.id) || resolved.id.includes('?'))
        return resolved;
      return { ...resolved, id: resolved.id + TAG };
    },
    async load(id) {
      if (!id.endsWith(TAG)) return null;
      const file = id.slice(0, -TAG.length);
      const source = readFileSync(file, 'utf8');
      // A copied TypeScript module: stripped of its types here (the id's query hides its extension).
      if (!file.endsWith('.ts')) return source;
      return (await transform(source, { loader: 'ts', format: 'esm', sourcefile: file })).code;
    },
  };
}
