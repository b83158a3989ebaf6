import { defineConfig } from 'tsup';

// Kept plain (entry, format, dts, clean, target) so a later move to tsdown is one small change.
//
// ESM is left unbundled, one file per source module, in dist/esm/: with `sideEffects: false` a bundler
// then drops every file a consumer does not reach, data and all (a consumer of `attainment` alone does
// not get the rule sets or the pictures; test/package/treeshake.test.ts checks it). CommonJS, which
// bundlers do not tree-shake, is bundled per entry with shared chunks, so `chitieu` and `chitieu/svg`
// share one ChiTieuError class. Type declarations are rolled up per entry, for each format.
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts', svg: 'src/svg/index.ts' } },
    clean: true,
    target: 'es2022',
  },
  {
    entry: { index: 'src/index.ts', svg: 'src/svg/index.ts' },
    outDir: 'dist',
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts', svg: 'src/svg/index.ts' } },
    // Everything in dist/ but the ESM build, which the other half writes at the same time.
    clean: ['!esm/**'],
    target: 'es2022',
    splitting: true,
  },
]);
