// GitHub Actions workflow commands: one annotation per problem, shown on the pull request's diff.
import type { Formatter } from './types.js';
import { relativePosix } from './paths.js';

/** Escaping of a command's message (actions/toolkit `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property value (actions/toolkit `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePosix(ctx.cwd, result.filePath);
    for (const m of result.messages) {
      const level = m.fatal || m.severity === 2 ? 'error' : 'warning';
      const props = [`file=${escapeProperty(file)}`];
      if (m.line) {
        props.push(`line=${m.line}`, `col=${m.column || 1}`);
        if (m.endLine) props.push(`endLine=${m.endLine}`);
        if (m.endColumn) props.push(`endColumn=${m.endColumn}`);
      }
      props.push(`title=${escapeProperty(m.ruleId ?? 'postlint')}`);
      lines.push(`::${level} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
