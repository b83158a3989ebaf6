// The period area's issues are written with its own tables, which hold the words of its expected codes
// (core/messages/tables.ts): its modules import parseWith and fail from here, not from the core.
import { parserIn } from '../core/_schema.js';
import { failerIn, type Fail } from '../core/errors.js';
import { periodTables } from '../core/messages/tables.js';

export const parseWith = /* @__PURE__ */ parserIn(periodTables);
export const fail: Fail = /* @__PURE__ */ failerIn(periodTables);
