import { toSafe, type SafeResult } from '../core/errors.js';
import { admissionOutlook, type AdmissionOutlookInput, type AdmissionOutlookOptions, type AdmissionOutlookResult } from './admissionOutlook.js';

const safe = toSafe(admissionOutlook);

/**
 * {@link admissionOutlook} that returns `{ success, data }` or `{ success: false, error }` instead of
 * throwing, for counts and rates typed into a planning form.
 *
 * @param input - as {@link admissionOutlook}
 * @param options - as {@link admissionOutlook}
 * @returns `{ success: true, data }` with the outlook, or `{ success: false, error }` with the {@link ChiTieuError}
 * @example
 * ```ts
 * import { safeAdmissionOutlook } from 'chitieu';
 * const r = safeAdmissionOutlook({ target: 80, admitted: 72, pipeline: { counts: { backgroundCheck: 14 } }, rates: { backgroundCheck: '3/2' } });
 * r.success ? r.data.expected : [r.error.code, r.error.path];
 * //=> [ 'out_of_range', [ 'rates', 'backgroundCheck' ] ]
 * ```
 * @category Member pipeline
 */
export function safeAdmissionOutlook(input: unknown, options?: AdmissionOutlookOptions): SafeResult<AdmissionOutlookResult> {
  return safe(input as AdmissionOutlookInput, options);
}
