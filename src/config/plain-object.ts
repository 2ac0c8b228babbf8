// The one test of « a JSON-like object » (not null, not an array) that config, plugins and declarative rules share.
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
