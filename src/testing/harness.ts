// Where RuleTester registers its tests: the functions set on RuleTester (ESLint's `RuleTester.describe = …`),
// else the globals of vitest (globals: true), jest or mocha, else node:test. Vitest without globals has
// neither and must not fall back on node:test (its tests would run outside vitest): a clear error says what to set.
import { createRequire } from 'node:module';

export type TestFunction = () => void | Promise<void>;
export type Describe = (name: string, body: () => void) => unknown;
export type It = (name: string, body: TestFunction) => unknown;

export interface Harness {
  describe: Describe;
  it: It;
}

export interface Explicit {
  describe?: Describe;
  it?: It;
}

function isFunction(value: unknown): value is (...args: never[]) => unknown {
  return typeof value === 'function';
}

export function resolveHarness(explicit: Explicit): Harness {
  const globals = globalThis as { describe?: unknown; it?: unknown };
  const describe = explicit.describe ?? (isFunction(globals.describe) ? (globals.describe as Describe) : undefined);
  const it = explicit.it ?? (isFunction(globals.it) ? (globals.it as It) : undefined);
  if (describe && it) return { describe, it };
  if (describe || it) {
    throw new Error('RuleTester : describe et it doivent être fournis ensemble (RuleTester.describe = describe; RuleTester.it = it)');
  }
  if (process.env.VITEST) {
    throw new Error(
      "RuleTester : vitest sans globals : écrivez `import { describe, it } from 'vitest'; RuleTester.describe = describe; RuleTester.it = it;` (ou activez test.globals)",
    );
  }
  // Node's own runner, loaded only when needed (a built-in module: require works from ES modules too).
  const nodeTest = createRequire(import.meta.url)('node:test') as { describe: Describe; it: It };
  return { describe: nodeTest.describe, it: nodeTest.it };
}
