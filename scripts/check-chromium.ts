// `npm test` runs this first: without a usable Chromium the end-to-end tests cannot run, so stop
// before spending minutes on type checks and the build. Prints one line and exits 1 when missing.
import { checkChromium, isExecutableFile, SYSTEM_CHROMIUM } from './findChromium.ts';

// Loading Playwright only to ask where its own browser would be takes seconds on a busy machine:
// do it only when neither CHROMIUM_PATH nor the system Chromium decides.
const needManaged = !process.env.CHROMIUM_PATH && !isExecutableFile(SYSTEM_CHROMIUM);
const managedPath = needManaged ? (await import('@playwright/test')).chromium.executablePath() : undefined;
const result = checkChromium({ managedPath });
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
