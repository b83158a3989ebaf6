// chitieu check (every figure of a report text) and chitieu claim (one printed figure).
import { checkClaim, extractClaims, type ClaimAs, type ClaimVerdict } from '../claims/index.js';
import type { Locale, RoundingMode } from '../core/index.js';
import { BAD_USAGE, FLAGGED, oneFile, say, type CliIo, type Flags } from './_shared.js';
import { isXlsx } from './_xlsx.js';

const VERDICTS: Record<Locale, Record<ClaimVerdict, string>> = {
  vi: { consistent: 'khớp', flagged: 'cần xem lại', inferred: 'suy ra', ambiguous: 'chưa rõ', figure: 'ghi nhận' },
  en: { consistent: 'consistent', flagged: 'flagged', inferred: 'inferred', ambiguous: 'ambiguous', figure: 'figure' },
};

export async function commandCheck(args: readonly string[], f: Flags, locale: Locale, io: CliIo): Promise<number> {
  if (!oneFile(args, io, locale, { vi: 'chitieu check <tệp|->', en: 'chitieu check <file|->' })) return BAD_USAGE;
  if (isXlsx(args[0] as string)) {
    say(io, locale, {
      vi: 'check đọc văn bản báo cáo (.txt, .md), không đọc bảng .xlsx; bảng số liệu dùng chitieu csv, term, rule hoặc rollup',
      en: 'check reads a report text (.txt, .md), not an .xlsx table; for a table of figures use chitieu csv, term, rule or rollup',
    });
    return BAD_USAGE;
  }
  const text = await io.readText(args[0] as string);
  const r = extractClaims(text, f.rounding === undefined ? {} : { rounding: f.rounding as RoundingMode });
  if (f.json) {
    io.out(`${JSON.stringify(r, null, 2)}\n`);
    return r.claims.some((c) => c.verdict === 'flagged') || r.flags.length > 0 ? FLAGGED : 0;
  }
  // Line and column of each claim, from one pass over the line starts.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const where = (offset: number): string => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid; else hi = mid - 1;
    }
    return `${lo + 1}:${offset - (lineStarts[lo] as number) + 1}`;
  };
  const words = VERDICTS[locale];
  // Verdicts, not noise: figures with nothing to check are only counted, unless --all asks for them.
  for (const c of r.claims) {
    if (c.verdict === 'figure' && f.all !== true) continue;
    io.out(`${where(c.start)}  [${words[c.verdict]}]  ${c.text.replace(/\s+/g, ' ')}\n      ${c.explanation[locale]}\n`);
    for (const note of c.flags) if (c.verdict !== 'flagged') io.out(`      ⚠ ${note[locale]}\n`);
  }
  for (const flag of r.flags) io.out(`\n${locale === 'vi' ? 'Cả báo cáo' : 'Whole report'}: ${flag[locale]}\n`);
  const count = (v: ClaimVerdict) => r.claims.filter((c) => c.verdict === v).length;
  const flagged = count('flagged');
  io.out(locale === 'vi'
    ? `\n${r.claims.length} số liệu: ${count('consistent')} khớp, ${flagged} cần xem lại, ${count('inferred')} suy ra, ${count('ambiguous')} chưa rõ, ${count('figure')} ghi nhận\n`
    : `\n${r.claims.length} figures: ${count('consistent')} consistent, ${flagged} flagged, ${count('inferred')} inferred, ${count('ambiguous')} ambiguous, ${count('figure')} figure\n`);
  return flagged > 0 || r.flags.length > 0 ? FLAGGED : 0;
}

export function commandClaim(args: readonly string[], f: Flags, locale: Locale, io: CliIo): number {
  if (args.length !== 3) {
    say(io, locale, {
      vi: 'cần ba số: chitieu claim <đạt được> <chỉ tiêu> <số đã in>, ví dụ chitieu claim 16 15 6,6 --as over',
      en: 'expected three figures: chitieu claim <achieved> <target> <printed>, e.g. chitieu claim 16 15 6.6 --as over --locale en',
    });
    return BAD_USAGE;
  }
  const [achieved, target, reported] = args as [string, string, string];
  const r = checkClaim({ achieved: achieved.trim(), target: target.trim(), reported, as: (f.as ?? 'attainment') as ClaimAs }, { locale });
  if (f.json) io.out(`${JSON.stringify(r, null, 2)}\n`);
  else io.out(`${r.explanation[locale]}\n`);
  return r.consistent ? 0 : FLAGGED;
}
