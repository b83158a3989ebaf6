import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Mutation testing runs the tests of the exact core and the areas built on it, not the slow package
// tests. The include list replaces the base one (mergeConfig would concatenate the two arrays and run
// every test, package builds included, for every mutant).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // one set of its own, not the four projects of the base config
    projects: undefined,
    include: ['test/core/**/*.test.ts', 'test/attainment/**/*.test.ts', 'test/claims/**/*.test.ts', 'test/rules/**/*.test.ts'],
    // Instrumented code runs several times slower: timed tests scale their bounds (test/helpers/time.ts).
    env: { ...base.test?.env, CHITIEU_TIME_FACTOR: '10' },
  },
});
