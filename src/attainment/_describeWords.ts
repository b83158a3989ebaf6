// The shape of describeAttainment's words, one table per language (messages/vi.ts, en.ts): the
// function picks the parts, the table words them. Figures arrive already written in the locale's
// notation, except `points`, which words a plain difference of rates with its unit.

/** The words of {@link describeAttainment}'s sentences in one language. */
export interface DescribeWords {
  /** "chỉ tiêu 80", "target 80" */
  readonly target: (ref: string) => string;
  readonly atMost: (value: string) => string;
  readonly atLeast: (value: string) => string;
  /** A plain difference of rates with its unit: "4,5 điểm %", "1 percentage point". */
  readonly points: (plain: string) => string;
  /** After a rate against a target to reach. */
  readonly rateOver: (points: string) => string;
  readonly rateShort: (points: string) => string;
  readonly met: string;
  /** A count below a range: "đạt 90% mức tối thiểu, còn thiếu 9". */
  readonly belowMinimum: (percent: string, short: string) => string;
  /** A count against a target to reach, after "achieved/target unit". */
  readonly countOver: (percent: string, over: string) => string;
  readonly countOf: (percent: string) => string;
  readonly countShort: (short: string) => string;
  /** The status in words, with the gap (under a limit, "short" and "exceeded" would mislead). */
  readonly limitKept: (surplus: string) => string;
  readonly limitMissed: (shortfall: string) => string;
  readonly exceeded: (surplus: string) => string;
  readonly notMet: (shortfall: string) => string;
}
