import type { Bilingual } from '../core/index.js';
import { en } from './messages/en.js';
import { vi } from './messages/vi.js';
import type { RollupReason, RollupReasonCode, RollupReasonFacts } from './reasons.js';

/** A reason with its frozen facts, and its sentences written by the message tables. */
export function explained<C extends RollupReasonCode>(code: C, facts: RollupReasonFacts[C]): { reason: RollupReason<C>; explanation: Bilingual } {
  const reason = Object.freeze({ code, facts: Object.freeze(facts) }) as unknown as RollupReason<C>;
  const write = (table: typeof vi) => (table.reasons[code] as (f: RollupReasonFacts[C]) => string)(facts);
  return { reason, explanation: Object.freeze({ vi: write(vi), en: write(en) }) };
}

/** How the message tables write a distribution's span, in both languages. */
export function spanText(min: string, max: string): Bilingual {
  return Object.freeze({ vi: vi.span({ min, max }), en: en.span({ min, max }) });
}

/** A stage's or total's name in both languages, from the message tables. */
export function stageNames(id: keyof typeof vi.stages): Bilingual {
  return { vi: vi.stages[id], en: en.stages[id] };
}
