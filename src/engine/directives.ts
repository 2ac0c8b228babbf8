// Applies inline directives (<!-- postlint-disable … -->) to the problems of one file, as a pure function.
// Unknown rule ids in a directive and directives that suppressed nothing are reported, as ESLint does.
import type { Directive, Document, LintMessage } from '../types.js';

interface Pos {
  line: number;
  column: number;
}
const before = (a: Pos, b: Pos) => a.line < b.line || (a.line === b.line && a.column < b.column);

export interface DirectiveOutcome {
  kept: LintMessage[];
  suppressed: LintMessage[];
  /** Problems with the directives themselves. */
  problems: LintMessage[];
}

function problemAt(doc: Document, d: Directive, severity: 1 | 2, message: string): LintMessage {
  const s = doc.position(d.start);
  const e = doc.position(d.end);
  return { ruleId: null, severity, message, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

export function applyDirectives(
  doc: Document,
  messages: LintMessage[],
  knownRuleIds: ReadonlySet<string>,
  activeRuleIds: ReadonlySet<string>,
): DirectiveOutcome {
  const problems: LintMessage[] = [];
  const used = new Set<Directive>();
  const directives = doc.directives.filter((d) => {
    const unknown = d.ruleIds.filter((id) => !knownRuleIds.has(id));
    for (const id of unknown) {
      problems.push(problemAt(doc, d, 2, `Directive postlint : règle inconnue « ${id} » (voir postlint --list-rules)`));
    }
    return unknown.length === 0;
  });
  const covers = (d: Directive, ruleId: string | null) => ruleId !== null && (d.ruleIds.length === 0 || d.ruleIds.includes(ruleId));

  const isSuppressed = (m: LintMessage): Directive | undefined => {
    const at = { line: m.line, column: m.column };
    let blockedBy: Directive | undefined;
    for (const d of directives) {
      if (!covers(d, m.ruleId)) continue;
      if (d.kind === 'disable-next-line' && m.line === d.endLine + 1) return d;
      if (d.kind === 'disable-line' && m.line >= d.line && m.line <= d.endLine) return d;
      const end = doc.position(d.end);
      if (before(at, end)) continue; // directives act on what follows them
      if (d.kind === 'disable') blockedBy = d;
      if (d.kind === 'enable') blockedBy = undefined;
    }
    return blockedBy;
  };

  const kept: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  for (const m of messages) {
    const d = isSuppressed(m);
    if (d) {
      used.add(d);
      suppressed.push(m);
    } else kept.push(m);
  }
  for (const d of directives) {
    if (d.kind === 'enable' || used.has(d)) continue;
    // Only a directive naming active rules can be unused; a blanket disable over a clean file is reported too.
    const ids = d.ruleIds.length ? d.ruleIds.filter((id) => activeRuleIds.has(id)) : ['*'];
    if (!ids.length) continue;
    const what = d.ruleIds.length ? ` (${d.ruleIds.join(', ')})` : '';
    problems.push(problemAt(doc, d, 1, `Directive postlint-${d.kind}${what} inutile : aucun problème à ignorer ici ; supprimez-la`));
  }
  return { kept, suppressed, problems };
}
