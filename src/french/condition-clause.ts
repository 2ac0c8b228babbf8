// Whether a sentence ties its advice to a condition: « faites contrôler ce grain de beauté s'il change », « consultez
// lorsque la douleur persiste », "if it bleeds". « même si » and « quand même » are not conditions: « même si tout va
// bien » is the opposite, advice for everyone, and « et si… » a suggestion.

const CONDITION =
  /(?<![a-z])(?<!meme\s)(?<!even\s)(?<!et\s)(?:si|s'il|s'ils|s'elle|s'elles|lorsque|lorsqu'|quand|des\s+que|des\s+qu'|en\s+cas|au\s+moindre|if|when)(?![a-z])(?!\s+meme(?![a-z]))/u;

/** `folded`: one sentence of folded text (lowercase, no accents, ' for apostrophes). */
export function hasConditionClause(folded: string): boolean {
  return CONDITION.test(folded);
}
