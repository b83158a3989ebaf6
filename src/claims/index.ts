// The public API of the claims area: re-exports only.
export {};
