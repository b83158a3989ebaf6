// The message tables issues are written with (see MessageTables in errors.ts): every code, or only the
// common ones, so that a bundle that raises no others (attainment alone) carries no other text.
import type { MessageTables } from '../errors.js';
import { anyLabel, attainmentLabel, commonLabel } from '../labels.js';
import { enCommon, enExpectedAttainment, enExpectedCommon, enHintCommon, enShapes } from './common.en.js';
import { viCommon, viExpectedAttainment, viExpectedCommon, viHintCommon, viShapes } from './common.vi.js';
import { en } from './en.js';
import { vi } from './vi.js';

/** Every code but rule data's (their tables are messages/rules.*.ts), and the names of every field. */
export const allTables: MessageTables = { vi, en, label: anyLabel };

/** The common codes (CommonCode) and the names of the fields of the number and option readers and attainment. */
export const commonTables: MessageTables = { vi: viCommon, en: enCommon, label: commonLabel };

/** The common tables with the words of the rest of the attainment area: what it expects beyond attainment's input. */
function attainmentArea(): MessageTables {
  return {
    vi: { ...viCommon, ...viShapes({ ...viExpectedCommon, ...viExpectedAttainment }, viHintCommon) },
    en: { ...enCommon, ...enShapes({ ...enExpectedCommon, ...enExpectedAttainment }, enHintCommon) },
    label: attainmentLabel,
  };
}

/** The tables of explainAttainment, describeAttainment and attainmentBatch (built only in the bundles that use them). */
export const attainmentTables: MessageTables = /* @__PURE__ */ attainmentArea();
