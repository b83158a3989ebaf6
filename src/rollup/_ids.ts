import type { RowPaths } from './_table.js';
import { fail } from './_errors.js';

/** FNV-1a over the UTF-16 code units: cheap, and good enough to spread ids over an open-addressing table. */
export function hashId(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Positions in a list of distinct ids, by id and its hashId. An open-addressing table over typed arrays
 * (linear probing, at least twice the entries): for a million ids it is several times faster than a
 * Map, whose growth rehashes and per-entry objects dominate a large rollup. It grows as entries come.
 */
export class IdTable {
  private slots: Int32Array; // position + 1; 0 is empty
  private hashes: Int32Array;
  private mask: number;
  private count = 0;

  constructor(private readonly ids: readonly string[], capacity: number) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The position of `id` (of hash `h`), or -1. */
  find(id: string, h: number): number {
    const { slots, hashes, mask, ids } = this;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const r = slots[k] as number;
      if (r === 0) return -1;
      if (hashes[k] === h && ids[r - 1] === id) return r - 1;
    }
  }

  /** Adds position `i` (of hash `h`); if its id is there already, returns that position and adds nothing, else -1. */
  insert(i: number, h: number): number {
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    const { slots, hashes, mask, ids } = this;
    const id = ids[i] as string;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const r = slots[k] as number;
      if (r === 0) { slots[k] = i + 1; hashes[k] = h; this.count++; return -1; }
      if (hashes[k] === h && ids[r - 1] === id) return r - 1;
    }
  }

  private grow(): void {
    const { slots, hashes } = this;
    const size = slots.length * 2;
    const mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = mask;
    for (let j = 0; j < slots.length; j++) {
      const r = slots[j] as number;
      if (r === 0) continue;
      let k = (hashes[j] as number) & mask;
      while (this.slots[k] !== 0) k = (k + 1) & mask;
      this.slots[k] = r;
      this.hashes[k] = hashes[j] as number;
    }
  }
}

/** The hashId of every id. */
export function hashIds(ids: readonly string[]): Int32Array {
  const out = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = hashId(ids[i] as string);
  return out;
}

/**
 * Indexes ids to rows; the second row with an id already seen is an error. `hashes` (each id's hashId)
 * when already known: a merge takes them from its parts instead of reading every id again.
 */
export function indexIds(ids: readonly string[], paths: RowPaths, hashes: Int32Array = hashIds(ids)): IdTable {
  const index = new IdTable(ids, ids.length);
  for (let i = 0; i < ids.length; i++) {
    if (index.insert(i, hashes[i] as number) >= 0) fail('duplicate_id', paths.id(i), { id: ids[i] as string });
  }
  return index;
}
