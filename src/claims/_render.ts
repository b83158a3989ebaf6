// Verdicts as data, sentences on the side: a reason (code and facts) and its explanation in both
// languages, written from the one message table of each.
import { deepFreeze } from '../core/_freeze.js';
import type { Bilingual } from '../core/index.js';
import { en } from './messages/en.js';
import { vi } from './messages/vi.js';
import type { ClaimMessageTable, ClaimReason, ClaimReasonCode, ClaimReasonFacts } from './reasons.js';

/** A reason and its sentences, frozen. */
export interface Reasoned {
  readonly reason: ClaimReason;
  readonly explanation: Bilingual;
}

function render<C extends ClaimReasonCode>(table: ClaimMessageTable, code: C, facts: ClaimReasonFacts[C]): string {
  return (table[code] as (f: ClaimReasonFacts[C]) => string)(facts);
}

/** The reason of a verdict, with its explanation rendered in Vietnamese and English. */
export function reasoned<C extends ClaimReasonCode>(code: C, facts: ClaimReasonFacts[C]): Reasoned {
  const reason = Object.freeze({ code, facts: deepFreeze(facts) }) as unknown as ClaimReason;
  return Object.freeze({ reason, explanation: Object.freeze({ vi: render(vi, code, facts), en: render(en, code, facts) }) });
}
