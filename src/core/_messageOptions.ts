import { describe } from './factCodes.js';
import { fail, type ChiTieuIssue, type ErrorCode, type IssueFacts, type IssuePath } from './errors.js';
import type { FieldLabels } from './labels.js';
import { LOCALE_TAGS, localeOf, type Locale, type LocaleTag } from './locale.js';
import { en } from './messages/en.js';
import { ruleEn } from './messages/rules.en.js';

/**
 * The language names {@link configure}, {@link messageFor} and {@link flattenIssues} take.
 *
 * @category Errors
 */
export type MessageLocale = LocaleTag;


const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The options object itself: absent, or a plain object with only `allowed` keys. */
export function readOptions(v: unknown, allowed: readonly string[], path: IssuePath = ['options']): Record<string, unknown> {
  if (v === undefined) return {};
  if (!isObject(v)) fail('invalid_type', path, { expected: 'object', ...describe(v) });
  for (const key of Object.keys(v)) if (!allowed.includes(key)) fail('unknown_key', [...path, key], { key, allowed: [...allowed] });
  return v;
}

/** `'vi'`, `'en'`, `'vi-VN'`, `'en-US'` → the library's locale. */
export function readLocale(v: unknown, path: IssuePath): Locale {
  const l = localeOf(v);
  if (l === undefined) fail('invalid_value', path, { allowed: Object.keys(LOCALE_TAGS), ...describe(v) });
  return l;
}

/** A caller's field names, copied into a frozen object without a prototype. */
export function readLabels(v: unknown, path: IssuePath): FieldLabels {
  if (!isObject(v)) fail('invalid_type', path, { expected: 'field-labels', ...describe(v) });
  const out: Record<string, Readonly<{ vi?: string; en?: string }>> = Object.create(null) as Record<string, never>;
  for (const key of Object.keys(v)) {
    if (UNSAFE.has(key)) fail('unsafe_key', [...path, key], { key });
    const entry = v[key];
    if (!isObject(entry)) fail('invalid_type', [...path, key], { expected: 'object', fields: ['vi', 'en'], ...describe(entry) });
    const label: { vi?: string; en?: string } = {};
    for (const k of Object.keys(entry)) {
      if (k !== 'vi' && k !== 'en') fail('unknown_key', [...path, key, k], { key: k, allowed: ['vi', 'en'] });
      const text = entry[k];
      if (typeof text !== 'string' || text.trim() === '') fail('invalid_type', [...path, key, k], { expected: 'non-empty-string', ...describe(text) });
      label[k] = text;
    }
    out[key] = Object.freeze(label);
  }
  return Object.freeze(out);
}

/** Whether a value can be re-rendered as an issue: a known code, a path of keys and indexes, facts. */
/** Longest path and longest list of issues read: far past any real error, short enough to stay cheap. */
const MAX_PATH = 1000;
export const MAX_ISSUES = 100_000;

/**
 * A path as a copy: keys and indexes, each element read once (a getter could give another value on a
 * second read) by index, so a hole is an error and not skipped. `undefined` when it is not one.
 */
export function readPath(v: unknown): IssuePath | undefined {
  if (!Array.isArray(v) || v.length > MAX_PATH) return undefined;
  const out: (string | number)[] = [];
  for (let i = 0; i < v.length; i++) {
    const p: unknown = v[i];
    if (typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p) && p >= 0)) out.push(p);
    else return undefined;
  }
  return out;
}

/** An issue (or its JSON copy) as a copy of its code, path and facts, each read once; `undefined` when it is not one. */
export function readIssue(v: unknown): Pick<ChiTieuIssue, 'code' | 'path' | 'facts'> | undefined {
  if (!isObject(v)) return undefined;
  const code: unknown = v.code;
  if (typeof code !== 'string' || !(Object.prototype.hasOwnProperty.call(en, code) || Object.prototype.hasOwnProperty.call(ruleEn, code))) return undefined;
  const path = readPath(v.path);
  if (path === undefined) return undefined;
  const facts: unknown = v.facts;
  if (facts !== undefined && !isObject(facts)) return undefined;
  return { code: code as ErrorCode, path, facts: cleanFacts(facts) };
}

/** The facts of an issue as a message may quote them: strings, numbers, booleans, null, lists of strings and numbers. */
function cleanFacts(facts: unknown): IssueFacts {
  const out: Record<string, IssueFacts[string]> = {};
  if (!isObject(facts)) return out;
  for (const key of Object.keys(facts)) {
    if (UNSAFE.has(key)) continue;
    const v = facts[key];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) out[key] = v;
    else if (Array.isArray(v) && v.length <= MAX_PATH) {
      // a copy read by index: a hole or another type drops the fact, as an unknown fact is dropped
      const copy: (string | number)[] = [];
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x !== 'string' && typeof x !== 'number') break;
        copy.push(x);
      }
      if (copy.length === v.length) out[key] = copy;
    }
  }
  return out;
}

export type { ErrorCode };
