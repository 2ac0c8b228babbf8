// Where a severity written by a user ("off" | "warn" | "error" | 0 | 1 | 2) is checked; the engine's
// severityLevel() does the conversion, so both agree by construction.
import { severityLevel, severityName } from '../engine/severity.js';
import type { SeverityInput, SeverityLevel } from '../types.js';

export { severityName };

export const SEVERITY_CHOICES = 'off, warn, error, 0, 1, 2';
const VALID: readonly unknown[] = ['off', 'warn', 'error', 0, 1, 2];

/** "off" | "warn" | "error" | 0 | 1 | 2 → 0 | 1 | 2; null for anything else. */
export function coerceSeverity(value: unknown): 0 | SeverityLevel | null {
  return VALID.includes(value) ? severityLevel(value as SeverityInput) : null;
}
