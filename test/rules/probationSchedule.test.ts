import { describe, expect, it } from 'vitest';
import { probationSchedule } from 'chitieu';

describe('probationSchedule', () => {
  it('12 months from the ceremony, then 30 working days (over Tết 2025)', () => {
    const r = probationSchedule({ ceremonyDate: '2024-01-10' });
    expect(r).toMatchObject({ probationEnds: '2025-01-10', recognitionDeadline: '2025-02-28', probationMonths: 12, recognitionWorkingDays: 30, holidays: 'announced' });
    expect(r.sources[0]).toMatchObject({ article: 'Điều 5', clause: 'khoản 1' });
    expect(r.explanation.vi).toContain('hết 12 tháng dự bị ngày 10/1/2025');
  });

  it('a ceremony on 29 February ends its probation on 28 February', () => {
    expect(probationSchedule({ ceremonyDate: '2024-02-29' }).probationEnds).toBe('2025-02-28');
    expect(probationSchedule({ ceremonyDate: '2023-02-28' }).probationEnds).toBe('2024-02-28');
    expect(probationSchedule({ ceremonyDate: '2024-03-31' }).probationEnds).toBe('2025-03-31');
  });

  it('skips Giỗ Tổ, 30/4, 1/5 and the swapped day, and counts the working Saturday (2025)', () => {
    expect(probationSchedule({ ceremonyDate: '2024-04-01' }).recognitionDeadline).toBe('2025-05-16');
  });

  it('a probation ending on a Friday before a long weekend', () => {
    // 2024-08-30 is a Friday; 2 and 3 September 2024 are off
    expect(probationSchedule({ ceremonyDate: '2023-08-30' }).recognitionDeadline).toBe('2024-10-15');
  });

  it('marks deadlines that rest on the projected calendar', () => {
    expect(probationSchedule({ ceremonyDate: '2029-10-15' })).toMatchObject({ probationEnds: '2030-10-15', holidays: 'projected' });
  });

  it.each([
    [{ ceremonyDate: '2024-02-30' }, 'invalid_date', ['ceremonyDate']],
    [{ ceremonyDate: '10/01/2024' }, 'invalid_date', ['ceremonyDate']],
    [{ ceremonyDate: 20240110 }, 'invalid_type', ['ceremonyDate']],
    [{}, 'missing', ['ceremonyDate']],
    [{ ceremonyDate: '2024-01-10', extra: 1 }, 'unknown_key', ['extra']],
    [{ ceremonyDate: '2018-05-01' }, 'unsupported_year', ['ceremonyDate']],
    [{ ceremonyDate: '2030-01-02' }, 'unsupported_year', ['ceremonyDate']],
  ])('rejects %j', (input, code, path) => {
    expect(() => probationSchedule(input as never)).toThrowError(expect.objectContaining({ code, path }));
  });

  it('names the year outside the calendar', () => {
    try {
      probationSchedule({ ceremonyDate: '2030-01-02' });
    } catch (e) {
      expect((e as { messages: { en: string } }).messages.en).toBe('ceremonyDate: the year 2031 is outside the supported holiday calendar (2020–2030).');
    }
  });
});
