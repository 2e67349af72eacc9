import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** One JavaScript chunk of the client build and what it loads. */
export interface ChunkNode {
  /** The source module the chunk is built from (relative to the project), if it has one. */
  source?: string;
  imports: string[];
  dynamicImports: string[];
  css: string[];
  assets: string[];
}

/** Written next to the build for scripts/build-scorm.ts, which reads and deletes it. */
export const CHUNK_GRAPH_FILE = '.descent-chunk-graph.json';

/**
 * A Vite plugin that records the client build's chunk graph (file → source module, static and
 * dynamic imports, CSS and assets), so the SCORM packager can take exactly what a lesson's page
 * needs: following imports from the page, and of the lazily loaded problem modules only that
 * lesson's, instead of every chunk whose name appears in the bundle's text.
 */
export function chunkGraph(root: string): Plugin {
  return {
    name: 'descent-chunk-graph',
    apply: 'build',
    writeBundle(options, bundle) {
      const files = Object.keys(bundle);
      if (!options.dir || !files.some((f) => f.startsWith('_astro/'))) return; // the server build
      const graph: Record<string, ChunkNode> = {};
      for (const [file, out] of Object.entries(bundle)) {
        if (out.type !== 'chunk') continue;
        const meta = (out as { viteMetadata?: { importedCss?: Set<string>; importedAssets?: Set<string> } })
          .viteMetadata;
        graph[file] = {
          source: out.facadeModuleId ? relative(root, out.facadeModuleId).split('\\').join('/') : undefined,
          imports: out.imports,
          dynamicImports: out.dynamicImports,
          css: [...(meta?.importedCss ?? [])],
          assets: [...(meta?.importedAssets ?? [])],
        };
      }
      writeFileSync(join(options.dir, CHUNK_GRAPH_FILE), JSON.stringify(graph));
    },
  };
}
