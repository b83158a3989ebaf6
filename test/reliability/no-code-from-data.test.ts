import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  ChiTieuError,
  checkClaim,
  checkSum,
  compileRuleSet,
  evaluateRule,
  evaluateRuleBatch,
  extractClaims,
  impliedTargets,
  partyAdmission,
  type RuleSet,
} from '../../src/index.js';

/**
 * No code from data: nothing in src/ can turn text into code (eval, the Function constructor, a
 * dynamic import), and rule data or claims text naming `__proto__`, `constructor` or `prototype`
 * can neither pollute Object.prototype nor reach a prototype's members.
 */

const root = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|mts|cts|js|mjs)$/.test(e.name) ? [p] : [];
  });
}

const CODE_FROM_TEXT = new Set(['eval', 'Function']);

/** The name of a property access or of an element access by a string literal (`x.eval`, `x['eval']`). */
function memberName(n: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(n)) return n.name.text;
  if (ts.isElementAccessExpression(n) && ts.isStringLiteralLike(n.argumentExpression)) return n.argumentExpression.text;
  return undefined;
}

/**
 * Every place in a source text that can run code made from a string: `eval(…)` and any other use of
 * the name `eval`; `Function(…)`, `new Function(…)` or any value use of `Function`; a call through a
 * `.constructor` (`(() => 0).constructor('…')`); a dynamic `import(…)` of a computed name; a timer given a string.
 * Read from the syntax tree, so comments, strings and types (`import('x').T`) do not count.
 */
