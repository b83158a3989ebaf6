#!/usr/bin/env node
// The analyst's command line (`npx chitieu --help`). Its own build entry: nothing in the library imports it.
import { readFile } from 'node:fs/promises';
import { run } from './_main.js';

async function readText(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readText,
}).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    // Not bad input but a bug: say so, with the stack, and fail.
    process.stderr.write(`chitieu: internal error, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
