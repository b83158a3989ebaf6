import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests and examples import 'chitieu' as users do; here it resolves to the source.
const resolve = {
  alias: [
    { find: /^chitieu\/svg$/, replacement: fileURLToPath(new URL('./src/svg/index.ts', import.meta.url)) },
    { find: /^chitieu$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  ],
};

// Four sets, so a developer runs the fast one while working (`npm run test:unit`, seconds) and all of them
// before a commit (`npm test`): unit (behaviour of each area), property (fast-check against references),
// package (the built package, CLI, docs and examples as users meet them) and reliability (fuzzing,
// hostile input, supply chain).
const PROPERTY = 'test/**/*.prop.test.ts';
const PACKAGE = ['test/package/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/docs/**/*.test.ts', 'test/examples/**/*.test.ts'];
const RELIABILITY = 'test/reliability/**/*.test.ts';

export default defineConfig({
  resolve,
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    projects: [
      { resolve, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [PROPERTY, ...PACKAGE, RELIABILITY], testTimeout: 60_000 } },
      { resolve, test: { name: 'property', include: [PROPERTY], exclude: [...PACKAGE, RELIABILITY], testTimeout: 60_000 } },
      { resolve, test: { name: 'package', include: PACKAGE, testTimeout: 60_000 } },
      { resolve, test: { name: 'reliability', include: [RELIABILITY], testTimeout: 60_000 } },
    ],
  },
});
