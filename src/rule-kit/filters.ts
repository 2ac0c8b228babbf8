// The shared context filters (DOMAIN.md §2.0): what makes a suspected span not a violation, whatever the rule.
// Each rule picks the ones that apply to it, in order, and adds its own (screen() runs them).
import { isCriticised, isNegated, isQuoted, isWarningContext, type NegationOptions } from '../french/cues.js';
import type { Analysis } from '../french/analysis.js';
import type { Hit, TermEntry } from '../french/lexicon.js';
import { filter, type Candidate, type Filter } from './screen.js';

/** A candidate located in the folded text too, as lexicon hits and constructions are. */
export interface Located extends Candidate {
  fStart: number;
  fEnd: number;
}

/** A lexicon hit as a candidate, named by its term id. */
export type TermCandidate<E extends TermEntry> = Hit<E> & Located;
export function termCandidates<E extends TermEntry>(hits: readonly Hit<E>[]): TermCandidate<E>[] {
  return hits.map((hit) => ({ ...hit, origin: hit.entry.id }));
}

/** « ne guérit pas », « sans promotion », « aucune garantie ». */
export const negation = <C extends Located>(a: Analysis, options?: NegationOptions): Filter<C> =>
  filter('negation', (c) => isNegated(a, c.fStart, c.fEnd, options));
/** « le "meilleur dentiste" », a phrase mentioned, not used. */
export const quotation = <C extends Located>(a: Analysis): Filter<C> => filter('quotation', (c) => isQuoted(a, c.fStart, c.fEnd));
/** « méfiez-vous des… », « il est interdit de… »: the sentence warns against it. */
export const warning = <C extends Located>(a: Analysis): Filter<C> => filter('warning', (c) => isWarningContext(a, c.fStart));
/** « arnaque », « fausses promesses », « soi-disant »: the sentence denounces it. */
export const criticism = <C extends Located>(a: Analysis): Filter<C> => filter('criticism', (c) => isCriticised(a, c.fStart));
