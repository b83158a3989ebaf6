// Builds the report checker page of the documentation site (docs-site/checker.html) from the sources in
// scripts/checker/: the page script, bundled with esbuild from the library's own source into one
// classic script (an IIFE, not a module: module scripts do not load from file:// in Chromium, and the
// page must work opened as a file), the stylesheet inlined into the HTML, and mammoth's browser build,
// which reads .docx files and is loaded only when one is opened. `npm run docs` runs it after typedoc,
// which empties docs-site/. test/package/checker.test.ts builds it into a temporary folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const here = fileURLToPath(new URL('./checker/', import.meta.url));
const src = fileURLToPath(new URL('../src/', import.meta.url));

/** The files the page is made of, as written into the output folder. */
export const CHECKER_FILES = { html: 'checker.html', script: 'checker.js', docx: 'checker-docx.js' } as const;

/** What {@link buildChecker} wrote. */
export interface CheckerBuild {
  /** The full paths of the files written. */
  readonly files: { readonly html: string; readonly script: string; readonly docx: string };
  /** Size of the page script, raw and gzipped (level 9), in bytes. */
  readonly scriptBytes: number;
  readonly scriptGzipBytes: number;
  /** Size of the .docx reader, gzipped, in bytes. */
  readonly docxGzipBytes: number;
}

// The page imports 'chitieu' and 'chitieu/svg' as any user would; they resolve to the library's source.
const library: Plugin = {
  name: 'chitieu-source',
  setup(b) {
    b.onResolve({ filter: /^chitieu(\/svg)?$/ }, (args) => ({ path: join(src, args.path === 'chitieu' ? 'index.ts' : 'svg/index.ts') }));
  },
};

/** Builds the checker page into `outDir` (created when missing). */
export async function buildChecker(outDir: string): Promise<CheckerBuild> {
  mkdirSync(outDir, { recursive: true });
  const bundled = await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    plugins: [library],
  });
  const script = bundled.outputFiles[0]?.contents;
  if (script === undefined) throw new Error('esbuild produced no page script');
  const css = readFileSync(join(here, 'checker.css'), 'utf8');
  const template = readFileSync(join(here, 'template.html'), 'utf8');
  if (!template.includes('/*CSS*/')) throw new Error('scripts/checker/template.html lost its /*CSS*/ placeholder');
  const html = template.replace('/*CSS*/', () => css.trim());
  const files = { html: join(outDir, CHECKER_FILES.html), script: join(outDir, CHECKER_FILES.script), docx: join(outDir, CHECKER_FILES.docx) };
  writeFileSync(files.html, html);
  writeFileSync(files.script, script);
  // mammoth's own browser build, unchanged, under its licence (BSD-2-Clause) as a banner.
  const require = createRequire(import.meta.url);
  const mammoth = require.resolve('mammoth/mammoth.browser.min.js');
  const { version } = JSON.parse(readFileSync(require.resolve('mammoth/package.json'), 'utf8')) as { version: string };
  const licence = readFileSync(join(mammoth, '..', 'LICENSE'), 'utf8').trim().replaceAll('*/', '* /');
  writeFileSync(files.docx, `/*! mammoth ${version} (https://github.com/mwilliamson/mammoth.js), the .docx reader of checker.html\n${licence}\n*/\n${readFileSync(mammoth, 'utf8')}`);
  return {
    files,
    scriptBytes: script.byteLength,
    scriptGzipBytes: gzipSync(script, { level: 9 }).byteLength,
    docxGzipBytes: gzipSync(readFileSync(files.docx), { level: 9 }).byteLength,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = process.argv[2] ?? fileURLToPath(new URL('../docs-site', import.meta.url));
  const r = await buildChecker(out);
  console.log(`build-checker: wrote ${CHECKER_FILES.html}, ${CHECKER_FILES.script} (${(r.scriptGzipBytes / 1024).toFixed(1)} kB gzipped) and ${CHECKER_FILES.docx} to ${out}`);
}
