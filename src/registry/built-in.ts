// The registry of postlint's own rules, loaded lazily from the catalogue.
import { builtInEntries } from '../../rules/catalogue.js';
import { RuleRegistry } from './registry.js';

export function builtInRegistry(): RuleRegistry {
  return new RuleRegistry(builtInEntries);
}
