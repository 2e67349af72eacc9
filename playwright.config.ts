import { chromium, defineConfig, devices } from '@playwright/test';
import { pickChromium } from './scripts/findChromium.ts';

// Never download browsers: CHROMIUM_PATH when set, else Debian's Chromium when it is installed
// (CI installs it), else a Playwright-managed browser only where one already exists.
// `npm test` checks first (scripts/check-chromium.ts) that the choice actually runs.
const executablePath = pickChromium({ managedPath: chromium.executablePath() })?.path;
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // CI runs the whole suite on a 2-core machine beside the preview server: one retry there, so a
  // test that fails only under load is reported as flaky (and looked at) instead of failing the
  // landing; a real failure fails twice. Locally no retries, to see every flake.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  // Assertions poll for up to 10 s: hydration and lazily loaded chunks (the answer checker's mathjs,
  // a widget's worker) take seconds when two browsers and the build share two cores.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // Tests run against the production build (npm test builds first).
    // --ignore-lock: a reader may have `npm start` (another preview) running while the tests run.
    command: `npx astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
