import { afterEach, describe, expect, it } from 'vitest';
import { configure, fieldLabel, isChiTieuError, messageFor, safeAttainment, safeTermProgress, type ChiTieuIssue } from '../../src/index.js';
import { makeIssue } from '../../src/core/errors.js';

function firstIssue(r: { success: boolean; error?: { issues: readonly ChiTieuIssue[] } }): ChiTieuIssue {
  const issue = r.error?.issues[0];
  if (issue === undefined) throw new Error('expected an error');
  return issue;
}

afterEach(() => {
  configure({ locale: 'en', labels: null });
});

describe('field labels: Vietnamese messages name a field in words', () => {
  it('the fields of the brief have their Vietnamese names', () => {
    const keys = ['achieved', 'target', 'start', 'end', 'asOf', 'rounding', 'decimals', 'reported', 'min', 'max', 'points', 'cumulative', 'date', 'facts'];
    expect(Object.fromEntries(keys.map((k) => [k, fieldLabel([k], 'vi')]))).toEqual({
      achieved: 'số thực hiện', target: 'chỉ tiêu', start: 'ngày bắt đầu', end: 'ngày kết thúc', asOf: 'ngày tính',
      rounding: 'chế độ làm tròn', decimals: 'số chữ số thập phân', reported: 'con số đã in', min: 'mức tối thiểu',
      max: 'mức tối đa', points: 'các mốc số liệu', cumulative: 'số lũy kế', date: 'ngày', facts: 'dữ kiện',
    });
    expect(keys.map((k) => fieldLabel([k], 'en'))).toEqual(keys);
  });

  it('composes a field with what it belongs to', () => {
    expect([
      fieldLabel([], 'vi'),
      fieldLabel(['achieved'], 'vi'),
      fieldLabel(['options', 'asOf'], 'vi'),
      fieldLabel(['target', 'min'], 'vi'),
      fieldLabel(['result', 'target', 'max'], 'vi'),
      fieldLabel(['term', 'start'], 'vi'),
      fieldLabel(['points', 0], 'vi'),
      fieldLabel(['points', 2, 'date'], 'vi'),
      fieldLabel(['nodes', 0, 'parent'], 'vi'),
      fieldLabel(['nodes', 1, 'indicators', 'dangVien', 'achieved'], 'vi'),
      fieldLabel(['indicators', 'dangVien'], 'vi'),
      fieldLabel(['whatever', 0, 'x'], 'vi'),
      fieldLabel([0], 'vi'),
    ]).toEqual([
      'dữ liệu đầu vào',
      'số thực hiện',
      'ngày tính',
      'mức tối thiểu của chỉ tiêu',
      'mức tối đa của chỉ tiêu',
      'ngày bắt đầu của nhiệm kỳ',
      'mốc số liệu thứ 1',
      'ngày của mốc số liệu thứ 3',
      'đơn vị cấp trên của đơn vị thứ 1',
      'số thực hiện của chỉ tiêu "dangVien"',
      'chỉ tiêu "dangVien"',
      'trường whatever[0].x',
      'mục thứ 1',
    ]);
  });

  it('English keeps the code path unless a caller names the field', () => {
    expect([fieldLabel([], 'en'), fieldLabel(['target', 'min'], 'en-US'), fieldLabel(['points', 2, 'date'], 'en')]).toEqual(['input', 'target.min', 'points[2].date']);
    const labels = { points: { en: 'data point' }, date: { en: 'date' }, achieved: { en: 'Members admitted' } };
    expect([fieldLabel(['points', 2, 'date'], 'en', labels), fieldLabel(['achieved'], 'en', labels), fieldLabel(['target'], 'en', labels)]).toEqual(['date of data point #3', 'Members admitted', 'target']);
  });

  it('a caller’s labels replace the library’s, by segment, by dotted path or by dotted path with indexes', () => {
    const labels = {
      achieved: { vi: 'số đảng viên mới kết nạp' },
      'target.min': { vi: 'chỉ tiêu tối thiểu' },
      'points.1.date': { vi: 'ngày của dòng thứ hai' },
      points: { vi: 'các dòng số liệu' },
    };
    expect([
      fieldLabel(['achieved'], 'vi', labels),
      fieldLabel(['achieved'], 'en', labels),
      fieldLabel(['result', 'target', 'min'], 'vi', labels),
      fieldLabel(['points', 1, 'date'], 'vi', labels),
      fieldLabel(['points', 0, 'date'], 'vi', labels),
    ]).toEqual(['số đảng viên mới kết nạp', 'achieved', 'chỉ tiêu tối thiểu', 'ngày của dòng thứ hai', 'ngày của dòng số liệu thứ 1']);
  });

  it('messageFor writes an issue again with the labels and language asked for', () => {
    const issue = firstIssue(safeAttainment({ achieved: -1, target: 80 }));
    expect(issue.messages.vi).toBe('Số thực hiện không được là số âm; nhận được -1.');
    expect(messageFor(issue, { locale: 'vi', labels: { achieved: { vi: 'số đảng viên mới kết nạp', en: 'new members' } } })).toBe('Số đảng viên mới kết nạp không được là số âm; nhận được -1.');
    expect(messageFor(issue, { locale: 'en-US', labels: { achieved: { vi: 'số đảng viên mới kết nạp', en: 'new members' } } })).toBe('new members must not be negative; got -1.');
    expect(messageFor(issue)).toBe(issue.messages.en);
    expect(messageFor(issue, { locale: 'vi-VN' })).toBe(issue.messages.vi);
    // a JSON copy (from a worker or a server) is written the same way
    expect(messageFor(JSON.parse(JSON.stringify(issue)) as ChiTieuIssue, { locale: 'vi' })).toBe(issue.messages.vi);
  });

  it('configured labels name fields in messages made afterwards; messageFor labels go over them', () => {
    configure({ labels: { achieved: { vi: 'số kết nạp' }, target: { vi: 'chỉ tiêu giao' } } });
    const issue = firstIssue(safeAttainment({ achieved: -1, target: 80 }));
    expect(issue.messages.vi).toBe('Số kết nạp không được là số âm; nhận được -1.');
    expect(messageFor(issue, { locale: 'vi', labels: { achieved: { vi: 'số mới' } } })).toBe('Số mới không được là số âm; nhận được -1.');
    expect(messageFor(makeIssue('missing', ['target']), { locale: 'vi', labels: { achieved: { vi: 'số mới' } } })).toBe('Thiếu chỉ tiêu giao; đây là thông tin bắt buộc.');
    configure({ labels: null });
    expect(firstIssue(safeAttainment({ achieved: -1, target: 80 })).messages.vi).toBe('Số thực hiện không được là số âm; nhận được -1.');
  });

  it('labels of real errors: a date in a term, a rounding option', () => {
    const r = safeTermProgress({ term: { start: '2020-07-01', end: '2025-06-30' }, asOf: '2024-02-30', target: 80, cumulative: 72 });
    expect(firstIssue(r).messages.vi).toBe('Ngày tính phải là một ngày có thật, viết dạng YYYY-MM-DD (như 2024-07-16); nhận được "2024-02-30".');
    const o = safeAttainment({ achieved: 1, target: 2 }, { rounding: 'banker' as never });
    expect(firstIssue(o).messages.vi).toBe('Không có chế độ làm tròn "banker"; hãy chọn một trong: half-up, half-down, half-even, up, down, ceil, floor.');
  });

  it('refuses malformed arguments with a ChiTieuError, never a TypeError', () => {
    const bad: (() => unknown)[] = [
      () => fieldLabel('achieved' as never, 'vi'),
      () => fieldLabel(['a', -1] as never, 'vi'),
      () => fieldLabel(['a'], 'fr' as never),
      () => fieldLabel(['a'], 'vi', { a: 'x' } as never),
      () => fieldLabel(['a'], 'vi', { a: { vi: 3 } } as never),
      () => fieldLabel(['a'], 'vi', { a: { de: 'x' } } as never),
      () => fieldLabel(['a'], 'vi', JSON.parse('{"__proto__": {"vi": "x"}}') as never),
      () => messageFor({ code: 'nope', path: [], facts: {} } as never),
      () => messageFor(null as never),
      () => messageFor(makeIssue('missing', ['a']), { locale: 'fr' } as never),
      () => messageFor(makeIssue('missing', ['a']), { lang: 'vi' } as never),
    ];
    for (const f of bad) {
      let caught: unknown;
      try { f(); } catch (e) { caught = e; }
      expect(isChiTieuError(caught)).toBe(true);
    }
    expect(({} as Record<string, unknown>).vi).toBeUndefined();
  });
});
