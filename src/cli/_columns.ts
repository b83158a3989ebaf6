import type { Bilingual } from '../core/index.js';

/** The columns the csv command reads. */
export type Role = 'name' | 'achieved' | 'target';

/** Header names of each column, folded (no diacritics, lower case): Vietnamese and English. */
const NAMES: Record<Role, readonly string[]> = {
  achieved: ['thuc hien', 'ket qua', 'dat duoc', 'achieved', 'actual'],
  target: ['chi tieu', 'ke hoach', 'target', 'plan'],
  name: ['don vi', 'ten', 'ten don vi', 'unit', 'name'],
};

/** What each role is called in messages. */
export const ROLE_WORDS: Record<Role, Bilingual> = {
  achieved: { vi: 'thực hiện', en: 'achieved' },
  target: { vi: 'chỉ tiêu', en: 'target' },
  name: { vi: 'đơn vị', en: 'name' },
};

/** A header folded for matching: diacritics and đ dropped, lower case, a "(unit)" suffix and punctuation gone. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Which cell holds each role; `name` may be missing (rows are then named by their line). */
export interface Columns {
  readonly achieved: number;
  readonly target: number;
  readonly name: number | undefined;
  readonly headers: readonly string[];
}

/** Headers named on the command line (`--achieved "Số lượng"`), overriding the built-in names. */
export type ColumnFlags = Partial<Record<Role, string>>;

/**
 * Finds the columns by header name, never by position. Returns the columns, or a message naming what
 * was found: a role no header names, a role two headers name, or no header row at all.
 */
export function findColumns(header: readonly string[], flags: ColumnFlags, looksNumeric: (cell: string) => boolean): Columns | Bilingual {
  const folded = header.map(fold);
  const found: Partial<Record<Role, number>> = {};
  const problems: Bilingual[] = [];
  for (const role of ['achieved', 'target', 'name'] as const) {
    const wanted = flags[role] === undefined ? NAMES[role] : [fold(flags[role] as string)];
    const at: number[] = [];
    folded.forEach((h, i) => { if (wanted.includes(h)) at.push(i); });
    if (at.length > 1) {
      const which = at.map((i) => `"${header[i]?.trim()}"`).join(', ');
      problems.push({
        vi: `hai cột cùng là cột ${ROLE_WORDS[role].vi}: ${which}; chọn một bằng --${role} "<tên cột>"`,
        en: `two columns could be the ${ROLE_WORDS[role].en} column: ${which}; pick one with --${role} "<header>"`,
      });
    } else if (at.length === 1) found[role] = at[0];
    else if (role !== 'name' || flags.name !== undefined) {
      const names = flags[role] === undefined ? NAMES[role].join(', ') : `"${flags[role]}"`;
      problems.push({
        vi: `không có cột ${ROLE_WORDS[role].vi} (tên cột nhận được: ${names})`,
        en: `no ${ROLE_WORDS[role].en} column (headers accepted: ${names})`,
      });
    }
  }
  if (problems.length === 0) return { achieved: found.achieved as number, target: found.target as number, name: found.name, headers: header };
  const list = header.map((h) => `"${h.trim()}"`).join(', ');
  if (Object.keys(found).length === 0 && header.some((c) => looksNumeric(c))) {
    return {
      vi: `dòng đầu không phải dòng tiêu đề (${list}); thêm dòng tiêu đề như "Đơn vị,Chỉ tiêu,Thực hiện", hoặc đặt tên cột bằng --achieved, --target, --name`,
      en: `the first line is not a header row (${list}); add a header such as "Unit,Target,Achieved", or name the columns with --achieved, --target, --name`,
    };
  }
  return {
    vi: `${problems.map((p) => p.vi).join('; ')}; dòng tiêu đề có: ${list}`,
    en: `${problems.map((p) => p.en).join('; ')}; the header row has: ${list}`,
  };
}
