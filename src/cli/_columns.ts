import type { Bilingual } from '../core/index.js';

/** The columns the csv command reads. */
type Role = 'name' | 'achieved' | 'target';

/** Header names of each column, folded (no diacritics, lower case): Vietnamese and English. */
export const NAMES: Record<Role, readonly string[]> = {
  achieved: ['thuc hien', 'ket qua', 'dat duoc', 'achieved', 'actual'],
  target: ['chi tieu', 'ke hoach', 'target', 'plan'],
  name: ['don vi', 'ten', 'ten don vi', 'unit', 'name'],
};

/** What each role is called in messages. */
const ROLE_WORDS: Record<Role, Bilingual> = {
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
type ColumnFlags = Partial<Record<Role, string>>;

/** A column a command looks for by header name. */
export interface RoleSpec {
  /** Accepted headers, folded ({@link fold}). */
  readonly names: readonly string[];
  /** What the column is called in messages. */
  readonly words: Bilingual;
  /** Whether a file without it is refused (an optional column is refused only when its flag names it). */
  readonly required: boolean;
  /** The flag that names its header instead (`achieved` for `--achieved`), if there is one. */
  readonly flag?: string;
}

/** The cell of each role found (`undefined` for an optional one that is not there) and the header row. */
interface FoundColumns<R extends string> {
  readonly at: Readonly<Record<R, number | undefined>>;
  readonly headers: readonly string[];
}

/**
 * Finds columns by header name, never by position: the general form of {@link findColumns}, for the
 * columns of any command. `headed` is the header row a message suggests ("Đơn vị,Chỉ tiêu,Thực hiện").
 */
export function findRoles<R extends string>(
  header: readonly string[],
  specs: Readonly<Record<R, RoleSpec>>,
  flags: Partial<Record<string, string>>,
  looksNumeric: (cell: string) => boolean,
  headed: Bilingual,
): FoundColumns<R> | Bilingual {
  const folded = header.map(fold);
  const at: Partial<Record<R, number>> = {};
  const problems: Bilingual[] = [];
  for (const role of Object.keys(specs) as R[]) {
    const spec = specs[role];
    const named = spec.flag === undefined ? undefined : flags[spec.flag];
    const wanted = named === undefined ? spec.names : [fold(named)];
    const hits: number[] = [];
    folded.forEach((h, i) => { if (wanted.includes(h)) hits.push(i); });
    if (hits.length > 1) {
      const which = hits.map((i) => `"${header[i]?.trim()}"`).join(', ');
      const pick = spec.flag === undefined ? { vi: 'đổi tên một cột', en: 'rename one of them' } : { vi: `chọn một bằng --${spec.flag} "<tên cột>"`, en: `pick one with --${spec.flag} "<header>"` };
      problems.push({
        vi: `hai cột cùng là cột ${spec.words.vi}: ${which}; ${pick.vi}`,
        en: `two columns could be the ${spec.words.en} column: ${which}; ${pick.en}`,
      });
    } else if (hits.length === 1) at[role] = hits[0];
    else if (spec.required || named !== undefined) {
      const names = named === undefined ? spec.names.join(', ') : `"${named}"`;
      problems.push({
        vi: `không có cột ${spec.words.vi} (tên cột nhận được: ${names})`,
        en: `no ${spec.words.en} column (headers accepted: ${names})`,
      });
    }
  }
  if (problems.length === 0) return { at: at as Record<R, number | undefined>, headers: header };
  const list = header.map((h) => `"${h.trim()}"`).join(', ');
  if (Object.keys(at).length === 0 && header.some((c) => looksNumeric(c))) {
    const flagged = (Object.values(specs) as RoleSpec[]).filter((s) => s.flag !== undefined).map((s) => `--${s.flag}`).join(', ');
    const by = flagged === '' ? { vi: '', en: '' } : { vi: `, hoặc đặt tên cột bằng ${flagged}`, en: `, or name the columns with ${flagged}` };
    return {
      vi: `dòng đầu không phải dòng tiêu đề (${list}); thêm dòng tiêu đề như "${headed.vi}"${by.vi}`,
      en: `the first line is not a header row (${list}); add a header such as "${headed.en}"${by.en}`,
    };
  }
  return {
    vi: `${problems.map((p) => p.vi).join('; ')}; dòng tiêu đề có: ${list}`,
    en: `${problems.map((p) => p.en).join('; ')}; the header row has: ${list}`,
  };
}

/** The columns of the csv command, with the names above. */
const CSV_ROLES: Readonly<Record<Role, RoleSpec>> = {
  achieved: { names: NAMES.achieved, words: ROLE_WORDS.achieved, required: true, flag: 'achieved' },
  target: { names: NAMES.target, words: ROLE_WORDS.target, required: true, flag: 'target' },
  name: { names: NAMES.name, words: ROLE_WORDS.name, required: false, flag: 'name' },
};

/** The header row messages suggest for the csv command. */
const CSV_HEADED: Bilingual = { vi: 'Đơn vị,Chỉ tiêu,Thực hiện', en: 'Unit,Target,Achieved' };

/**
 * Finds the columns by header name, never by position. Returns the columns, or a message naming what
 * was found: a role no header names, a role two headers name, or no header row at all.
 */
export function findColumns(header: readonly string[], flags: ColumnFlags, looksNumeric: (cell: string) => boolean): Columns | Bilingual {
  const found = findRoles(header, CSV_ROLES, flags, looksNumeric, CSV_HEADED);
  if ('vi' in found) return found;
  return { achieved: found.at.achieved as number, target: found.at.target as number, name: found.at.name, headers: found.headers };
}
