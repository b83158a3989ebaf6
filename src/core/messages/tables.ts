// The message tables issues are written with (see MessageTables in errors.ts): every code, or only the
// common ones, so that a bundle that raises no others (attainment alone) carries no other text.
import type { MessageTables } from '../errors.js';
import { anyLabel, commonLabel } from '../labels.js';
import { enCommon } from './common.en.js';
import { viCommon } from './common.vi.js';
import { en } from './en.js';
import { vi } from './vi.js';

/** Every code but rule data's (their tables are messages/rules.*.ts), and the names of every field. */
export const allTables: MessageTables = { vi, en, label: anyLabel };

/** The common codes (CommonCode) and the names of the fields of the number and option readers and attainment. */
export const commonTables: MessageTables = { vi: viCommon, en: enCommon, label: commonLabel };
