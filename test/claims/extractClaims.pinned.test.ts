import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim, type ExtractClaimsResult } from '../../src/index.js';
import { json, plain, runs } from '../helpers/golden.js';

// Crafted report sentences, each pinning the whole extraction: every claim (kind, span and text, unit,
// verdict, figures with their offsets, flags and both explanations), the report flags and the common
// modes, as plain objects in golden files, test/golden/claims/extractClaims.pinned/*.json, one entry
// per sentence. Written against the mutants a Stryker run over the reader left alive. To write the
// files again after a deliberate change, run the one command in test/golden/README.md:
//   npx vitest run test/*/outputs.pinned.test.ts test/claims/extractClaims.pinned.test.ts -u

/**
 * The fields of a claim a reader checks: where it stands, its verdict and flags, its figures (implied
 * targets as runs, `"25051..26000"`: they come by the thousand), its explanation.
 */
function pinClaim(c: Claim): Record<string, unknown> {
  const head = { kind: c.kind, start: c.start, end: c.end, text: c.text, unit: c.unit, verdict: c.verdict, flags: c.flags.map((f) => ({ code: f.code, vi: f.vi, en: f.en })) };
  const figures = (() => {
    switch (c.kind) {
      case 'ratio-percent': return { achieved: c.achieved, target: c.target, reported: c.reported, as: c.as, check: { consistentModes: c.check.consistentModes, computed: c.check.computed } };
      case 'ratio': return { achieved: c.achieved, target: c.target, percent: c.percent, status: c.status };
      case 'implied-target': return { achieved: c.achieved, reported: c.reported, as: c.as, impliedTargets: c.impliedTargets && runs(c.impliedTargets) };
      case 'sum': return { total: c.total, parts: c.parts, check: { sum: c.check.sum, difference: c.check.difference, tolerance: c.check.tolerance, consistent: c.check.consistent } };
      case 'subset': return { total: c.total, part: c.part };
      case 'range': return { min: c.min, max: c.max, percent: c.percent };
      case 'ambiguous': return { reported: c.reported, as: c.as, candidates: c.candidates.map((x) => ({ achieved: x.achieved, target: x.target })) };
      default: return { value: c.value };
    }
  })();
  return { ...head, ...figures, explanation: { vi: c.explanation.vi, en: c.explanation.en } };
}

/** An extraction as the objects pinned: its claims, its report flags (code, claims, both messages), the common modes. */
const pin = (r: ExtractClaimsResult) => ({ claims: r.claims.map(pinClaim), flags: r.flags.map((f) => ({ code: f.code, claims: f.claims, vi: f.vi, en: f.en })), commonModes: r.commonModes });

/** Each text with what extractClaims makes of it, compared with the golden file `name`. */
async function pinned(name: string, texts: readonly string[]): Promise<void> {
  await expect(json(texts.map((text) => ({ text, ...(plain(pin(extractClaims(text))) as object) })))).toMatchFileSnapshot(`../golden/claims/extractClaims.pinned/${name}.json`);
}

