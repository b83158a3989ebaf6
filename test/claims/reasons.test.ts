import { describe, expect, it } from 'vitest';
import { checkClaim, checkSum, extractClaims, type ClaimReasonCode } from '../../src/index.js';
import { en } from '../../src/claims/messages/en.js';
import { vi } from '../../src/claims/messages/vi.js';

// Verdicts as data: every claim, flag and check carries a reason (a stable code and plain facts), and its
// explanation is what the message tables write from that reason, nothing else.
const render = (table: typeof vi, r: { code: ClaimReasonCode; facts: unknown }) => (table[r.code] as (f: unknown) => string)(r.facts);

const TEXTS = [
  'Thành lập được 16/15 tổ chức công đoàn cơ sở, vượt 6,6% chỉ tiêu; 14/13 tổ chức Đoàn, vượt 7,7% chỉ tiêu.',
  'Kết nạp mới 501 đảng viên (đạt 55,5%), trong đó 4 đảng viên là chủ doanh nghiệp.',
  'Toàn Đảng bộ có 95 tổ chức cơ sở đảng, trong đó 45 hành chính, 14 sự nghiệp và 35 doanh nghiệp.',
  'Thành lập 16/15 tổ chức công đoàn, 14/13 tổ chức Đoàn và 3/3 chi hội, vượt 6,7% và 7,7%.',
  'Thành lập 5/0 chi bộ, đạt 100%; 5-7 tổ chức; đạt 100-275%; ít nhất 400 đảng viên; tỷ lệ 95%; 1.549 đảng viên.',
  'Kết nạp 152 đoàn viên, tăng 12% so với cùng kỳ; số chi bộ tăng từ 20 lên 50, gấp 2,5 lần; số đoàn viên gấp 2 lần.',
  'Kết nạp 3 đảng viên, tăng 40% so với năm trước. Có 7-5 tổ chức và 3/3 tổ chức đảng.',
];

describe('reasons', () => {
  it('every explanation and flag is written from its reason, in both languages', () => {
    const codes = new Set<string>();
    for (const t of TEXTS) {
      const r = extractClaims(t);
      for (const c of [...r.claims, ...r.flags]) {
        const reason = c.reason;
        codes.add(reason.code);
        const text = 'explanation' in c ? c.explanation : { vi: c.vi, en: c.en };
        expect(text).toEqual({ vi: render(vi, reason), en: render(en, reason) });
        expect(Object.isFrozen(reason) && Object.isFrozen(reason.facts)).toBe(true);
        // plain data: a JSON round trip gives it back whole
        expect(JSON.parse(JSON.stringify(reason))).toEqual(reason);
      }
      for (const c of r.claims) for (const f of c.flags) expect(f.reason).toBe(c.reason);
    }
    expect([...codes].sort()).toEqual([
      'ambiguous-pairing', 'at-least', 'check-matches', 'check-other-rounding', 'count', 'implied', 'implied-none', 'mixed-rounding', 'multiple',
      'part-within', 'range', 'range-inverted', 'rate', 'ratio', 'ratio-zero-target', 'sum-mismatch',
    ]);
  });

  it('checks name their facts: figures as plain decimal strings, modes as codes', () => {
    expect(checkClaim({ achieved: 16, target: 15, reported: '6,6', as: 'over' }).reason).toEqual({
      code: 'check-other-rounding',
      facts: { as: 'over', achieved: '16', target: '15', exact: '20/3', decimals: 1, computed: '6.7', reported: '6.6', rounding: 'half-up', modes: ['down', 'floor'] },
    });
    expect(checkClaim({ achieved: 146, target: 279, reported: '52,9', as: 'attainment' }).reason.code).toBe('check-no-rounding');
    expect(checkSum({ total: 95, parts: [45, 14, 35] }).reason).toEqual({ code: 'sum-mismatch', facts: { total: '95', parts: ['45', '14', '35'], sum: '94', difference: '-1', tolerance: '0' } });
  });

  it('a report that rounds two ways names the two figures', () => {
    const r = extractClaims('Thành lập được 16/15 tổ chức, vượt 6,6%; 14/13 tổ chức, vượt 7,7%.');
    expect(r.flags[0]?.reason).toEqual({
      code: 'mixed-rounding',
      facts: { pair: [{ as: 'over', ratio: '16/15', reported: '6.6', modes: ['down', 'floor'] }, { as: 'over', ratio: '14/13', reported: '7.7', modes: ['half-up', 'half-down', 'half-even', 'up', 'ceil'] }] },
    });
  });
});
