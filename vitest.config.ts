import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test; Playwright specs in tests/ are run separately.
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'src/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'content/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // A safety net, not a performance check: several tests run thousands of seeded variants and
    // must not fail because a loaded machine ran them slowly (the default is 5 s).
    testTimeout: 60_000,
  },
});
