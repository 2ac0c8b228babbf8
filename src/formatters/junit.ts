// JUnit XML for CI servers that show test reports (GitLab's artifacts:reports:junit, Jenkins' junit step):
// one test suite per file, one failed test case per problem, one passing test case for a clean file.
import type { LintMessage, LintResult } from '../types.js';
import type { Formatter } from './types.js';
import { escapeMarkup as x } from './markup.js';
import { relativePosix } from './paths.js';

function severityWord(m: LintMessage): 'error' | 'warning' {
  return m.fatal || m.severity === 2 ? 'error' : 'warning';
}

function failedCase(file: string, m: LintMessage): string {
  const rule = m.ruleId ?? 'postlint';
  const where = `${m.line || 0}:${m.column || 0}`;
  const suggestions = (m.suggestions ?? []).map((s) => `\nsuggestion : ${s.desc}`).join('');
  const body = `${file}:${where} : ${m.fatal || m.severity === 2 ? 'erreur' : 'avertissement'} : ${m.message} [${rule}]${suggestions}`;
  return (
    `    <testcase classname="${x(file)}" name="${x(`${rule} (${where})`)}" file="${x(file)}" time="0">\n` +
    `      <failure type="${severityWord(m)}" message="${x(m.message)}">${x(body)}</failure>\n` +
    `    </testcase>`
  );
}

function suite(file: string, result: LintResult): string {
  const cases =
    result.messages.length === 0
      ? [`    <testcase classname="${x(file)}" name="postlint" file="${x(file)}" time="0"/>`]
      : result.messages.map((m) => failedCase(file, m));
  const tests = Math.max(result.messages.length, 1);
  return (
    `  <testsuite name="${x(file)}" tests="${tests}" failures="${result.messages.length}" errors="0" skipped="0" time="0">\n` +
    `${cases.join('\n')}\n` +
    `  </testsuite>`
  );
}

export const junit: Formatter = (results, ctx) => {
  const suites = results.map((r) => suite(relativePosix(ctx.cwd, r.filePath), r));
  const tests = results.reduce((n, r) => n + Math.max(r.messages.length, 1), 0);
  const failures = results.reduce((n, r) => n + r.messages.length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="postlint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
  ].join('\n');
};
