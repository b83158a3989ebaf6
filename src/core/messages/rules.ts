// The messages of rule data in both languages, as the readers of rule data and messageFor take them.
import type { AreaMessages } from '../errors.js';
import { ruleEn } from './rules.en.js';
import { ruleVi } from './rules.vi.js';

export const ruleMessages: AreaMessages = { vi: ruleVi, en: ruleEn };
