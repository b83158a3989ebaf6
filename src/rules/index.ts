// The public API of the rules area: re-exports only.
export {};
