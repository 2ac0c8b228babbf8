// The post a fresh bundle or resident process lints once before real work (scripts/bundle-cli.mjs writes the code
// cache after it; daemon/server.ts warms its regexes with it): our own words, waking every rule.
export const SAMPLE_POST = [
  '# Nouveau au cabinet',
  '',
  'Le meilleur centre de la ville : -30 % sur le blanchiment, résultats garantis, bien moins cher qu’ailleurs.',
  'Photos avant/après en story ! « Merci docteur, je revis », nous écrit Mme Lefort, 52 ans, opérée le 3 mars.',
  'Prenez rendez-vous vite, tout le monde devrait faire un bilan chaque année. Code promo MARQUE10 avec notre partenaire.',
  '',
].join('\n');

/** How it is linted: from standard input, as Markdown, without any configuration file. */
export const SAMPLE_ARGV = ['node', 'postlint', '--no-config-lookup', '--stdin', '--stdin-filename', 'post.md', '-f', 'json'];
