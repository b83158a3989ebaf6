// chitieu implied: which whole-number targets give a printed percentage ("65 …, đạt 72,2%").
import { checkClaim, impliedTargets, type ClaimAs } from '../claims/index.js';
import { round, type Locale, type RoundingMode } from '../core/index.js';
import { localize } from '../core/_format.js';
import { BAD_USAGE, FLAGGED, openSheet, outputFormat, readFigure, say, type CliIo, type Flags } from './_shared.js';

const AS_WORDS: Readonly<Record<ClaimAs, { vi: string; en: string }>> = {
  attainment: { vi: 'tỷ lệ đạt', en: 'attainment' },
  share: { vi: 'tỷ trọng', en: 'share' },
  over: { vi: 'phần vượt', en: 'over target' },
  'over-points': { vi: 'số điểm % vượt', en: 'points over target' },
  'under-points': { vi: 'số điểm % thấp hơn', en: 'points under target' },
  decrease: { vi: 'tỷ lệ giảm', en: 'decrease' },
  growth: { vi: 'tỷ lệ tăng', en: 'growth' },
  multiple: { vi: 'số lần', en: 'multiple' },
  excess: { vi: 'số vượt', en: 'excess' },
};

/** Targets listed under the sentence in a table; --out writes them all. */
const LISTED = 20;

/** Runs of consecutive targets, `902–903, 910`, in the output notation. */
function runs(targets: readonly number[], locale: Locale): string {
  const parts: string[] = [];
  for (let i = 0; i < targets.length; ) {
    let j = i;
    while (j + 1 < targets.length && (targets[j + 1] as number) === (targets[j] as number) + 1) j++;
    const a = localize(String(targets[i]), locale);
    parts.push(j === i ? a : `${a}–${localize(String(targets[j]), locale)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export function commandImplied(args: readonly string[], f: Flags, locale: Locale, input: Locale, io: CliIo): number {
  const achievedText = args[0] ?? f.achieved;
  const reported = args[1] ?? f.reported;
  if (args.length > 2 || achievedText === undefined || reported === undefined) {
    say(io, locale, {
      vi: 'cần số đạt được và số đã in: chitieu implied --achieved 65 --reported 72,2 (hoặc chitieu implied 65 72,2)',
      en: 'expected the achieved figure and the printed one: chitieu implied --achieved 65 --reported 72.2 --locale en (or chitieu implied 65 72.2)',
    });
    return BAD_USAGE;
  }
  const as = (f.as ?? 'attainment') as ClaimAs;
  const rounding = (f.rounding ?? 'half-up') as RoundingMode;
  const format = outputFormat(f, io, locale);
  if (format === undefined) return BAD_USAGE;
  const achieved = readFigure(achievedText, input, '--achieved');
  const targets = impliedTargets({ achieved, reported: reported.trim(), as }, { rounding, locale: input });
  const vi = locale === 'vi';
  const shown = localize(readFigure(reported.replace(/%\s*$/, ''), input, '--reported'), locale);
  // Points over a target rate, a multiple and an excess in units are not percentages.
  const pct = as === 'over-points' || as === 'under-points' ? (vi ? ' điểm %' : ' points') : as === 'multiple' ? (vi ? ' lần' : ' times') : as === 'excess' ? '' : '%';
  const what = `${localize(achieved, locale)} ${vi ? 'và' : 'and'} ${shown}${pct} (${AS_WORDS[as][locale]}, ${vi ? 'làm tròn' : 'rounding'} ${rounding})`;
  // Each target with the exact figure it gives, to four more decimals than the printed one.
  const decimals = Math.min(10, (shown.split(/[.,]/)[1]?.length ?? 0) + 4);
  const exactOf = (t: number): string => {
    const c = checkClaim({ achieved, target: String(t), reported: reported.trim(), as }, { rounding, locale: input });
    return round(c.exact, { decimals, rounding });
  };
  if (format !== 'table') {
    const sheet = openSheet(f, io, locale, format, vi ? ['Chỉ tiêu', 'Giá trị chính xác'] : ['Target', 'Exact value'], [true, true]);
    for (const t of targets) {
      const exact = exactOf(t);
      sheet.row([sheet.num(String(t)), sheet.num(exact)], { target: t, exact });
    }
    sheet.end();
  } else if (targets.length === 0) {
    io.out(vi
      ? `${what}: không có chỉ tiêu nguyên nào cho ra số này; số đã in cần xem lại (thử --rounding khác)\n`
      : `${what}: no whole-number target gives this figure; the printed figure needs a second look (try another --rounding)\n`);
  } else {
    io.out(`${what}: ${vi ? 'chỉ tiêu' : (targets.length === 1 ? 'target' : 'targets')} ${runs(targets, locale)}\n`);
    for (const t of targets.slice(0, LISTED)) io.out(`  ${localize(String(t), locale)}: ${localize(exactOf(t), locale)}${pct}\n`);
    if (targets.length > LISTED) io.out(vi ? `  … và ${targets.length - LISTED} chỉ tiêu nữa (--out để ghi hết)\n` : `  … and ${targets.length - LISTED} more (--out writes them all)\n`);
  }
  return targets.length === 0 ? FLAGGED : 0;
}
