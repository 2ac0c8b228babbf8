// Generates French inflected forms from lemmas, so term lists name an idea once
// ("garanti" → garanti, garantie, garantis, garanties) instead of listing every form by hand.

/** Masculine/feminine × singular/plural of an adjective or a past participle. */
export function adjective(lemma: string): string[] {
  const forms = new Set<string>([lemma]);
  const add = (...xs: string[]) => xs.forEach((x) => forms.add(x));
  if (lemma.endsWith('eux')) add(lemma.slice(0, -1) + 'se', lemma.slice(0, -1) + 'ses');
  else if (lemma.endsWith('if')) add(lemma.slice(0, -1) + 've', lemma.slice(0, -1) + 'ves', lemma + 's');
  else if (lemma.endsWith('el') || lemma.endsWith('en') || lemma.endsWith('on'))
    add(lemma + lemma.slice(-1) + 'e', lemma + lemma.slice(-1) + 'es', lemma + 's'); // exceptionnel → exceptionnelle
  else if (lemma.endsWith('al')) add(lemma + 'e', lemma + 'es', lemma.slice(0, -1) + 'ux');
  else if (lemma.endsWith('er')) add(lemma.slice(0, -2) + 'ère', lemma.slice(0, -2) + 'ères', lemma + 's');
  else if (lemma.endsWith('e')) add(lemma + 's');
  else if (lemma.endsWith('s') || lemma.endsWith('x')) add(lemma + 'e', lemma + 'es');
  else add(lemma + 'e', lemma + 's', lemma + 'es');
  forms.delete('');
  return [...forms];
}

/** Singular and plural of a noun (regular plurals: -s, -x after -eau/-eu, -aux after -al). */
export function noun(lemma: string): string[] {
  if (/(s|x|z)$/u.test(lemma)) return [lemma];
  if (/(eau|eu)$/u.test(lemma)) return [lemma, lemma + 'x'];
  if (/al$/u.test(lemma)) return [lemma, lemma.slice(0, -2) + 'aux'];
  return [lemma, lemma + 's'];
}

/**
 * Present, future, conditional, imperative and participles of a regular verb (1st group -er, 2nd group
 * -ir with -iss-). Irregular verbs: list their forms explicitly in the term list.
 */
export function verb(infinitive: string): string[] {
  const forms = new Set<string>([infinitive]);
  const add = (...xs: string[]) => xs.forEach((x) => forms.add(x));
  if (infinitive.endsWith('er')) {
    const stem = infinitive.slice(0, -2);
    // manger → mangeons; commencer → commençons
    const soft = stem.endsWith('g') ? stem + 'e' : stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem;
    add(stem + 'e', stem + 'es', stem + 'ent', soft + 'ons', stem + 'ez');
    add(infinitive + 'a', infinitive + 'ont', infinitive + 'ait', infinitive + 'aient', infinitive + 'ez');
    add(soft + 'ant', soft + 'ait', soft + 'aient');
    add(...adjective(stem + 'é'));
  } else if (infinitive.endsWith('ir')) {
    const stem = infinitive.slice(0, -2);
    add(stem + 'is', stem + 'it', stem + 'issons', stem + 'issez', stem + 'issent', stem + 'issant');
    add(stem + 'issait', stem + 'issaient', infinitive + 'a', infinitive + 'ont', infinitive + 'ait', infinitive + 'aient');
    add(...adjective(stem + 'i'));
  } else {
    throw new Error(`verb(): only regular -er and -ir verbs are generated, list the forms of « ${infinitive} »`);
  }
  return [...forms];
}

/**
 * Expands the "(e)(s)" notation French writers use: "garanti(e)(s)" → garanti, garantie, garantis, garanties;
 * "patient(e)s" → patients, patientes. Brackets may hold any suffix: "exclusi(f)(ve)(s)" is not supported,
 * write "exclusif", "exclusive", ... or use adjective().
 */
export function expandBrackets(term: string): string[] {
  const m = /\(([^()]+)\)/u.exec(term);
  if (!m) return [term];
  const before = term.slice(0, m.index);
  const after = term.slice(m.index + m[0].length);
  return [...expandBrackets(before + after), ...expandBrackets(before + m[1] + after)];
}
