import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the CLI once per run (in a private folder), so that CLI tests spawn a fresh bin/postlint.js.
    globalSetup: ['tests/helpers/build.ts'],
    testTimeout: 30000,
  },
});
