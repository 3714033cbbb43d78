// graphology's algorithm packages are CommonJS whose types declare an ES default export; under Node's ESM the
// default import is module.exports itself. This picks the function either way, typed as the declared default.

/** The callable behind a CommonJS default import. */
export function cjsDefault<T>(imported: { default: T }): T {
  return (imported as { default?: T }).default ?? (imported as unknown as T);
}
