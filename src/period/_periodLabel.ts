import type { Bilingual } from '../core/locale.js';
import { periodLabelsEn } from './messages/en.js';
import { periodLabelsVi } from './messages/vi.js';
import type { Period, PeriodKind } from './types.js';

/** The words of period labels in one language (`periodLabelsVi`, `periodLabelsEn` in src/period/messages/). */
export interface PeriodLabelTable {
  readonly year: (y: number) => string;
  readonly half: (y: number, first: boolean) => string;
  readonly quarter: (y: number, q: number) => string;
  readonly month: (y: number, m: number) => string;
  readonly term: (y1: number, y2: number) => string;
  readonly stage: (y1: number, y2: number) => string;
  /** From one ISO date to another. */
  readonly custom: (start: string, end: string) => string;
  /** "6 tháng đầu năm" when `first`, "… cuối năm" otherwise, for `n` months other than 6. */
  readonly monthsOfYear: (y: number, first: boolean, n: number) => string;
  /** The part of year `y` inside a longer period, from `start` to `end` (ISO dates). */
  readonly partOfYear: (y: number, start: string, end: string) => string;
}

/** A label in every language, written by each language's table. */
export function periodLabel(write: (t: PeriodLabelTable) => string): Bilingual {
  return { vi: write(periodLabelsVi), en: write(periodLabelsEn) };
}

/** The label of a period from its kind and dates, in both languages. */
export function labelOf(kind: PeriodKind, start: string, end: string): Bilingual {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  const y2 = Number(end.slice(0, 4));
  switch (kind) {
    case 'year': return periodLabel((t) => t.year(y));
    case 'half': return periodLabel((t) => t.half(y, m <= 6));
    case 'quarter': return periodLabel((t) => t.quarter(y, Math.ceil(m / 3)));
    case 'month': return periodLabel((t) => t.month(y, m));
    case 'term': return periodLabel((t) => t.term(y, y2));
    case 'stage': return periodLabel((t) => t.stage(y, y2));
    case 'custom': return periodLabel((t) => t.custom(start, end));
  }
}

/** A frozen period; the label is written from the kind and dates unless one is given. */
export function makePeriod(kind: PeriodKind, start: string, end: string, label?: Bilingual): Period {
  const l = label ?? labelOf(kind, start, end);
  return Object.freeze({ kind, start, end, label: Object.freeze({ vi: l.vi, en: l.en }) });
}
