import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The build test and the browser suite build the site once; give them room.
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Files share one built dist/ (tests/support/globalSetup.ts builds it once).
    globalSetup: ['tests/support/globalSetup.ts'],
    fileParallelism: false,
  },
});
