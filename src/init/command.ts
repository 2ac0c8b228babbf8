// `postlint init [--profile <p>]`: writes the starter configuration in the current folder, never over an
// existing one (any file the loader would read there, and a file appearing meanwhile: exclusive create), checks
// that it loads, and says what to do next.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { PROFILES, UsageError, type Profile } from '../types.js';
import { isProfile } from '../profiles.js';
import { didYouMean } from '../config/suggest.js';
import { quote } from '../config/quote.js';
import { PROJECT_ROOT_MARKERS, SEARCH_PLACES } from '../config/load.js';
import { frenchHelp } from '../cli-help.js';
import { starterConfig, STARTER_FILE } from './starter.js';

interface InitIO {
  stdout: { write(chunk: string): unknown };
  cwd: string;
}

/** The configuration file the loader would read in `dir`, if any (package.json counts only with a "postlint" key). */
export function existingConfig(dir: string): string | null {
  for (const place of SEARCH_PLACES) {
    const file = path.join(dir, place);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      return place; // there but unreadable: still not ours to replace
    }
    if (place !== 'package.json') return place;
    try {
      const pkg = JSON.parse(text) as unknown;
      if (typeof pkg === 'object' && pkg !== null && 'postlint' in pkg) return 'package.json (clé « postlint »)';
    } catch {
      // a broken package.json holds no postlint configuration
    }
  }
  return null;
}

/**
 * A configuration above `dir`, within its project, that the new file will hide (postlint reads the nearest one
 * only): named in the output, so that nobody loses its settings unawares. Files are looked at, never loaded.
 */
export function shadowedConfig(dir: string): string | null {
  for (let current = dir; ; ) {
    if (PROJECT_ROOT_MARKERS.some((marker) => existsSync(path.join(current, marker)))) return null; // the root: no higher
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
    const found = existingConfig(current);
    if (found) return path.join(path.relative(dir, current), found.split(' ')[0]);
  }
}

function parseProfile(value: string): Profile {
  if (!isProfile(value)) throw new UsageError(`init : --profile : profil ${quote(value)} inconnu (${didYouMean(value, PROFILES)}profils : ${PROFILES.join(', ')})`);
  return value;
}

/** Runs `postlint init` with `args` (what follows « init »); exit code 0, or throws UsageError (exit 2). */
export async function runInit(args: readonly string[], io: InitIO, commanderMessage: (e: CommanderError) => string): Promise<number> {
  const program = new Command('postlint init')
    .description(`Écrit une configuration de départ commentée (${STARTER_FILE}) dans le dossier courant, sans jamais remplacer une configuration existante.`)
    .addOption(new Option('--profile <profession>', `profession des posts (${PROFILES.join(', ')})`).default('medecin'))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: () => undefined, outputError: () => undefined });
  frenchHelp(program, { usage: '[option…]' });
  try {
    program.parse([...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      throw new UsageError(`init : ${commanderMessage(error)}`);
    }
    throw error;
  }
  if (program.args.length > 0) throw new UsageError(`init : argument inattendu ${quote(program.args[0])} (init écrit dans le dossier courant)`);
  const profile = parseProfile(program.opts<{ profile: string }>().profile);

  const existing = existingConfig(io.cwd);
  if (existing) throw new UsageError(`init : une configuration existe déjà dans ce dossier (${existing}) : rien n’est écrit`);

  const [{ builtInRegistry }, { ConfigLoader }] = await Promise.all([import('../registry/built-in.js'), import('../config/load.js')]);
  const rules = (await builtInRegistry().load()).map((r) => r.meta);
  const target = path.join(io.cwd, STARTER_FILE);
  try {
    await writeFile(target, starterConfig(profile, rules), { flag: 'wx' });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EEXIST') throw new UsageError(`init : ${STARTER_FILE} vient d’apparaître dans ce dossier : rien n’est remplacé`);
    throw new UsageError(`init : impossible d’écrire ${STARTER_FILE} : ${e.code ?? e.message}`);
  }
  // What was written must load: a failure here is postlint's bug, said in one line rather than left for later.
  await new ConfigLoader({ cwd: io.cwd, configFile: target }).forDirectory(io.cwd);

  const hidden = shadowedConfig(io.cwd);
  io.stdout.write(
    [
      `Configuration écrite : ${STARTER_FILE} (profil : ${profile}).`,
      ...(hidden ? [`Attention : elle remplace, pour ce dossier, la configuration ${quote(hidden)} (postlint lit la plus proche) ; reprenez-en les réglages utiles.`] : []),
      'Étape suivante : relisez-la (chaque réglage y est expliqué), puis analysez vos brouillons,',
      'par exemple « postlint brouillons/ » ; « postlint --print-config brouillons/post.md » montre les réglages appliqués à un fichier.',
      '',
    ].join('\n'),
  );
  return 0;
}
