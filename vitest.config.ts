import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ once per run, so that CLI tests spawn the fresh bin/postlint.js.
    globalSetup: ['tests/helpers/build.ts'],
    testTimeout: 30000,
  },
});
