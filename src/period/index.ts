// The public API of the period area: re-exports only.
export {};
