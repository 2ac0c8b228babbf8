// `postlint --help` in French and grouped by purpose, as ESLint's help is: commander's own words (Usage,
// Options, default, help…) are replaced here, so that the whole interface speaks one language.
import { Option, type Command } from 'commander';

/** Sections in the order they are printed; an option not listed below goes to « Divers ». */
const SECTIONS = [
  'Configuration',
  'Règles',
  'Correction',
  'Fichiers ignorés',
  'Entrée standard',
  'Avertissements',
  'Sortie',
  'Cache',
  'Performances',
  'Divers',
] as const;

type Section = (typeof SECTIONS)[number];

const SECTION_OF: Record<string, Section> = {
  '--config': 'Configuration',
  '--no-config-lookup': 'Configuration',
  '--ext': 'Configuration',
  '--rule': 'Règles',
  '--list-rules': 'Règles',
  '--explain': 'Règles',
  '--debug-rule': 'Règles',
  '--fix': 'Correction',
  '--fix-dry-run': 'Correction',
  '--ignore-pattern': 'Fichiers ignorés',
  '--no-ignore': 'Fichiers ignorés',
  '--no-warn-ignored': 'Fichiers ignorés',
  '--stdin': 'Entrée standard',
  '--stdin-filename': 'Entrée standard',
  '--quiet': 'Avertissements',
  '--max-warnings': 'Avertissements',
  '--format': 'Sortie',
  '--output-file': 'Sortie',
  '--suggestions': 'Sortie',
  '--color': 'Sortie',
  '--no-color': 'Sortie',
  '--cache': 'Cache',
  '--cache-location': 'Cache',
  '--concurrency': 'Performances',
  '--stats': 'Performances',
  '--print-config': 'Divers',
  '--version': 'Divers',
  '--help': 'Divers',
};

const heading = (section: string) => `${section} :`;

function sectionOf(option: Option): Section {
  return SECTION_OF[option.long ?? ''] ?? 'Divers';
}

/** Commander's titles (« Usage: », « Arguments: », « Options: », « Commands: ») in French. */
const TITLES: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Arguments:': 'Arguments :',
  'Options:': 'Divers :',
  'Commands:': 'Commandes :',
  'Global Options:': 'Options générales :',
};

/** « (par défaut : "stylish") », « (choix : …) »; an empty list (a repeatable option) has no default worth showing. */
function frenchExtras(option: Pick<Option, 'argChoices' | 'defaultValue' | 'defaultValueDescription' | 'required' | 'optional'>): string[] {
  const extras: string[] = [];
  if (option.argChoices) extras.push(`choix : ${option.argChoices.join(', ')}`);
  const value = option.defaultValue as unknown;
  const shown = (option.required || option.optional) && value !== undefined && !(Array.isArray(value) && value.length === 0);
  if (shown) extras.push(`par défaut : ${option.defaultValueDescription ?? (typeof value === 'string' ? value : JSON.stringify(value))}`);
  return extras;
}

/** Groups the options of `program` into ESLint-like sections and makes commander's help speak French. */
export function frenchHelp(program: Command, extra: { usage?: string; commands?: string } = {}): Command {
  // commander's « [options] »: both words read English in a French help.
  program.usage(extra.usage ?? '[option…] [chemin…]');
  program.addHelpOption(new Option('-h, --help', 'affiche cette aide').helpGroup(heading('Divers')));
  for (const option of program.options) option.helpGroup(heading(sectionOf(option)));
  // Sections print in the order of their first option: order the options by section (stable within one).
  (program.options as Option[]).sort((a, b) => SECTIONS.indexOf(sectionOf(a)) - SECTIONS.indexOf(sectionOf(b)));
  program.configureHelp({
    styleTitle: (title: string) => TITLES[title] ?? title,
    optionDescription: (option: Option) => {
      const extras = frenchExtras(option);
      return extras.length ? `${option.description} (${extras.join(', ')})` : option.description;
    },
    argumentDescription: (argument) => {
      const extras = frenchExtras({ ...argument, required: true, optional: false, argChoices: argument.argChoices });
      return extras.length ? `${argument.description} (${extras.join(', ')})` : argument.description;
    },
  });
  if (extra.commands) program.addHelpText('after', `\n${heading('Commandes')}\n${extra.commands}`);
  return program;
}
