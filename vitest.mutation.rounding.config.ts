import { defineConfig } from 'vitest/config';
import mutation from './vitest.mutation.config.js';

// The rounding core's mutation run (`npm run mutation:rounding`, in CI) runs the tests of the core and of
// attainment, which hold every rounding mode and decimals to references: they kill every mutant of
// _round.ts and round.ts that the full set kills. Stryker counts almost every mutant of this code as
// static, so each runs every test of the set: the claim reader's and the rules' tests, which kill none
// of them that these do not, tripled the run's time.
export default defineConfig({
  ...mutation,
  test: { ...mutation.test, include: ['test/core/**/*.test.ts', 'test/attainment/**/*.test.ts'] },
});
