import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One `@example` block of a TSDoc comment. */
export interface ExampleBlock {
  file: string;
  symbol: string;
  code: string;
}

export function listSourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listSourceFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

/** Every ```ts block under an `@example` tag, with the name of the export it documents. */
export function extractExamples(root: string, srcDir: string): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  for (const file of listSourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const comment = /\/\*\*([\s\S]*?)\*\/\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function|const|class|type|interface)\s+(\w+)/g;
    for (let m = comment.exec(text); m !== null; m = comment.exec(text)) {
      const body = (m[1] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
      const at = body.indexOf('@example');
      if (at < 0) continue;
      const fence = /```(?:ts|typescript)\n([\s\S]*?)```/g;
      for (let f = fence.exec(body.slice(at)); f !== null; f = fence.exec(body.slice(at))) {
        blocks.push({ file: relative(root, file), symbol: m[2] ?? '?', code: f[1] ?? '' });
      }
    }
  }
  return blocks;
}

/** Every ```ts block of the guides in docs/ (blocks fenced as ```ts no-run are skipped). */
export function extractGuideExamples(root: string, docsDir: string, only?: string[]): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  for (const file of only ?? readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort()) {
    const text = readFileSync(join(docsDir, file), 'utf8');
    const fence = /```(?:ts|typescript)\n([\s\S]*?)```/g;
    for (let f = fence.exec(text); f !== null; f = fence.exec(text)) {
      blocks.push({ file: relative(root, join(docsDir, file)), symbol: 'guide', code: f[1] ?? '' });
    }
  }
  return blocks;
}

/**
 * Turns an example into a module: `import … from 'chitieu'` points at the source, and the expression
 * statement just before each `//=> value` line becomes a check that the expression, printed the way
 * Node prints values, reads as the value. A `console.log(…)` statement is checked by what it prints.
 */
export function toModule(code: string, entry: string): string {
  const src = code.replace(/from 'chitieu(\/[\w-]+)?'/g, (_m, sub: string | undefined) => `from '${sub ? entry.replace(/index\.ts$/, `${sub.slice(1)}/index.ts`) : entry}'`);
  const out: string[] = [];
  for (const line of src.split('\n')) {
    const expect = /^\s*\/\/=>\s?(.*)$/.exec(line);
    if (!expect) { out.push(line); continue; }
    // walk back to the start of the last statement: balanced brackets, preceded by a boundary line
    let k = out.length - 1;
    while (k >= 0 && out[k]?.trim() === '') k--;
    let startAt = k;
    while (startAt > 0) {
      const text = out.slice(startAt, k + 1).join('\n');
      const prev = (out[startAt - 1] ?? '').trim();
      if (depth(text) === 0 && (prev === '' || /[;{}]$/.test(prev) || prev.startsWith('//') || prev.startsWith('import'))) break;
      startAt--;
    }
    const expr = out.splice(startAt, k + 1 - startAt).join('\n').trim().replace(/;$/, '');
    const want = JSON.stringify(expect[1] ?? '');
    out.push(/^console\.log\(/.test(expr) ? `await __checkLog(() => { ${expr}; }, ${want});` : `await __check(${expr}, ${want});`);
  }
  return out.join('\n');
}

function depth(s: string): number {
  let d = 0;
  for (const c of s) {
    if (c === '(' || c === '[' || c === '{') d++;
    else if (c === ')' || c === ']' || c === '}') d--;
  }
  return d;
}
