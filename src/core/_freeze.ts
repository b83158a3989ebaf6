// Freezing what the library hands back: results are frozen deep, input data copied frozen.
/** Freezes a result tree built fresh for the caller. Arrays are walked by index, skipping plain values, so large batches stay cheap. */
export function deepFreeze<T>(v: T): T {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return v;
  Object.freeze(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (x !== null && typeof x === 'object') deepFreeze(x);
    }
  } else {
    for (const key of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[key]);
  }
  return v;
}

/** A deep, frozen copy of checked JSON data, so later changes by the caller cannot reach the compiled rules. */
export function freezeCopy(v: unknown): unknown {
  if (Array.isArray(v)) return Object.freeze(v.map(freezeCopy));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) out[key] = freezeCopy((v as Record<string, unknown>)[key]);
    return Object.freeze(out);
  }
  return v;
}
