import { defineConfig } from 'vitest/config';

// `npm test -w @descent/optim`: the package's own tests (the repository's `npm test` runs them too,
// from the root config). Same safety-net timeout as the root: some tests run many seeded variants.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
