// DATA ONLY: language codes and their French names, for require-french. Add languages here, never code.

/** ISO 639-1 (and common spellings) → ISO 639-3, for front matter `lang:` / `langue:` and the `allow` option. */
export const languageCodes: Record<string, string> = {
  fr: 'fra', fre: 'fra', francais: 'fra', french: 'fra',
  en: 'eng', anglais: 'eng', english: 'eng',
  es: 'spa', espagnol: 'spa', spanish: 'spa', espanol: 'spa',
  de: 'deu', ger: 'deu', allemand: 'deu', german: 'deu', deutsch: 'deu',
  it: 'ita', italien: 'ita', italian: 'ita', italiano: 'ita',
  pt: 'por', portugais: 'por', portuguese: 'por', portugues: 'por',
  nl: 'nld', dut: 'nld', neerlandais: 'nld', dutch: 'nld', nederlands: 'nld',
  br: 'bre', breton: 'bre', oc: 'oci', occitan: 'oci', co: 'cos', corse: 'cos', eu: 'eus', basque: 'eus',
  ca: 'cat', catalan: 'cat', ar: 'ara', arabe: 'ara', arabic: 'ara', zh: 'zho', chinois: 'zho', ru: 'rus', russe: 'rus',
  pl: 'pol', polonais: 'pol', ro: 'ron', roumain: 'ron', tr: 'tur', turc: 'tur', uk: 'ukr', ukrainien: 'ukr',
};

/** ISO 639-3 → the language's name in French, as the message says it (« Publication en anglais »). */
export const languageNames: Record<string, string> = {
  eng: 'anglais', spa: 'espagnol', deu: 'allemand', ita: 'italien', por: 'portugais', nld: 'néerlandais',
  bre: 'breton', oci: 'occitan', cos: 'corse', eus: 'basque', cat: 'catalan', ara: 'arabe', zho: 'chinois',
  rus: 'russe', pol: 'polonais', ron: 'roumain', tur: 'turc', ukr: 'ukrainien',
};

/** The line a suggestion puts at the top of the post, for the author to fill in. */
export const frenchVersionLine = 'Version française : …';
