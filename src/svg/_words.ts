import type { AttainmentResult } from '../attainment/index.js';
import type { Pace } from '../period/index.js';

// The shapes of the pictures' message tables (src/svg/messages/vi.ts, en.ts): each chart's words and
// sentences in one language, kept apart so that a bundle holding one chart carries none of another's.

/** The words of a bullet chart. */
export interface BulletWords {
  readonly title: string;
  /** The short status in the words of each target form: under a limit is the good side. */
  readonly status: Readonly<Record<'target' | 'at-most' | 'range', Readonly<Record<AttainmentResult['status'], string>>>>;
}

/** The words of a term-progress chart: its default title and its legend. */
export interface TermChartWords {
  readonly title: string;
  readonly cumulative: string;
  readonly pace: string;
  readonly projection: string;
}

/** What a term-progress chart's description says: dates ISO, figures plain decimals. */
export interface TermChartFacts {
  readonly start: string;
  readonly end: string;
  readonly target: string;
  readonly unit: string | null;
  /** The last cumulative figure, where it stands against the linear pace, and the tolerance (percent). */
  readonly last: { readonly date: string; readonly value: string; readonly pace: Pace; readonly tolerance: string } | null;
  readonly projection: { readonly date: string; readonly value: string } | null;
}