describe('extractClaims, pinned in full', () => {
  it("number forms: length limit, the fast reader and the strict one (1.549, 28,75, 1,2,3)", async () => {
    await pinned('number-forms-length-limit-the-fast', [
      "Có 1111111111111111111111111111111111111111 người",
      "Có 11111111111111111111111111111111111111111 người",
      "Có 12345678901234567 người",
      "Có 123456789012345 người",
      "Có 1.549 đảng viên",
      "Có 1,2,3 tổ",
      "Có 1.2 tổ",
      "Có 0,500 tổ",
    ]);
  });

  it("years: 4 digits between 1900 and 2100, alone or on both ends of a ratio or range", async () => {
    await pinned('years-4-digits-between-1900-and', [
      "Có 2.000 người",
      "Có 1899 người",
      "Có 1900 người",
      "Có 2100 người",
      "Có 2101 người",
      "Có 02000 người",
      "Có 2000,0 người",
      "Tỷ lệ 2020/2025 và 2020/15 tổ",
      "nhiệm kỳ 15-2020 tổ",
      "nhiệm kỳ 2020-2025 tổ",
    ]);
  });

  it("units that match between a total and its parts (prefix either way, generic units, no unit)", async () => {
    await pinned('units-that-match-between-a-total', [
      // parts that make the figure before exactly are its breakdown, whatever each names
      "Có 94, trong đó 45 chi bộ và 49 chi bộ.",
      "Có 94 chi bộ cơ sở, trong đó 45 chi bộ và 49 chi bộ.",
      "Có 94 chi bộ, trong đó 45 chi bộ cơ sở và 49 chi bộ cơ sở.",
      "Có 10 đảng viên, trong đó 4 đảng viên và 6 đồng chí.",
      "Có 10 đảng viên, trong đó 4 đảng viên và 6 trường hợp.",
    ]);
  });

  it("words that end a unit", async () => {
    await pinned('words-that-end-a-unit', [
      "Có 5 tổ sẽ mới",
      "Có 5 tổ khi mới",
      "Có 5 tổ thì mới",
      "Có 5 tổ nhưng mới",
      "Có 5 tổ hoặc mới",
      "Có 5 tổ hay mới",
      "Có 5 tổ ở mới",
      "Có 5 tổ như mới",
      "Có 5 tổ gồm mới",
    ]);
  });

  it("document references skip the number after them", async () => {
    await pinned('document-references-skip-the-number-after', [
      "theo nghị quyết 28 tổ",
      "theo quyết định 28 tổ",
      "theo chỉ thị 28 tổ",
      "theo thông tư 28 tổ",
      "theo chương trình 28 tổ",
      "theo đề án 28 tổ",
      "theo quy định 28 tổ",
      "theo hướng dẫn 28 tổ",
      "theo phương án 28 tổ",
      "theo công văn 28 tổ",
      "theo lần thứ 28 tổ",
      "theo kết luận 28 tổ",
      "theo thông báo 28 tổ",
    ]);
  });

  it("quotation marks may touch a figure", async () => {
    await pinned('quotation-marks-may-touch-a-figure', [
      "Có \"5\" tổ",
      "Có “5“ tổ",
      "Có ”5” tổ",
      "Có ’5’ tổ",
      "Có «5« tổ",
      "Có »5» tổ",
    ]);
  });

  it("implied targets: one, two, a span, none, too many; đạt / chiếm / vượt / vượt in points", async () => {
    await pinned('implied-targets-one-two-a-span', [
      "Có 1.500 đảng viên, đạt 150,00%",
      "Có 1.500 đảng viên, đạt 150,0%",
      "Có 5.010 đảng viên, đạt 55,5%",
      "Có 5 đảng viên, đạt 0%",
      "Có 0 đảng viên, đạt 0%",
      "Có 1 đảng viên, đạt 30,0%",
      "Có 45 đảng viên, chiếm 90%",
      "Có 1 đảng viên, chiếm 30,0%",
      "Có 5 đảng viên, chiếm 0%",
      "97,5% chi bộ, vượt 4,5%",
      "97,5% chi bộ, vượt 200,0%",
      "97,5% chi bộ, vượt 1.000,5%",
      "Có 100.000 đảng viên, đạt 200%",
      "Có 100.000 đảng viên, đạt 10%",
      "9.007.199.254.740.991% tổ, vượt 0%",
      "9.007.199.254.740.992% tổ, vượt 0%",
      "Có 45 đảng viên, vượt 12,5%",
      "Có 99.751 đảng viên, đạt 10%",
      "Có 99.750 đảng viên, đạt 10%",
    ]);
  });

  it("ratios with a target of 0 and the percentages printed against them", async () => {
    await pinned('ratios-with-a-target-of-0', [
      "Có 5/0 tổ chức.",
      "Có 5/0 tổ chức, đạt 100%, vượt 1.000,5%.",
      "Có 5/0 tổ chức (đạt 100%).",
    ]);
  });

  it("keywords before a percentage: đạt được, vượt được, hoàn thành", async () => {
    await pinned('keywords-before-a-percentage-dat-duoc', [
      "103 đảng viên, đạt được 90%",
      "103 đảng viên đạt, 90%",
      "45 đảng viên, hoàn thành 90% chỉ tiêu",
      "45 đảng viên (hoàn thành 90%)",
      "45 đảng viên, thành 90%",
      "45 đảng viên, hoàn 90%",
      "45 đảng viên, vượt được 12,5%",
    ]);
  });
});

