#!/usr/bin/env node
// The analyst's command line (`npx chitieu --help`). Its own build entry: nothing in the library imports it.
import { closeSync, createReadStream, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeChunks } from './_csv.js';
import { run, useColor } from './_main.js';

/** The bytes of a file or of standard input, as they arrive. */
function readChunks(file: string): AsyncIterable<Uint8Array> {
  return file === '-' ? (process.stdin as AsyncIterable<Uint8Array>) : createReadStream(file, { highWaterMark: 1 << 16 });
}

async function readText(file: string): Promise<string> {
  // The same BOM and UTF-16 detection as the csv command.
  let text = '';
  for await (const chunk of decodeChunks(file === '-' ? readChunks(file) : (async function* () { yield await readFile(file); })())) text += chunk;
  return text;
}

/** The version in the package.json above this file (src/cli or dist/esm/cli, in a checkout or installed). */
function version(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'chitieu') return pkg.version;
    }
    dir = dirname(dir);
  }
  return undefined;
}

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  drain: () => new Promise<void>((done) => { process.stdout.once('drain', done); }),
  err: (text) => process.stderr.write(text),
  readText,
  readChunks,
  openOut: (file) => {
    const fd = openSync(file, 'w');
    return { write: (text) => { writeSync(fd, text); }, close: () => closeSync(fd) };
  },
  writeBytes: (file, bytes) => { writeFileSync(file, bytes); },
  color: useColor(process.stdout.isTTY, process.env),
  version: version(),
}).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    // Not bad input but a bug: say so, with the stack, and fail.
    process.stderr.write(`chitieu: internal error, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
