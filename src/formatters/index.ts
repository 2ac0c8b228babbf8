// The formatter registry: maps a `--format` value to its pure function.
import { UsageError, type LintResult } from '../types.js';
import type { Formatter, FormatterContext } from './types.js';
import { quote } from '../config/quote.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { compact } from './compact.js';
import { junit } from './junit.js';
import { html } from './html.js';

export type { Formatter, FormatterContext } from './types.js';

const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, compact, junit, html };

export const formatterNames: readonly string[] = Object.keys(FORMATTERS);

export function getFormatter(name: string): Formatter {
  const formatter = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  if (!formatter) {
    throw new UsageError(`format ${quote(name)} inconnu (formats : ${formatterNames.join(', ')} ; ou le chemin d’un module, ex. ./mon-formateur.js)`);
  }
  return formatter;
}

export function format(name: string, results: LintResult[], ctx: FormatterContext): string {
  return getFormatter(name)(results, ctx);
}
