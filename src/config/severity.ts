// The one place where a severity written by a user ("off" | "warn" | "error" | 0 | 1 | 2) becomes a level.
import type { SeverityLevel } from '../types.js';

export const SEVERITY_CHOICES = 'off, warn, error, 0, 1, 2';

/** "off" | "warn" | "error" | 0 | 1 | 2 → 0 | 1 | 2; null for anything else. */
export function coerceSeverity(value: unknown): 0 | SeverityLevel | null {
  switch (value) {
    case 'off':
    case 0:
      return 0;
    case 'warn':
    case 1:
      return 1;
    case 'error':
    case 2:
      return 2;
    default:
      return null;
  }
}

export function severityName(level: 0 | SeverityLevel): 'off' | 'warn' | 'error' {
  return level === 0 ? 'off' : level === 1 ? 'warn' : 'error';
}
