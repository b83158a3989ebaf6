import { defineConfig } from 'tsup';

// Kept plain (entry, format, dts, clean, target) so a later move to tsdown is one small change.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
});
