// Public API for tools and plugin authors.
export { lintText, lintFiles, PostlintError, type PostlintResult, type LintTextOptions, type LintFilesOptions, type ApiOptions } from './api/lint.js';
export { lintDocument, effectiveRules, profileOf } from './engine/lint.js';
export { parseDocument } from './document/index.js';
export { loadConfigFor, validateConfig, ConfigLoader } from './config/index.js';
export { getFormatter, formatterNames } from './formatters/index.js';
export { defineRule, prose, rewordings, reportHit } from './rule-kit.js';
export { rules, ruleMap } from '../rules/index.js';
export { RuleRegistry, type RuleEntry } from './registry/registry.js';
export { builtInRegistry } from './registry/built-in.js';
export * as french from './french/index.js';
export * from './types.js';