export function codeFromText(fileName: string, text: string): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (n: ts.Node, what: string) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
    found.push(`${fileName}:${line + 1}:${character + 1} ${what}`);
  };
  const visit = (n: ts.Node): void => {
    // import('read-excel-file/node'), a fixed name, loads a package, never text: only a computed one counts
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && !(n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0] as ts.Node))) at(n, 'dynamic import(…)');
    if (ts.isIdentifier(n) && CODE_FROM_TEXT.has(n.text)) {
      const p = n.parent;
      const declaredName = (ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n) || (ts.isMethodDeclaration(p) && p.name === n);
      const inType = ts.isTypeReferenceNode(p) || ts.isExpressionWithTypeArguments(p) || ts.isTypeQueryNode(p);
      if (!declaredName && !inType) at(n, `${n.text} used as a value`);
    }
    if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && n.expression !== undefined) {
      const name = memberName(n.expression);
      if (name !== undefined && (CODE_FROM_TEXT.has(name) || name === 'constructor')) at(n, `call through .${name}`);
      if (ts.isIdentifier(n.expression) && /^(setTimeout|setInterval|setImmediate)$/.test(n.expression.text)) {
        const first = n.arguments?.[0];
        if (first !== undefined && !ts.isArrowFunction(first) && !ts.isFunctionExpression(first)) at(n, `${n.expression.text} given something other than a function`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('no code is made from text anywhere in src/', () => {
  it('the scanner finds each way of running text as code, and nothing in comments, strings or types', () => {
    const bad = [
      'eval("1 + 1");',
      'const e = eval; e("1");',
      'globalThis["eval"]("1");',
      'window.eval("1");',
      'new Function("return 1")();',
      'Function("return 1")();',
      'const F = Function; new F("x");',
      '(() => 0).constructor("return 1")();',
      'Reflect.construct(Function, ["x"]);',
      'await import(userPath);',
      'setTimeout("alert(1)", 0);',
    ];
    for (const code of bad) expect(codeFromText('bad.ts', code), code).not.toEqual([]);
    const fine = [
      '// eval( new Function( import( in a comment',
      '/* Function("x") */ const s = "eval(1) new Function import(x)";',
      'type T = import("./x.js").T; let f: Function | undefined;',
      'const o = { eval: 1 }; o.eval; class C { Function() {} }',
      'setTimeout(() => 0, 1);',
      "import { x } from './x.js'; export * from './y.js';",
    ];
    for (const code of fine) expect(codeFromText('fine.ts', code), code).toEqual([]);
  });

  it('finds no eval, Function, constructor call or dynamic import in any source file', () => {
    const files = sourceFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => codeFromText(relative(root, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});

const UNSAFE = ['__proto__', 'constructor', 'prototype'] as const;
/** Names Object.prototype carries: a fact or key by these names must never read the inherited member. */
const INHERITED = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];
/** Object.prototype's other members; a fact name must start with a letter, so these are refused. */
const DUNDER = ['__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', '__proto__'];

function prototypeState(): string {
  const names = (o: object) => Object.getOwnPropertyNames(o).sort().join(',');
  return [names(Object.prototype), names(Array.prototype), names(Function.prototype), names(String.prototype), names(Number.prototype)].join('|');
}

function caught(f: () => unknown): ChiTieuError | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof ChiTieuError) return e;
    throw e;
  }
  return undefined;
}

/** Every object inside a JSON value, with its path. */
function objectPaths(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [];
  const here = Array.isArray(v) ? [] : [path];
  return [...here, ...Object.entries(v).flatMap(([k, c]) => objectPaths(c, [...path, Array.isArray(v) ? Number(k) : k]))];
}

/** A copy of `data` with an own key `key` (set as JSON would, so `__proto__` is a plain own key) at `path`. */
function withOwnKey(data: unknown, path: (string | number)[], key: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  let cur: Record<string, unknown> = copy;
  for (const p of path) cur = cur[p] as Record<string, unknown>;
  Object.defineProperty(cur, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const t = { vi: 'x', en: 'x' };

describe('rule data cannot reach a prototype', () => {
  const base = JSON.parse(JSON.stringify(partyAdmission)) as unknown;
  const positions = objectPaths(base);

  it(`an unsafe key at any of the ${positions.length} object positions of a built-in rule set is refused with its path`, () => {
    const before = prototypeState();
    for (const key of UNSAFE) {
      for (const path of positions) {
        const data = withOwnKey(base, path, key, { polluted: true, prototype: { polluted: true } });
        for (const run of [() => compileRuleSet(data as RuleSet), () => evaluateRule(data as RuleSet, {}, { asOf: '2025-09-01' })]) {
          const e = caught(run);
          expect(e?.code, `${key} at ${path.join('.')}`).toBe('unsafe_key');
          expect(e?.path.at(-1)).toBe(key);
        }
      }
    }
    expect(prototypeState()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('unsafe keys in the facts of one case or of a batch are refused, and pollute nothing', () => {
    const before = prototypeState();
    for (const key of UNSAFE) {
      const facts = JSON.parse(`{"${key}": {"polluted": true}, "officialMembers": 3}`) as Record<string, unknown>;
      expect(caught(() => evaluateRule(partyAdmission, facts as never, { asOf: '2025-09-01' }))?.code, key).toBe('unsafe_key');
      const batch = evaluateRuleBatch(compileRuleSet(partyAdmission), [facts] as never, { asOf: '2025-09-01' });
      expect(batch.counts.eligible).toBe(0);
    }
    expect(prototypeState()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Facts named like Object.prototype's members are ordinary facts: missing until given, never the
  // inherited function; text values named like them are ordinary strings.
  const ruleSet = (name: string): RuleSet => ({
    id: 'proto.names',
    title: t,
    facts: {
      [name]: { type: 'count', title: t },
      kind: { type: 'text', title: t, values: ['constructor', 'toString', 'prototype', 'a'] },
    },
    versions: [{
      id: 'v1', effectiveFrom: '2024-01-01', source: { document: 'D' }, confidence: 'high',
      when: { all: [{ fact: name, op: '>=', value: 1, title: t }, { fact: 'kind', in: ['constructor'], title: t }] },
    }],
  }) as unknown as RuleSet;

  it.each(INHERITED)('a fact named %s is missing until given, then read from the facts only', (name) => {
    const rs = ruleSet(name);
    const asOf = '2025-01-01';
    const missing = evaluateRule(rs, {}, { asOf });
    expect(missing.outcome).toBe('undetermined');
    expect(missing.missing).toContain(name);
    expect(evaluateRule(rs, { [name]: 2, kind: 'constructor' }, { asOf }).outcome).toBe('eligible');
    expect(evaluateRule(rs, { [name]: 0, kind: 'constructor' }, { asOf }).outcome).toBe('ineligible');
    expect(evaluateRule(rs, { [name]: 2, kind: 'toString' }, { asOf }).outcome).toBe('ineligible');
    expect(caught(() => evaluateRule(rs, { [name]: 2, kind: 'hasOwnProperty' }, { asOf }))?.code).toBe('invalid_value');
    const batch = evaluateRuleBatch(rs, [{}, { [name]: 2, kind: 'constructor' }, { [name]: 2, kind: 'toString' }], { asOf });
    expect([batch.counts.undetermined, batch.counts.eligible, batch.counts.ineligible]).toEqual([1, 1, 1]);
    // a record whose prototype carries the facts is read as empty
    const inherited = Object.create({ [name]: 5, kind: 'constructor' }) as object;
    expect(evaluateRuleBatch(rs, [inherited], { asOf }).counts.undetermined).toBe(1);
  });

  it.each(DUNDER)('a fact named %s is refused', (name) => {
    const data = withOwnKey({ ...ruleSet('n') }, ['facts'], name, { type: 'count', title: t });
    const e = caught(() => compileRuleSet(data as RuleSet));
    expect([e?.code, e?.path]).toEqual([name === '__proto__' ? 'unsafe_key' : 'invalid_name', ['facts', name]]);
  });

  it('a condition naming an undeclared inherited member is an unknown fact, not read', () => {
    for (const name of INHERITED) {
      const rs = withOwnKey(ruleSet('n'), ['versions', 0, 'when', 'all', 0], 'fact', name);
      expect(caught(() => compileRuleSet(rs as RuleSet))?.code, name).toBe('unknown_fact');
    }
  });
});

describe('claims text cannot reach a prototype', () => {
  const words = [...UNSAFE, ...INHERITED, ...DUNDER];

  it('units and words named like prototype members are plain words; sums still add up by unit', () => {
    const before = prototypeState();
    for (const w of words) {
      const text = `Có 10 ${w}; trong đó 4 ${w}, 6 ${w}. Có 9 ${w}, trong đó 4 ${w}, 3 ${w}, 3 ${w}. Kết nạp 16/15 ${w}, vượt 6,6%.`;
      const r = extractClaims(text);
      const sums = r.claims.filter((c) => c.kind === 'sum');
      expect(sums.length, w).toBe(2);
      expect(sums.map((c) => (c.kind === 'sum' ? c.check.consistent : undefined)), w).toEqual([true, false]);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      for (const c of r.claims) expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    }
    expect(prototypeState()).toBe(before);
  });

  it('text made of nothing but such words gives plain, frozen results and pollutes nothing', () => {
    const before = prototypeState();
    const text = words.map((w) => `${w} ${w}.${w} (${w}) ${w}: 5 ${w} = 50%`).join('; ').repeat(50);
    const r = extractClaims(text);
    expect(Object.isFrozen(r)).toBe(true);
    expect(prototypeState()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('inputs with unsafe keys are refused by every claims function', () => {
    const before = prototypeState();
    for (const key of UNSAFE) {
      const extra = `"${key}": {"polluted": true, "prototype": {"polluted": true}}`;
      const calls: [string, () => unknown][] = [
        ['checkClaim', () => checkClaim(JSON.parse(`{"achieved": 16, "target": 15, "reported": "6,6", "as": "over", ${extra}}`))],
        ['checkSum', () => checkSum(JSON.parse(`{"total": 10, "parts": [4, 6], ${extra}}`))],
        ['impliedTargets', () => impliedTargets(JSON.parse(`{"achieved": 501, "reported": "55,5", "as": "attainment", ${extra}}`))],
        ['extractClaims options', () => extractClaims('đạt 50%', JSON.parse(`{${extra}}`))],
      ];
      for (const [name, run] of calls) {
        const e = caught(run);
        expect([name, key, e?.code, e?.path]).toEqual([name, key, 'unknown_key', [...(name === 'extractClaims options' ? ['options'] : []), key]]);
      }
    }
    expect(prototypeState()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
