import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests and examples import 'chitieu' as users do; here it resolves to the source.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^chitieu\/svg$/, replacement: fileURLToPath(new URL('./src/svg/index.ts', import.meta.url)) },
      { find: /^chitieu$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
