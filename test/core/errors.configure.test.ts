import { afterEach, describe, expect, it } from 'vitest';
import { errorOf as thrown } from '../helpers/errors.js';
import { attainment, configure, parseNumber, safeAttainment } from '../../src/index.js';

afterEach(() => {
  configure({ locale: 'en', labels: null });
});

describe('configure: the language of error.message', () => {
  it('is English by default, as before', () => {
    const e = thrown(() => attainment({ achieved: -1, target: 80 }));
    expect(e.message).toBe('achieved must not be negative; got -1.');
    expect(e.message).toBe(e.messages.en);
    expect(e.messages.vi).toBe('Số thực hiện không được là số âm; nhận được -1.');
  });

  it('switches for errors made afterwards, by code or by tag; both messages stay', () => {
    const before = thrown(() => attainment({ achieved: -1, target: 80 }));
    for (const locale of ['vi', 'vi-VN'] as const) {
      configure({ locale });
      const e = thrown(() => attainment({ achieved: -1, target: 80 }));
      expect([e.message, e.messages.en, String(e)]).toEqual([
        'Số thực hiện không được là số âm; nhận được -1.',
        'achieved must not be negative; got -1.',
        'ChiTieuError: Số thực hiện không được là số âm; nhận được -1.',
      ]);
      expect(e.toJSON().message).toBe(e.message);
      expect(e.stack?.startsWith('ChiTieuError: Số thực hiện')).toBe(true);
    }
    // an error already made keeps its message
    expect(before.message).toBe('achieved must not be negative; got -1.');
    configure({ locale: 'en-US' });
    expect(thrown(() => parseNumber('1,5,', { locale: 'vi' })).message.startsWith('text ')).toBe(true);
    expect(safeAttainment({ achieved: 'x', target: 1 }).error?.message.startsWith('achieved is not a number')).toBe(true);
  });

  it('returns the settings before the call, so they can be restored; omitted settings stay', () => {
    const labels = { achieved: { vi: 'số kết nạp' } };
    expect(configure({ locale: 'vi', labels })).toEqual({ locale: 'en', labels: null });
    const previous = configure({ locale: 'en' });
    expect(previous.locale).toBe('vi');
    expect(previous.labels).toEqual(labels);
    expect(Object.isFrozen(previous)).toBe(true);
    // labels stayed while only the locale changed
    expect(thrown(() => attainment({ achieved: -1, target: 80 })).messages.vi).toBe('Số kết nạp không được là số âm; nhận được -1.');
    configure(previous);
    expect(thrown(() => attainment({ achieved: -1, target: 80 })).message).toBe('Số kết nạp không được là số âm; nhận được -1.');
    expect(configure()).toEqual({ locale: 'vi', labels });
    // the caller's object is copied: editing it later changes nothing
    labels.achieved.vi = 'đã sửa';
    expect(thrown(() => attainment({ achieved: -1, target: 80 })).messages.vi).toBe('Số kết nạp không được là số âm; nhận được -1.');
  });

  it('refuses other locales and malformed labels, and then changes nothing', () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [{ locale: 'fr' }, 'invalid_value', ['options', 'locale']],
      [{ locale: 'VI' }, 'invalid_value', ['options', 'locale']],
      [{ locale: 'vi', lang: 'vi' }, 'unknown_key', ['options', 'lang']],
      [{ labels: [] }, 'invalid_type', ['options', 'labels']],
      [{ labels: { achieved: 'x' } }, 'invalid_type', ['options', 'labels', 'achieved']],
      [{ labels: { achieved: { vi: '' } } }, 'invalid_type', ['options', 'labels', 'achieved', 'vi']],
      [JSON.parse('{"labels": {"__proto__": {"vi": "x"}}}'), 'unsafe_key', ['options', 'labels', '__proto__']],
      ['vi', 'invalid_type', ['options']],
    ];
    for (const [options, code, path] of cases) {
      const e = thrown(() => configure(options as never));
      expect([e.code, e.path]).toEqual([code, path]);
    }
    expect(configure()).toEqual({ locale: 'en', labels: null });
    expect(thrown(() => configure({ locale: 'fr' } as never)).messages.vi).toBe('Ngôn ngữ phải là một trong: vi, en, vi-VN, en-US; nhận được "fr".');
  });

  it('keeps its state in the module, not on globalThis', () => {
    const before = Object.getOwnPropertyNames(globalThis).concat(Object.getOwnPropertySymbols(globalThis).map(String));
    configure({ locale: 'vi', labels: { achieved: { vi: 'x' } } });
    const after = Object.getOwnPropertyNames(globalThis).concat(Object.getOwnPropertySymbols(globalThis).map(String));
    expect(after).toEqual(before);
  });
});
