import { defineConfig } from 'vitest/config';

/** The site and browser layers read one built site, which their global setup builds once. */
const builtSite = {
  globalSetup: ['tests/support/globalSetup.ts'],
  // Files share dist/, a browser and two cores: one file at a time.
  fileParallelism: false,
};

export default defineConfig({
  test: {
    // A missing snapshot fails instead of being written, so no run can pass on a
    // snapshot it has just saved. Write new ones on purpose: `npm run test:unit -- --update new`.
    update: 'none',
    // The build tests and the browser suites build sites and drive Chromium; give them room.
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Layers run in order, fastest first: unit, then site, then browser. (Orders start at 1:
    // vitest runs a group 0 whose project has one worker after all the others.)
    projects: [
      // Pure logic: no build, seconds (`npm run test:unit`).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 1 } } },
      // The build and its output in dist/ (`npm run test:site`).
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...builtSite, sequence: { groupOrder: 2 } } },
      // The built site in Chromium through playwright-core (`npm run test:browser`).
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...builtSite, sequence: { groupOrder: 3 } } },
    ],
  },
});
