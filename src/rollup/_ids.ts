import type { RowPaths } from './_table.js';
import { fail } from './_errors.js';

/** FNV-1a over the UTF-16 code units: cheap, and good enough to spread ids over an open-addressing table. */
function hashId(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Row lookup by id. */
interface IdIndex {
  get(id: string): number | undefined;
}

/**
 * Indexes ids to rows; the second row with an id already seen is an error. An open-addressing table
 * over typed arrays (linear probing, table at least twice the rows): for a million ids it is several
 * times faster than a Map, whose growth rehashes and per-entry objects dominate a large rollup.
 */
export function indexIds(ids: readonly string[], paths: RowPaths): IdIndex {
  const n = ids.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size); // row + 1; 0 is empty
  const hashes = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    const h = hashId(id);
    let k = h & mask;
    for (;;) {
      const r = slots[k] as number;
      if (r === 0) { slots[k] = i + 1; hashes[k] = h; break; }
      if (hashes[k] === h && ids[r - 1] === id) fail('duplicate_id', paths.id(i), { id });
      k = (k + 1) & mask;
    }
  }
  return {
    get(id: string): number | undefined {
      const h = hashId(id);
      let k = h & mask;
      for (;;) {
        const r = slots[k] as number;
        if (r === 0) return undefined;
        if (hashes[k] === h && ids[r - 1] === id) return r - 1;
        k = (k + 1) & mask;
      }
    },
  };
}
