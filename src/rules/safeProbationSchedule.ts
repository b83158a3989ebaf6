import { toSafe, type SafeResult } from '../core/errors.js';
import { probationSchedule, type ProbationScheduleInput, type ProbationScheduleResult } from './probationSchedule.js';

const safe = toSafe(probationSchedule);

/**
 * {@link probationSchedule} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing: for a form where a date is typed in.
 *
 * @param input - as {@link probationSchedule}
 * @returns `{ success: true, data }` with the schedule, or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeProbationSchedule } from 'chitieu';
 * safeProbationSchedule({ ceremonyDate: '2024-01-10' }).data?.probationEnds;
 * //=> '2025-01-10'
 * safeProbationSchedule({ ceremonyDate: '2023-02-29' }).error?.code;
 * //=> 'invalid_date'
 * ```
 * @category Rules
 */
export function safeProbationSchedule(input: unknown): SafeResult<ProbationScheduleResult> {
  return safe(input as ProbationScheduleInput);
}
