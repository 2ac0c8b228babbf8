// Configuration: discovery, validation, --rule.
export { ConfigLoader, loadConfigFor, SEARCH_PLACES, MODULE_NAME, type ConfigLoaderOptions } from './load.js';
export { validateConfig, validateRules, CONFIG_KEYS, type ValidateOptions } from './validate.js';
export { parseCliRules, parseCliRuleValues, mergeRules } from './cli-rules.js';
export { coerceSeverity, severityName, SEVERITY_CHOICES } from './severity.js';
