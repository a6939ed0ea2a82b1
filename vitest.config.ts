import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Every test file gets its own database copied from the migrated template, so files run in parallel.
    fileParallelism: true,
    // vitest's default is one worker fewer than the CPUs: a single worker on a 2-core CI machine, which runs
    // the files one after another. Most of a file's time is spent waiting for PostgreSQL, child processes and
    // HTTP, so three at once use the two cores better.
    maxWorkers: 3,
  },
});