/** n filler words that are neither figures nor keywords, to put a figure an exact number of tokens away. */
const filler = (n: number): string => Array.from({ length: n }, () => 'x').join(' ');

describe('extractClaims, pinned in full: windows, lists and breakdowns', () => {
  it("\"trở lên\" within three tokens makes a lower bound", async () => {
    await pinned('tro-len-within-three-tokens-makes', [
      "45 đảng viên, đạt 90% kế hoạch trở thành",
      "45 đảng viên, đạt 90% tăng lên",
      "3/4 (75% trở lên)",
      "45 đảng viên, đạt 90% chỉ tiêu trở lên",
      "45 đảng viên, đạt 90% a b trở lên",
      "45 đảng viên, đạt 90% a b c trở lên",
    ]);
  });

  it("a parenthesis after a ratio: skipped for the unit only when it holds a percentage and closes within 8 tokens", async () => {
    await pinned('a-parenthesis-after-a-ratio-skipped', [
      "3/4 (đạt 75% chỉ tiêu",
      "3/4 (tổ chức) đảng viên",
      "3/4 (a b c d x 75%) đảng viên",
      "3/4 (a b c d e f 75%) đảng viên",
      "3/4 (a b c d e 75%) đảng viên",
      "Đảng viên 3/4 (đạt 75% tổ chức",
      "3/4 ( đảng viên",
      "Có tổ chức 3/4 (đạt 75% chỉ tiêu",
      "Có tổ chức 3/4 (đạt 75%) chỉ tiêu",
    ]);
  });

  it("numbers joined by - or /: codes, ranges, spans of time, gaps on either side", async () => {
    await pinned('numbers-joined-by-or-codes-ranges', [
      "Có 5 - tổ chức",
      "Có 5 -tổ chức",
      "A 12-KH, B 35/QĐ",
      "A 12 -KH",
      "A 12- KH",
      "A 12-, rồi",
      "Có 12-",
      "A 12-(x)",
      "Có 5/1.2 tổ",
      "Có 5-7",
      // numbers side by side with nothing between ("0226 385 2672") are not read: which is the figure?
      "Có 5-7 8 tổ",
      "Có 3-5 năm",
      "Có 3-5 tổ",
      "Có 5/7 tổ, 8 tổ",
      "Khoảng 5-5 tổ",
      "Khoảng 7-5 tổ",
      "Khoảng 7-5%",
      "Khoảng 5–7% tổ",
    ]);
  });

  it("a bracketed percentage right after a ratio is its attainment, and only then", async () => {
    await pinned('a-bracketed-percentage-right-after-a', [
      "3/4 = 75%",
      "3/4, 75%",
      "Có 45 đảng viên (90%)",
      "(90%) abc",
      "3/4 tổ chức (75%)",
      "3/4 (75%)",
      "3/4 (đạt 75%)",
    ]);
  });

  it("ít nhất / tối thiểu make a minimum target", async () => {
    await pinned('it-nhat-toi-thieu-make-a', [
      "tối thiểu 400 đảng viên",
      "ít nhất 400 đảng viên",
      "nhất 400 người",
      "thiểu 400 người",
      "ít người 400 tổ",
      "tối người 400 tổ",
    ]);
  });

  it("the figure a percentage is about: same clause, within 40 tokens, not a minimum nor a range", async () => {
    await pinned('the-figure-a-percentage-is-about', [
      "Có 5 tổ. Đạt 90%.",
      "Có 5 tổ; đạt 90%.",
      "Có 5 tổ, đạt 90%.",
      "103/80 đảng viên, đạt 128,75%, vượt 28,75%",
      "97,5% chi bộ, đạt 90%",
      "ít nhất 400 đảng viên, đạt 90%",
      "5-7 tổ, đạt 90%",
      `Có 5 tổ ${filler(38)} đạt 90%`,
      `Có 5 tổ ${filler(39)} đạt 90%`,
    ]);
  });

  it("the claim text takes in the closing bracket only after an opening one", async () => {
    await pinned('the-claim-text-takes-in-the', [
      "45 đảng viên, đạt 90%)",
      "45 đảng viên (đạt 90% chỉ tiêu",
      "45 đảng viên (đạt 90%)",
      "3/4 tổ (đạt 75%)",
      "3/4 tổ, đạt 75%)",
      "3/4 tổ (đạt 75% kế",
    ]);
  });

  it("totals and their parts around \"trong đó\": windows, sentence ends, subset and sum", async () => {
    await pinned('totals-and-their-parts-around-trong', [
      "Có 94 tổ, 45 tổ và 49 tổ.",
      "Tổng 7. Có 94, trong đó 45 và 49.",
      "Có 94 trong đó 45 và 49",
      "Có 94, trong đó 45. Có 49.",
      "Có 94 tổ, trong đó có nhiều.",
      "Có 5 tổ, trong đó 5 tổ.",
      "Có 5 tổ, trong đó 7 tổ.",
      "Có 10 tổ, trong đó 3,3 tổ và 6,7 tổ.",
      // after "gồm" (consists of): two parts are the whole, and a mismatch is flagged
      "Có 10 tổ, gồm 3,3 tổ và 6,6 tổ.",
      `Có 94 tổ, trong đó ${filler(56)} 45 tổ và 49 tổ`,
      `Có 94 tổ, trong đó ${filler(60)} 45 tổ`,
      `Có 94 tổ, trong đó ${filler(59)} 45 tổ`,
      "Trong đó 45 và 49.",
      "Có 94 tổ; trong đó 45 tổ, 49 tổ.",
    ]);
  });

  it("the report-level rounding flag: pairs, no pair, claims listed in order", async () => {
    await pinned('the-report-level-rounding-flag-pairs', [
      "199/200 tổ, vượt 0%; 1/8 tổ, đạt 13%; 1/3 tổ, đạt 33%.",
      "16/15 tổ, vượt 6,6%; 14/13 tổ, vượt 7,7%; 32/30 tổ, vượt 6,6%.",
      "16/15 tổ, vượt 6,7%; 14/13 tổ, vượt 7,7%.",
    ]);
  });

  it('freezes every claim, its flags, explanation, parts and implied targets', () => {
    const r = extractClaims('Có 94 tổ, trong đó 45 tổ và 49 tổ. Có 103 đảng viên, đạt được 90%. Có 5 tổ, đạt 90%. 5/0 tổ, đạt 100%.');
    expect(r.claims.map((c) => c.kind)).toEqual(['count', 'sum', 'count', 'count', 'implied-target', 'implied-target', 'ratio']);
    expect(Object.isFrozen(r) && Object.isFrozen(r.claims) && Object.isFrozen(r.flags) && Object.isFrozen(r.commonModes)).toBe(true);
    for (const c of r.claims) {
      expect([c.kind, Object.isFrozen(c), Object.isFrozen(c.flags), Object.isFrozen(c.explanation)]).toEqual([c.kind, true, true, true]);
      for (const f of c.flags) expect(Object.isFrozen(f)).toBe(true);
      if (c.kind === 'sum') expect([Object.isFrozen(c.parts), ...c.parts.map((p) => Object.isFrozen(p)), Object.isFrozen(c.total)]).toEqual([true, true, true, true]);
      if (c.kind === 'implied-target') expect([c.impliedTargets, Object.isFrozen(c.impliedTargets)]).toEqual([c.impliedTargets, true]);
    }
    expect(r.claims.filter((c) => c.kind === 'implied-target').map((c) => (c as Extract<Claim, { kind: 'implied-target' }>).impliedTargets)).toEqual([[114, 115], []]);
  });

  it('a report flag lists its claims and is frozen', () => {
    const r = extractClaims('16/15 tổ, vượt 6,6%; 14/13 tổ, vượt 7,7%; 32/30 tổ, vượt 6,6%.');
    expect(r.flags.map((f) => [f.code, f.claims])).toEqual([['mixed-rounding', [0, 1, 2]]]);
    expect(Object.isFrozen(r.flags[0]) && Object.isFrozen(r.flags[0]?.claims)).toBe(true);
    expect(r.commonModes).toEqual([]);
  });
});
