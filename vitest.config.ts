import { defineConfig } from 'vitest/config';
import { timeout } from './test/helpers/soak.js';

// Stryker (`npm run mutation`) sets STRYKER_MUTATOR_WORKER in its test runners, which run every
// test in one thread through instrumented code: the UTS 46 property test (1.8 s in `npm test`)
// passed 5 s there, and Stryker's initial run failed on it. Every test gets 60 s there, so no
// test needs a time-out of its own for Stryker. Stryker stops a mutant that makes a test loop
// by its own time-out (`timeoutMS` in stryker.config.json, on top of the time each test took in
// the initial run).
const mutating = process.env.STRYKER_MUTATOR_WORKER !== undefined;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // A soak (FC_RUNS set: test/helpers/soak.ts) runs each property for as long as it takes.
    testTimeout: timeout(mutating ? 60_000 : 5_000),
    // In CI a JSON report feeds the closing "N passed, N failed" line of .ci/run.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/vitest.json' },
    typecheck: {
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/cli/bin.ts'],
    },
  },
});
