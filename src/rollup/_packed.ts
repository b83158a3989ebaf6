import type { IssueFacts } from '../core/errors.js';

// The number columns of a partial of format 2, as text: the column's integers in the narrowest
// unsigned width that holds them (doubles past 2^32), little-endian, in base64, behind the width's name
// ('u8:AAEC', 'u32:…'; 'i32:' for parentIndex). One string per column: 1–8 bytes a figure in memory and
// about 4/3 of that in JSON, written and read by native conversions, where a plain array of numbers is
// built, frozen and walked by the garbage collector figure by figure, and read by JSON.parse digit by
// digit. Integers up to 2^53 are exact in doubles, so no width loses a figure.

const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, f64: Float64Array, i32: Int32Array } as const;
export type Width = keyof typeof ARRAYS;
type Packed = InstanceType<(typeof ARRAYS)[Width]>;

/** Typed arrays are in the platform's byte order; the text is little-endian everywhere. */
const LITTLE = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
/** Bytes per String.fromCharCode call where there is no Buffer: well below any engine's argument limit. */
const CHUNK = 0x8000;

/** Node's Buffer when there is one: its base64 is native; browsers and workers use btoa / atob. */
interface NodeBuffer {
  from(a: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'base64'): string };
  from(s: string, encoding: 'base64'): Uint8Array;
}
const nodeBuffer = (): NodeBuffer | undefined => (globalThis as { Buffer?: NodeBuffer }).Buffer;

/** Reverses the bytes of each element in place (big-endian platforms only). */
export function swapBytes(bytes: Uint8Array, size: number): void {
  if (size === 1) return;
  for (let i = 0; i < bytes.length; i += size) bytes.subarray(i, i + size).reverse();
}

/** The narrowest width that holds every count up to `most`. */
export function widthFor(most: number): Width {
  return most <= 0xff ? 'u8' : most <= 0xffff ? 'u16' : most <= 0xffffffff ? 'u32' : 'f64';
}

/**
 * Packs columns as `width:base64`; every value must fit the width (see widthFor). The columns of one
 * partial are converted through one scratch buffer: a fresh ArrayBuffer per column is memory outside
 * the heap, and allocating a lot of it makes the engine collect garbage early.
 */
export function packer(): (c: ArrayLike<number>, width: Width) => string {
  let scratch = new ArrayBuffer(0);
  return (c, width) => {
    const size = ARRAYS[width].BYTES_PER_ELEMENT;
    if (scratch.byteLength < c.length * size) scratch = new ArrayBuffer(c.length * size);
    // The typed-array set converts natively.
    new ARRAYS[width](scratch, 0, c.length).set(c);
    const bytes = new Uint8Array(scratch, 0, c.length * size);
    if (!LITTLE) swapBytes(bytes, size);
    const B = nodeBuffer();
    if (B) return `${width}:${B.from(scratch, 0, bytes.length).toString('base64')}`;
    let bin = '';
    for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
    return `${width}:${btoa(bin)}`;
  };
}

/**
 * Rows per block of a count column (format 3). Each block has the narrowest width of its own values,
 * so the enterprises of a large tree stay at a byte or two a figure next to the few organisations'
 * large totals (a merged column was 4 bytes a figure). Blocks start at every BLOCK-th row, so the
 * blocks depend on the figures alone, however the partial was made or merged.
 */
export const BLOCK = 4096;

/** Packs rows [from, to) of a column as blocks of at most BLOCK rows onto `out`. */
export function packRows(c: Float64Array, from: number, to: number, pack: ReturnType<typeof packer>, out: string[]): void {
  for (let a = from; a < to; a += BLOCK) {
    const b = Math.min(a + BLOCK, to);
    let most = 0;
    for (let i = a; i < b; i++) if ((c[i] as number) > most) most = c[i] as number;
    out.push(pack(c.subarray(a, b), widthFor(most)));
  }
}

/** The number of values in a block this library wrote or checked (its width and base64 length say it). */
export function blockLength(s: string): number {
  const colon = s.indexOf(':');
  const size = ARRAYS[s.slice(0, colon) as Width].BYTES_PER_ELEMENT;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return (((s.length - colon - 1) / 4) * 3 - pad) / size;
}

/** What went wrong unpacking a column, before it gets its path. */
interface Problem { readonly code: 'invalid_value' | 'length_mismatch'; readonly facts: IssueFacts }

export function isPacked(v: unknown): v is string {
  return typeof v === 'string';
}

/**
 * The `n` values of a packed column, or what is wrong with it: an unknown width or characters outside
 * base64 (`invalid_value`), or another number of values (`length_mismatch`). Node's decoder skips
 * characters it does not know and reads the URL alphabet too; the exact length and the check for '-'
 * and '_' make it refuse what atob refuses, so a column reads alike everywhere.
 */
export function unpack(s: string, n: number, allowed: readonly Width[]): Packed | Problem {
  const colon = s.indexOf(':');
  const width = s.slice(0, colon) as Width;
  const bad: Problem = { code: 'invalid_value', facts: { allowed: allowed.map((w) => `${w}:base64`), value: s.slice(0, Math.max(colon, 0)).slice(0, 20) } };
  if (colon < 0 || !allowed.includes(width)) return bad;
  const out = new ARRAYS[width](n);
  const size = out.BYTES_PER_ELEMENT;
  const body = s.slice(colon + 1);
  const chars = 4 * Math.ceil((n * size) / 3);
  if (body.length !== chars) return { code: 'length_mismatch', facts: { expected: n, got: Math.floor((body.length * 3) / 4 / size) } };
  const bytes = new Uint8Array(out.buffer);
  const B = nodeBuffer();
  if (B) {
    if (body.includes('-') || body.includes('_')) return bad;
    const read = B.from(body, 'base64');
    if (read.length !== bytes.length) return bad;
    bytes.set(read);
  } else {
    let bin: string;
    try { bin = atob(body); } catch { return bad; }
    if (bin.length !== bytes.length) return bad;
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  }
  if (!LITTLE) swapBytes(bytes, size);
  return out;
}

export function isUnpackProblem(v: Packed | Problem): v is Problem {
  return !ArrayBuffer.isView(v);
}

/**
 * The `n` values of a column of blocks (format 3), or what is wrong with it and in which block: a
 * block as unpack refuses it, or blocks that hold another number of values in all (`length_mismatch`,
 * for the column). A block's length is what its width and text make; unpack then checks the text.
 * Without `f64` blocks the values come as a Uint32Array, which a count column converts natively.
 */
export function unpackBlocks(blocks: readonly string[], n: number, allowed: readonly Width[]): Float64Array | Uint32Array | (Problem & { readonly block?: number }) {
  const out = blocks.some((s) => s.startsWith('f64:')) ? new Float64Array(n) : new Uint32Array(n);
  let at = 0;
  for (let b = 0; b < blocks.length; b++) {
    const s = blocks[b] as string;
    const colon = s.indexOf(':');
    const known = colon > 0 && allowed.includes(s.slice(0, colon) as Width);
    const count = known ? Math.max(0, Math.floor(blockLength(s))) : 0;
    if (at + count > n) return { code: 'length_mismatch', facts: { expected: n, got: at + count } };
    const r = unpack(s, count, allowed);
    if (isUnpackProblem(r)) return { ...r, block: b };
    out.set(r, at);
    at += count;
  }
  if (at !== n) return { code: 'length_mismatch', facts: { expected: n, got: at } };
  return out;
}
