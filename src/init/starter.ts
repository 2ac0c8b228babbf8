// The commented starter configuration that `postlint init` writes: YAML, the one format the loader reads that
// holds comments and runs no code. Each rule is listed, commented out, with the severity it has under the chosen
// profile, so that the file documents itself without pinning severities a later change of profile would need.
import { PROFILES, type Profile, type RuleMeta } from '../types.js';
import { PROFILE_LABELS, profilePreset } from '../profiles.js';

export const STARTER_FILE = '.postrc.yaml';

/** The severity a rule has under `profile` when the configuration says nothing of it. */
function defaultSeverity(meta: RuleMeta, profile: Profile): string {
  return profilePreset(profile)[meta.id] ?? meta.severity;
}

export function starterConfig(profile: Profile, rules: readonly RuleMeta[]): string {
  const width = Math.max(...rules.map((r) => r.id.length + defaultSeverity(r, profile).length));
  const ruleLines = rules
    .filter((r) => r.id !== 'no-patient-identifier')
    .map((r) => {
      const entry = `${r.id}: ${defaultSeverity(r, profile)}`;
      return `  # ${entry.padEnd(width + 2)}  # ${r.docs.description}`;
    });
  return [
    '# Configuration de postlint, créée par « postlint init ».',
    '# postlint la trouve pour chaque fichier analysé dans ce dossier et ses sous-dossiers.',
    '',
    `# Profession (${PROFILE_LABELS[profile]}) : elle choisit les articles cités et la sévérité de certaines règles.`,
    `# Valeurs possibles : ${PROFILES.join(', ')}.`,
    '# Un post peut la préciser dans son en-tête YAML (« profession: sage-femme »), qui l’emporte.',
    `profile: ${profile}`,
    '',
    '# Où les posts sont publiés (facultatif) : instagram, facebook, linkedin, site…',
    '# platform: instagram',
    '',
    '# Règles : "off", "warn" ou "error". Les lignes commentées donnent la sévérité par défaut pour ce profil :',
    '# décommentez-en une pour la changer. « allow » liste des expressions à ne jamais signaler.',
    'rules:',
    '  # Le téléphone et l’adresse e-mail du cabinet ne sont pas ceux d’un patient : ajoutez-les ici.',
    '  no-patient-identifier: [error, { allow: [] }]',
    ...ruleLines,
    '',
    '# Fichiers à ne pas analyser, motifs à la .gitignore relatifs à ce dossier.',
    'ignorePatterns: []',
    '',
    '# Réglages par groupe de fichiers (motifs relatifs à ce dossier ; les derniers l’emportent), par exemple :',
    '# overrides:',
    '#   - files: ["dentaire/**/*.md"]',
    '#     profile: chirurgien-dentiste',
    '#   - files: ["archives/**"]',
    '#     rules: { no-price-promotion: warn }',
    '',
  ].join('\n');
}
