// `-f`: a built-in format by name, or a formatter module by path (ESLint's custom formatters): its default export
// is a function (results, context) returning the report's text (or a promise of it).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stat } from 'node:fs/promises';
import { UsageError, type LintResult } from '../types.js';
import { quote } from '../config/quote.js';
import type { FormatterContext } from './types.js';
import { getFormatter } from './index.js';

export interface LoadedFormatter {
  /** Writes the report; a module's failure is a UsageError (one line, exit 2). */
  run(results: LintResult[], ctx: FormatterContext): Promise<string>;
  /** Whether it is given each post's (masked) text, result.source: the html report and modules, as ESLint's are. */
  showsSource: boolean;
}

/** A path rather than a format's name: ESLint's rule (a slash, or a leading dot), plus a script's extension. */
export function isFormatterPath(name: string): boolean {
  return /[\\/]/u.test(name) || name.startsWith('.') || /\.[cm]?js$/iu.test(name);
}

function first(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name} : `}${error.message}` : String(error);
  return text.split(/\r?\n/u)[0].slice(0, 300);
}

async function importModule(name: string, cwd: string): Promise<(...args: unknown[]) => unknown> {
  const file = path.resolve(cwd, name);
  const shown = quote(name);
  const st = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`formateur ${shown} introuvable (${error.code ?? error.message})`);
  });
  if (!st.isFile()) throw new UsageError(`formateur ${shown} : ce n’est pas un fichier`);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new UsageError(`formateur ${shown} : impossible de le charger (${first(error)})`);
  }
  const fn = mod.default;
  if (typeof fn !== 'function') {
    throw new UsageError(`formateur ${shown} : l’export par défaut doit être une fonction (résultats, contexte) => texte`);
  }
  return fn as (...args: unknown[]) => unknown;
}

export async function loadFormatter(name: string, cwd: string): Promise<LoadedFormatter> {
  if (!isFormatterPath(name)) {
    const formatter = getFormatter(name);
    return { run: async (results, ctx) => formatter(results, ctx), showsSource: name === 'html' };
  }
  const fn = await importModule(name, cwd);
  return {
    showsSource: true,
    async run(results, ctx) {
      let out: unknown;
      try {
        out = await fn(results, ctx);
      } catch (error) {
        throw new UsageError(`formateur ${quote(name)} : il a échoué (${first(error)})`);
      }
      if (typeof out !== 'string') throw new UsageError(`formateur ${quote(name)} : il doit renvoyer du texte (reçu : ${out === null ? 'null' : typeof out})`);
      return out;
    },
  };
}
