import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// CI sets VITEST_JSON_REPORT so that .ci/run can print its own closing line.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Vitest's default is one worker fewer than the CPUs: 1 on our 2-core machines, where
    // most test time is spent waiting for CLI child processes. Two files at a time overlap
    // that waiting.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
