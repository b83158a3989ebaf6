// The public API of the rollup area: re-exports only.
export {};
