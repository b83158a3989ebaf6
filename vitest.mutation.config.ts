import { mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// Mutation testing runs the tests of the exact core and the areas built on it, not the slow package tests.
export default mergeConfig(base, {
  test: {
    include: ['test/core/**/*.test.ts', 'test/attainment/**/*.test.ts', 'test/claims/**/*.test.ts', 'test/rules/**/*.test.ts'],
  },
});
