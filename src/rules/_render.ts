// Verdicts as data, sentences on the side: a reason (code and facts) and its explanation in both
// languages, written from the one message table of each.
import type { Bilingual } from '../core/index.js';
import { en } from './messages/en.js';
import { vi } from './messages/vi.js';
import type { RuleReason, RuleReasonCode, RuleReasonFacts } from './reasons.js';

/** The reason of an entry, with its explanation written in Vietnamese and English. */
export function reasoned<C extends RuleReasonCode>(code: C, facts: RuleReasonFacts[C]): { reason: RuleReason<C>; explanation: Bilingual } {
  const write = (table: typeof vi): string => (table[code] as (f: RuleReasonFacts[C]) => string)(facts);
  return { reason: { code, facts } as unknown as RuleReason<C>, explanation: { vi: write(vi), en: write(en) } };
}
