// postlint/testing: ESLint's RuleTester for postlint rules (inline cases and fixture folders).
export { RuleTester, type RuleTesterConfig, type RuleTests, type ValidCase, type InvalidCase, type ExpectedError, type ExpectedSuggestion, type FixtureOptions } from './tester.js';
export { loadFixtureCases, type FixtureCase, type ExpectedProblem } from './rule-tester.js';
export type { Describe, It, TestFunction } from './harness.js';
