import type { ErrorCode, IssueFacts, IssuePath } from '../core/errors.js';

/**
 * The first pass over rule data, before zod reads a field: rule sets come from users (a province's
 * guidance), so this bounds the size and depth of the value and refuses prototype keys and values
 * that are not plain JSON, each at its path.
 */

/** Limits that keep hostile data cheap to reject; the zod schema (ruleSetSchema.ts) uses the same. */
export const LIMITS = {
  /** Nesting of the JSON value as a whole. */
  jsonDepth: 64,
  /** Nesting of conditions (all / any / not). */
  conditionDepth: 24,
  /** Values in the whole rule set (objects, arrays and scalars). */
  nodes: 200_000,
  arrayLength: 10_000,
  stringLength: 2_000,
  versions: 200,
  children: 200,
  members: 1_000,
} as const;

export type Report = (code: ErrorCode, facts: IssueFacts, path: IssuePath) => void;

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Walks the whole value without recursion, so no depth of nesting can overflow the stack, and stops
 * at the first limit of size or depth it meets. Returns whether zod may read the value.
 */
export function scan(input: unknown, rep: Report): boolean {
  let ok = true;
  let nodes = 0;
  const stack: [unknown, IssuePath][] = [[input, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, IssuePath];
    if (++nodes > LIMITS.nodes) {
      rep('too_long', { limit: LIMITS.nodes }, []);
      return false;
    }
    if (typeof v === 'string') {
      if (v.length > LIMITS.stringLength) { rep('too_long', { length: v.length, limit: LIMITS.stringLength }, path); ok = false; }
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= LIMITS.jsonDepth) {
      rep('too_deep', { limit: LIMITS.jsonDepth }, path);
      return false;
    }
    if (Array.isArray(v)) {
      if (v.length > LIMITS.arrayLength) { rep('too_long', { length: v.length, limit: LIMITS.arrayLength }, path); ok = false; continue; }
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...path, i]]);
      continue;
    }
    if (!isPlainObject(v)) {
      rep('not_plain_data', {}, path);
      ok = false;
      continue;
    }
    const keys = Object.keys(v);
    if (keys.length > LIMITS.arrayLength) { rep('too_long', { length: keys.length, limit: LIMITS.arrayLength }, path); ok = false; continue; }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (UNSAFE_KEYS.has(key)) { rep('unsafe_key', { key }, [...path, key]); ok = false; continue; }
      stack.push([v[key], [...path, key]]);
    }
  }
  return ok;
}
