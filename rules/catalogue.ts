// The built-in rules as a catalogue: each id and how to load it. The CLI builds its registry from this, so a run
// loads only the rules it uses; rules/index.ts loads them all at once (tests, scripts, the library API).
import type { RuleEntry } from '../src/registry/registry.js';

const load = (module: Promise<{ default: import('../src/types.js').Rule }>) => module.then((m) => m.default);

export const builtInEntries: readonly RuleEntry[] = [
  { id: 'no-aesthetic-promotion', origin: 'postlint', load: () => load(import('./no-aesthetic-promotion.js')) },
  { id: 'no-before-after', origin: 'postlint', load: () => load(import('./no-before-after.js')) },
  { id: 'no-care-incitement', origin: 'postlint', load: () => load(import('./no-care-incitement.js')) },
  { id: 'no-comparison', origin: 'postlint', load: () => load(import('./no-comparison.js')) },
  { id: 'no-patient-identifier', origin: 'postlint', sensitive: true, load: () => load(import('./no-patient-identifier.js')) },
  { id: 'no-price-promotion', origin: 'postlint', load: () => load(import('./no-price-promotion.js')) },
  { id: 'no-promotional-wording', origin: 'postlint', load: () => load(import('./no-promotional-wording.js')) },
  { id: 'no-sponsored-content', origin: 'postlint', load: () => load(import('./no-sponsored-content.js')) },
  { id: 'no-testimonial', origin: 'postlint', load: () => load(import('./no-testimonial.js')) },
  { id: 'no-unverified-claim', origin: 'postlint', load: () => load(import('./no-unverified-claim.js')) },
  { id: 'require-french', origin: 'postlint', load: () => load(import('./require-french.js')) },
];
