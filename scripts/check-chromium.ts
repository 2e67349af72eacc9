// `npm test` runs this first: without a usable Chromium the end-to-end tests cannot run, so stop
// before spending minutes on type checks and the build. Prints one line and exits 1 when missing.
import { chromium } from '@playwright/test';
import { checkChromium } from './findChromium.ts';

const result = checkChromium({ managedPath: chromium.executablePath() });
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
