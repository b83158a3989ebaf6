// Every public declaration names its area with `@category`, so the API site files nothing under "Other";
// every public function that can throw says so with `@throws {ChiTieuError}`; and every function that
// throws on user input has a `safe…` twin (docs/conventions.md §3).
import { resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const entries = { chitieu: resolve(root, 'src/index.ts'), 'chitieu/svg': resolve(root, 'src/svg/index.ts') };

/** The categories of typedoc.json's `categoryOrder` and the areas of the library; a typo is an error. */
const CATEGORIES = new Set(['Attainment', 'Rounding', 'Formatting', 'Errors', 'Pictures', 'Periods', 'Rules', 'Rollup', 'Member pipeline', 'Claims']);

/** Public functions that never throw: a type guard. */
const NEVER_THROWS = new Set(['isChiTieuError']);

/**
 * Functions that throw but have no safe twin, because what they check is not user input: process-wide
 * settings chosen by the developer (`configure`), or the library's own results and errors handed back
 * to it (a throw there is a programming error, not a typo in a form).
 */
const NO_TWIN = new Set(['configure', 'fieldLabel', 'messageFor', 'flattenIssues', 'describeAttainment', 'explainAttainment', 'describeTermProgress']);

interface Exported {
  entry: string;
  name: string;
  isFunction: boolean;
  tags: { name: string; text: string }[];
}

let exported: Exported[] = [];

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options: ts.CompilerOptions = { ...(config?.options ?? {}), noEmit: true, skipLibCheck: true };
  const program = ts.createProgram(Object.values(entries), options);
  const checker = program.getTypeChecker();
  exported = [];
  for (const [entry, file] of Object.entries(entries)) {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`no module symbol for ${file}`);
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const decls = target.declarations ?? [];
      const tags = decls.flatMap((d) => ts.getJSDocTags(d)).map((t) => ({
        name: t.tagName.text,
        text: t.getSourceFile().text.slice(t.getStart(), t.end).replace(/\s*\*\/$/, ''),
      }));
      exported.push({ entry, name: symbol.name, isFunction: decls.some((d) => ts.isFunctionDeclaration(d)), tags });
    }
  }
}, 60_000);

const category = (e: Exported) => e.tags.find((t) => t.name === 'category')?.text.replace(/^@category\s*/, '').replace(/\s*\*\/?\s*$/, '').trim();
const throws = (e: Exported) => e.tags.some((t) => t.name === 'throws' && /^@throws\s*\{ChiTieuError\}/.test(t.text));

describe('the public API is documented by area', () => {
  it('finds the exports of both entry points', () => {
    expect(exported.filter((e) => e.entry === 'chitieu').length).toBeGreaterThan(100);
    expect(exported.filter((e) => e.entry === 'chitieu/svg').length).toBeGreaterThan(3);
  });

  it('every exported function, type, interface, class and constant has a @category', () => {
    expect(exported.filter((e) => category(e) === undefined).map((e) => `${e.entry}: ${e.name}`)).toEqual([]);
  });

  it('every @category is one of the known areas (no typo files a declaration on a page of its own)', () => {
    expect(exported.filter((e) => !CATEGORIES.has(category(e) ?? '')).map((e) => `${e.entry}: ${e.name} (${category(e)})`)).toEqual([]);
  });
});

describe('throwing functions say so and have a safe twin', () => {
  const functions = () => exported.filter((e) => e.isFunction);
  const names = () => new Set(functions().map((e) => e.name));
  const twinOf = (name: string) => `safe${name.charAt(0).toUpperCase()}${name.slice(1)}`;

  it('every function that can throw has @throws {ChiTieuError}; safe twins and guards have none', () => {
    const missing = functions().filter((e) => !e.name.startsWith('safe') && !NEVER_THROWS.has(e.name) && !throws(e)).map((e) => e.name);
    const extra = functions().filter((e) => (e.name.startsWith('safe') || NEVER_THROWS.has(e.name)) && throws(e)).map((e) => e.name);
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('every function that throws on user input has a safe… twin exported beside it', () => {
    const all = names();
    const withoutTwin = functions().filter((e) => throws(e) && !NO_TWIN.has(e.name) && !all.has(twinOf(e.name))).map((e) => e.name);
    expect(withoutTwin).toEqual([]);
  });

  it('every safe… function is the twin of an exported function, and the exemptions still exist', () => {
    const all = names();
    const orphans = functions().filter((e) => e.name.startsWith('safe') && !all.has(e.name.charAt(4).toLowerCase() + e.name.slice(5))).map((e) => e.name);
    expect(orphans).toEqual([]);
    expect([...NO_TWIN, ...NEVER_THROWS].filter((n) => !all.has(n))).toEqual([]);
    expect([...NO_TWIN].filter((n) => all.has(twinOf(n)))).toEqual([]);
  });
});
