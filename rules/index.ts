// The built-in rules, sorted by id. Each rule is one file: meta + check(context).
import type { Rule } from '../src/rule-kit.js';
import noAestheticPromotion from './no-aesthetic-promotion.js';
import noBeforeAfter from './no-before-after.js';
import noCareIncitement from './no-care-incitement.js';
import noComparison from './no-comparison.js';
import noPatientIdentifier from './no-patient-identifier.js';
import noPricePromotion from './no-price-promotion.js';
import noPromotionalWording from './no-promotional-wording.js';
import noSponsoredContent from './no-sponsored-content.js';
import noTestimonial from './no-testimonial.js';
import noUnverifiedClaim from './no-unverified-claim.js';
import requireFrench from './require-french.js';

export const rules: Rule[] = [
  noAestheticPromotion,
  noBeforeAfter,
  noCareIncitement,
  noComparison,
  noPatientIdentifier,
  noPricePromotion,
  noPromotionalWording,
  noSponsoredContent,
  noTestimonial,
  noUnverifiedClaim,
  requireFrench,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export const ruleMap: Map<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
