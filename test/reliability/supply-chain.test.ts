import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Supply chain: what a user installs with chitieu is decimal.js, zod and (if the lead keeps it at run
 * time) date-fns, nothing else; the committed lockfile agrees with package.json and pulls in nothing
 * more at run time; and the library's source imports no other package. The command line's .xlsx
 * reader and writer are optional peer dependencies: never installed with chitieu, imported only
 * by src/cli/, and devDependencies so the tests have them.
 * `npm audit --omit=dev` (run in CI, it needs the registry) covers known advisories.
 */

const root = join(__dirname, '../..');
// @date-fns/utc is date-fns's own UTC date (UTCDate), so no date arithmetic depends on the machine's time zone.
const ALLOWED = new Set(['decimal.js', 'date-fns', '@date-fns/utc', 'zod']);
/** The optional peer dependencies the command line may load (`npm i read-excel-file` for .xlsx input). */
const OPTIONAL_PEERS = new Set(['read-excel-file', 'write-excel-file']);

interface PackageJson {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
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
  it('are decimal.js, date-fns (with @date-fns/utc) and zod, or a subset of them', () => {
    const deps = Object.keys(pkg.dependencies ?? {});
    expect(deps.filter((d) => !ALLOWED.has(d))).toEqual([]);
    expect(deps).toContain('zod');
    expect(deps).toContain('decimal.js');
  });

  it('come with no optional or bundled dependencies, and only optional peer dependencies', () => {
    expect(Object.keys(pkg.optionalDependencies ?? {})).toEqual([]);
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies ?? []).toEqual([]);
    // A peer dependency that is not optional would be installed with chitieu (npm 7 and later).
    for (const name of Object.keys(pkg.peerDependencies ?? {})) {
      expect(OPTIONAL_PEERS.has(name), name).toBe(true);
      expect(pkg.peerDependenciesMeta?.[name]?.optional, `${name} is optional in peerDependenciesMeta`).toBe(true);
      expect(pkg.devDependencies?.[name], `${name} is a devDependency, for the tests`).toBeDefined();
      expect(pkg.dependencies?.[name]).toBeUndefined();
    }
    expect(Object.keys(pkg.peerDependenciesMeta ?? {}).sort()).toEqual(Object.keys(pkg.peerDependencies ?? {}).sort());
    expect(lock.packages['']?.peerDependencies ?? {}).toEqual(pkg.peerDependencies ?? {});
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

/** The module specifiers a file imports or re-exports (type-only and dynamic `import()` included), from its syntax tree. */
function specifiers(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) out.push(n.moduleSpecifier.text);
    if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) out.push(n.argument.literal.text);
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = n.arguments[0];
      // A computed specifier could load anything: named as such, so the check below refuses it.
      out.push(arg !== undefined && ts.isStringLiteralLike(arg) ? arg.text : '<computed import()>');
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('the library source', () => {
  it('imports only its runtime dependencies (the command line may also use node: and the optional peers)', () => {
    const deps = new Set(Object.keys(pkg.dependencies ?? {}));
    const peers = new Set(Object.keys(pkg.peerDependencies ?? {}).filter((p) => pkg.peerDependenciesMeta?.[p]?.optional === true));
    const bad: string[] = [];
    const peerUsers = new Set<string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      const rel = relative(root, file).split('\\').join('/');
      const cli = rel.startsWith('src/cli/');
      for (const s of specifiers(file)) {
        if (s.startsWith('.')) continue;
        if (s.startsWith('node:') && cli) continue;
        const name = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] as string);
        if (cli && peers.has(name)) { peerUsers.add(name); continue; }
        if (!deps.has(name)) bad.push(`${rel}: ${s}`);
      }
    }
    expect(bad).toEqual([]);
    // Every optional peer is there for the command line; one it no longer uses should be dropped.
    expect([...peerUsers].sort()).toEqual([...peers].sort());
  });

  it('loads the optional peers only with import(), so a user without them can still run the CLI on CSV', () => {
    const eager: string[] = [];
    for (const file of sourceFiles(join(root, 'src/cli'))) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      for (const st of sf.statements) {
        if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
        const name = st.moduleSpecifier.text.split('/')[0] as string;
        // `import type` is erased from the build; any other static import would load the package at start.
        if (OPTIONAL_PEERS.has(name) && st.importClause?.isTypeOnly !== true) eager.push(`${relative(root, file)}: ${st.moduleSpecifier.text}`);
      }
    }
    expect(eager).toEqual([]);
  });

  it('uses zod only through zod/mini', () => {
    const classic = sourceFiles(join(root, 'src')).flatMap((f) => specifiers(f).filter((s) => s === 'zod' || (s.startsWith('zod/') && s !== 'zod/mini')).map((s) => `${relative(root, f)}: ${s}`));
    expect(classic).toEqual([]);
  });
});
