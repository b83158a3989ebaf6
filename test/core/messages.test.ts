import { describe, expect, it } from 'vitest';
import { makeIssue, type ErrorCode } from '../../src/core/errors.js';
import { messageFor } from '../../src/index.js';
import { en } from '../../src/core/messages/en.js';
import { vi } from '../../src/core/messages/vi.js';
import { ruleMessages } from '../../src/core/messages/rules.js';
import { ruleEn } from '../../src/core/messages/rules.en.js';
import { ruleVi } from '../../src/core/messages/rules.vi.js';

describe('messages: every code has a Vietnamese and an English text', () => {
  it('the two tables have the same keys, in the same order', () => {
    expect(Object.keys(vi)).toEqual(Object.keys(en));
    expect(Object.keys(ruleVi)).toEqual(Object.keys(ruleEn));
  });

  it("rule data's codes have tables of their own, which only the readers of rule data pass", () => {
    for (const code of Object.keys(ruleEn)) expect(Object.keys(en)).not.toContain(code);
    const bare = makeIssue('unknown_fact', ['versions', 0, 'when', 'fact'], { fact: 'x' });
    expect(bare.messages.en).toBe('unknown_fact');
    const full = makeIssue('unknown_fact', ['versions', 0, 'when', 'fact'], { fact: 'x' }, ruleMessages);
    expect(full.messages.vi).toBe('Ở versions[0].when.fact: "x" không phải là dữ kiện đã khai báo trong facts.');
    // written again, after a trip through JSON, as any other issue
    expect(messageFor(JSON.parse(JSON.stringify(full)), { locale: 'vi' })).toBe(full.messages.vi);
  });

  it.each(Object.keys(en) as ErrorCode[])('%s renders in both languages without placeholders left over', (code) => {
    const facts = { value: 'x', min: 1, max: 2, expected: 'e', expected_vi: 'ev', received: 'r', key: 'k', allowed: ['a', 'b'], start: '2020-01-01', end: '2019-01-01', forms: ['f'], needed: 2, got: 1, method: 'm', id: 'i', parent: 'p', length: 9, limit: 8, year: 2099, locale: 'vi', hint: 'h', hint_vi: 'hv', from: 1, to: 5, count: 5, spans: ['2011-01-01 – 2021-07-29'], fact: 'n', type: 'count', field: 'measure', measure: 'days', other: 'o' };
    const issue = makeIssue(code, ['a', 0, 'b'], facts);
    for (const text of [issue.messages.vi, issue.messages.en]) {
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/undefined|\$\{|\[object/);
    }
    // English names the field by its path; Vietnamese by words, and a sentence starts with a capital
    expect(issue.messages.en.startsWith('a[0].b')).toBe(true);
    expect(issue.messages.vi.charAt(0)).toBe(issue.messages.vi.charAt(0).toLocaleUpperCase('vi'));
    expect(issue.messages.vi).not.toBe(issue.messages.en);
  });
});
