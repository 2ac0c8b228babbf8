// The type check of `npm test`: tests/helpers/build.ts compiles the whole project once (src, rules, tests,
// scripts), for the built CLI and for this check; a type error anywhere fails here, with tsc's diagnostics.
import { expect, it } from 'vitest';
import { buildResult } from './helpers/cli.js';

it('the whole project type-checks (tsc -p tsconfig.json)', () => {
  expect(buildResult().typeErrors).toBe('');
}, 600_000);
