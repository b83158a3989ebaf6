// The sentence of a status reason, from its code and facts by the message table of the language. Apart
// from explainAttainment, whose schemas a chart or the CLI (which hold a checked result) need not carry.
import type { Locale } from '../core/locale.js';
import { en } from './messages/en.js';
import { vi } from './messages/vi.js';
import type { StatusReason } from './types.js';

const TABLES = { vi, en } as const;

/** The sentence of a reason the library made itself (no check). */
export function reasonSentence(reason: StatusReason, locale: Locale): string {
  return TABLES[locale][reason.code](reason.facts);
}
