// Dates on date-fns (UTC) against integer day numbers, where a batch path meets them: the figures behind
// the README's paragraph on dates. Run: node --import tsx bench/calendar.ts
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { differenceInCalendarDays } from 'date-fns';
import { dayNumber, elapsedMonths, fromDayNumber, parseIsoDate, weekday, type CalendarDate } from '../src/core/_calendar.js';
import { compileRuleSet, evaluateRuleBatch, type RuleSet } from '../src/index.js';
import { bestTime, random } from './_harness.js';

const MS_DAY = 86_400_000;
const N = 1_000_000;
const ROUNDS = 5;
const rate = (n: number, ms: number) => `${(n / ms / 1000).toFixed(1)} M/s`;

// The integer ways, as src/core/_calendar.ts had them before date-fns (Hinnant's civil calendar).
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number) => (m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : MONTH_DAYS[m - 1] as number);
function intForward(a: CalendarDate, b: CalendarDate): [number, boolean] {
  const months = (b.y - a.y) * 12 + (b.m - a.m);
  const mark = Math.min(a.d, daysInMonth(b.y, b.m));
  return b.d < mark ? [months - 1, false] : [months, b.d === mark];
}
function intMonths(from: CalendarDate, to: CalendarDate): [number, boolean] {
  if (to.day >= from.day) { const [m, exact] = intForward(from, to); return [m, !exact]; }
  const [m, exact] = intForward(to, from);
  return exact ? [-m, false] : [-m - 1, true];
}
const intWeekday = (day: number) => (((day + 4) % 7) + 7) % 7;
/** A parse that lets the engine's UTC calendar check the day: set the parts, read them back. */
function utcParse(v: string): CalendarDate | undefined {
  const y = Number(v.slice(0, 4)), m = Number(v.slice(5, 7)), d = Number(v.slice(8, 10));
  const t = new UTCDateMini(0);
  t.setFullYear(y, m - 1, d);
  if (t.getFullYear() !== y || t.getMonth() !== m - 1 || t.getDate() !== d) return undefined;
  return { y, m, d, day: t.getTime() / MS_DAY };
}

const rnd = random(11);
const asOf = parseIsoDate('2025-09-01') as CalendarDate;
const days = Array.from({ length: N }, () => asOf.day - Math.floor(rnd() * 80 * 365.25));
const dates = days.map(fromDayNumber);
const texts = dates.map((c) => `${c.y}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`);
let sink = 0;
const row = (what: string, a: string, b: string) => console.log(`| ${what} | ${a} | ${b} |`);

console.log('| 1,000,000 dates | date-fns on UTCDate | integers |\n|---|---|---|');
row('whole months to asOf (`elapsedMonths`)',
  rate(N, bestTime(() => { for (const c of dates) sink += elapsedMonths(c, asOf)[0]; return sink; }, ROUNDS)),
  rate(N, bestTime(() => { for (const c of dates) sink += intMonths(c, asOf)[0]; return sink; }, ROUNDS)));
row('weekday (`weekday`)',
  rate(N, bestTime(() => { for (const d of days) sink += weekday(d); return sink; }, ROUNDS)),
  rate(N, bestTime(() => { for (const d of days) sink += intWeekday(d); return sink; }, ROUNDS)));
const utcAsOf = new UTCDateMini(asOf.day * MS_DAY);
row('days to asOf',
  rate(N, bestTime(() => { for (const d of days) sink += differenceInCalendarDays(utcAsOf, new UTCDateMini(d * MS_DAY)); return sink; }, ROUNDS)),
  rate(N, bestTime(() => { for (const d of days) sink += asOf.day - d; return sink; }, ROUNDS)));
row('read and check `YYYY-MM-DD`',
  rate(N, bestTime(() => { for (const s of texts) sink += utcParse(s)?.day ?? 0; return sink; }, ROUNDS)),
  rate(N, bestTime(() => { for (const s of texts) sink += parseIsoDate(s)?.day ?? 0; return sink; }, ROUNDS)));

// The batch path end to end: an age condition in full months over a column of birth dates.
const t = (en: string) => ({ vi: en, en });
const ageRule: RuleSet = {
  id: 'age', title: t('Age'),
  facts: { birthDate: { type: 'date', title: t('Birth date') } },
  versions: [{ id: 'v', effectiveFrom: '2000-01-01', source: { document: 'bench' }, confidence: 'high', when: { fact: 'birthDate', measure: 'fullMonths', between: [216, 720], title: t('18 to 60') } }],
};
const compiled = compileRuleSet(ageRule);
const ms = bestTime(() => evaluateRuleBatch(compiled, { birthDate: texts }, { asOf: '2025-09-01' }), ROUNDS);
console.log(`\n\`evaluateRuleBatch\`, full months from 1,000,000 birth dates: ${rate(N, ms)} (${ms.toFixed(0)} ms); dayNumber(2025, 9, 1) = ${dayNumber(2025, 9, 1)}; sink ${sink > 0}`);
