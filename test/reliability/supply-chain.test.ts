import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Supply chain: what a user installs with chitieu is decimal.js, zod and (if the lead keeps it at run
 * time) date-fns, nothing else; the committed lockfile agrees with package.json and pulls in nothing
 * more at run time; and the library's source imports no other package.
 * `npm audit --omit=dev` (run in CI, it needs the registry) covers known advisories.
 */

const root = join(__dirname, '../..');
const ALLOWED = new Set(['decimal.js', 'date-fns', 'zod']);

interface PackageJson {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  bundleDependencies?: string[] | boolean;
  bundledDependencies?: string[] | boolean;
}
interface LockPackage {
  dev?: boolean;
  version?: string;
  dependencies?: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockPackage & PackageJson> };

describe('runtime dependencies', () => {
  it('are decimal.js, date-fns and zod, or a subset of them', () => {
    const deps = Object.keys(pkg.dependencies ?? {});
    expect(deps.filter((d) => !ALLOWED.has(d))).toEqual([]);
    expect(deps).toContain('zod');
    expect(deps).toContain('decimal.js');
  });

  it('come with no peer, optional or bundled dependencies', () => {
    expect(Object.keys(pkg.peerDependencies ?? {})).toEqual([]);
    expect(Object.keys(pkg.optionalDependencies ?? {})).toEqual([]);
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies ?? []).toEqual([]);
  });

  it('the committed lockfile matches package.json and installs nothing else at run time', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(lock.packages['']?.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    // Packages not marked dev in the lockfile are what `npm install chitieu` brings along.
    const runtime = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.dev !== true)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(runtime.filter((name) => !ALLOWED.has(name))).toEqual([]);
    for (const name of runtime) expect(Object.keys(lock.packages[`node_modules/${name}`]?.dependencies ?? {}), name).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The module specifiers a file imports or re-exports (type-only imports included), from its syntax tree. */
function specifiers(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) out.push(n.moduleSpecifier.text);
    if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) out.push(n.argument.literal.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('the library source', () => {
  it('imports only its runtime dependencies (the command line may also use node:)', () => {
    const deps = new Set(Object.keys(pkg.dependencies ?? {}));
    const bad: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const rel = relative(root, file).split('\\').join('/');
      for (const s of specifiers(file)) {
        if (s.startsWith('.')) continue;
        if (s.startsWith('node:') && rel.startsWith('src/cli/')) continue;
        const name = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] as string);
        if (!deps.has(name)) bad.push(`${rel}: ${s}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses zod only through zod/mini', () => {
    const classic = sourceFiles(join(root, 'src')).flatMap((f) => specifiers(f).filter((s) => s === 'zod' || (s.startsWith('zod/') && s !== 'zod/mini')).map((s) => `${relative(root, f)}: ${s}`));
    expect(classic).toEqual([]);
  });
});
