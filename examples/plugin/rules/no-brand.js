// A client's brand names must not appear in a practitioner's posts (promoting a product, CSP R.4127-20). The
// brands are the rule's option; they go through postlint's French term compiler (case, accents, hashtags, one-edit
// typos on long names) and the shared negation filter, and each problem offers a neutral wording.
import { Lexicon, defineRule, negation, prose, rewordings, screen, separate, termCandidates, excerpt } from 'postlint/rule-kit';

const lexicons = new Map(); // one compiled lexicon per list of brands

export default defineRule({
  meta: {
    type: 'problem',
    severity: 'error',
    docs: { description: 'Pas de nom de marque d’un client dans les posts du cabinet' },
    references: [{ title: 'CSP, art. R.4127-20 (usage commercial du nom)', url: 'https://www.conseil-national.medecin.fr/code-deontologie/devoirs-generaux-medecins-art-2-31/article-20-usage-nom-qualite-medecin' }],
    hasSuggestions: true,
    options: { brands: { type: 'string[]', default: [], description: 'Marques à ne jamais citer' } },
    messages: {
      brand: '« {{match}} » : nom de marque dans un post de soin ; parlez du type de produit, pas de la marque',
      useWording: 'Remplacer par « {{suggestion}} »',
    },
  },
  check(context) {
    const brands = context.options.brands;
    if (brands.length === 0) return;
    const key = brands.join('\n');
    let lexicon = lexicons.get(key);
    if (!lexicon) lexicons.set(key, (lexicon = new Lexicon(brands.map((b, i) => ({ id: `marque-${i + 1}`, terms: [b] })))));
    for (const { segment, analysis } of prose(context)) {
      const kept = screen(context, segment, termCandidates(lexicon.find(analysis)), [negation(analysis)]);
      for (const hit of separate(context, segment, kept)) {
        context.report({
          messageId: 'brand',
          data: { match: excerpt(hit.text) },
          range: context.rangeOf(segment, hit.start, hit.end),
          suggest: rewordings(context, segment, hit.start, hit.end, ['ce produit']),
        });
      }
    }
  },
});
