// The report an agency sends to the practitioner: one self-contained French page (no network, no script), a
// summary per rule and per post at the top, then each post as text with its problem spans highlighted and, beside
// it, each problem's message, suggested wordings and legal references. Everything shown was masked upstream
// (messages, suggestions, result.source): this module only escapes.
import type { LintMessage, LintResult, Reference, RuleMeta } from '../types.js';
import type { Formatter, FormatterContext } from './types.js';
import { escapeMarkup as h } from './markup.js';
import { relativePosix } from './paths.js';
import { HTML_STYLE } from './html-style.js';

interface Post {
  /** Anchor id. */
  id: string;
  file: string;
  result: LintResult;
}

const isError = (m: LintMessage) => Boolean(m.fatal) || m.severity === 2;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n <= 1 ? one : many}`;
}

/** Only web links: a plugin's reference could hold any scheme (javascript:…), shown then as plain text. */
function link(ref: Reference): string {
  return /^https?:\/\//iu.test(ref.url)
    ? `<a href="${h(ref.url)}" rel="noreferrer">${h(ref.title)}</a>`
    : h(ref.title);
}

/** A path that wraps after its slashes, its folder in a lighter tone than the file's name. */
function filePath(file: string): string {
  const cut = file.lastIndexOf('/') + 1;
  const dir = file.slice(0, cut).split('/').map(h).join('/<wbr>');
  return `${dir ? `<span class="dir">${dir}</span>` : ''}${h(file.slice(cut))}`;
}

function severityLabel(m: LintMessage): string {
  return isError(m) ? 'Erreur' : 'Avertissement';
}

function ruleLabel(m: LintMessage): string {
  return m.ruleId ?? 'postlint';
}

// ---------------------------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------------------------

function totals(posts: readonly Post[]): string {
  const errors = posts.reduce((n, p) => n + p.result.errorCount, 0);
  const warnings = posts.reduce((n, p) => n + p.result.warningCount, 0);
  const clean = posts.filter((p) => p.result.messages.length === 0).length;
  const stat = (kind: string, n: number, label: string, hint: string) =>
    `<div class="stat stat-${kind}"><span class="stat-n">${n}</span><span class="stat-label">${label}</span><span class="stat-hint">${hint}</span></div>`;
  return `<div class="stats">
${stat('error', errors, errors <= 1 ? 'erreur' : 'erreurs', 'à corriger avant publication')}
${stat('warning', warnings, warnings <= 1 ? 'avertissement' : 'avertissements', 'à vérifier, selon le contexte')}
${stat('ok', clean, clean <= 1 ? 'publication sans remarque' : 'publications sans remarque', `sur ${plural(posts.length, 'publication relue', 'publications relues')}`)}
</div>`;
}

function byRule(posts: readonly Post[], rulesMeta: Record<string, RuleMeta>): string {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const { result } of posts) {
    for (const m of result.messages) {
      const c = counts.get(ruleLabel(m)) ?? { errors: 0, warnings: 0 };
      if (isError(m)) c.errors++;
      else c.warnings++;
      counts.set(ruleLabel(m), c);
    }
  }
  if (counts.size === 0) return '';
  const rows = [...counts]
    .sort(([a, x], [b, y]) => y.errors + y.warnings - (x.errors + x.warnings) || a.localeCompare(b))
    .map(([id, c]) => {
      const about = rulesMeta[id]?.docs.description ?? (id === 'postlint' ? 'Fichier que postlint n’a pas pu analyser ou qu’il a ignoré' : '');
      return `<tr><td><code class="rule-id">${h(id)}</code></td><td>${h(about)}</td><td class="num">${cell(c.errors, 'error')}</td><td class="num">${cell(c.warnings, 'warning')}</td></tr>`;
    });
  return `<section class="table-card" aria-labelledby="par-regle">
<h2 id="par-regle">Par règle</h2>
<table><thead><tr><th>Règle</th><th>Ce qu’elle vérifie</th><th class="num">Erreurs</th><th class="num">Avert.</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</section>`;
}

function cell(n: number, kind: string): string {
  return n === 0 ? '<span class="zero">0</span>' : `<span class="count count-${kind}">${n}</span>`;
}

function byPost(posts: readonly Post[]): string {
  const rows = posts.map(({ id, file, result }) => {
    const state =
      result.messages.length === 0
        ? '<span class="pill pill-ok">Sans remarque</span>'
        : result.errorCount > 0
          ? '<span class="pill pill-error">À corriger</span>'
          : '<span class="pill pill-warning">À vérifier</span>';
    const name = result.messages.length === 0 ? filePath(file) : `<a href="#${id}">${filePath(file)}</a>`;
    return `<tr><td class="file">${name}</td><td class="num">${cell(result.errorCount, 'error')}</td><td class="num">${cell(result.warningCount, 'warning')}</td><td>${state}</td></tr>`;
  });
  return `<section class="table-card" aria-labelledby="par-publication">
<h2 id="par-publication">Par publication</h2>
<table><thead><tr><th>Publication</th><th class="num">Erreurs</th><th class="num">Avert.</th><th>État</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</section>`;
}

// ---------------------------------------------------------------------------------------------------------------
// A post: its text with the problems' spans marked, and the problems beside it
// ---------------------------------------------------------------------------------------------------------------

interface Placed {
  n: number;
  message: LintMessage;
  start: number;
  end: number;
}

/** The post's text, escaped, each problem's span in a <mark> and its number after it (a link to its note). */
function highlighted(text: string, placed: readonly Placed[], postId: string): string {
  const cuts = [...new Set([0, text.length, ...placed.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b);
  const numbers = (at: number) =>
    placed
      .filter((p) => p.end === at)
      .map((p) => `<a class="ref ref-${isError(p.message) ? 'error' : 'warning'}" href="#${postId}-${p.n}">${p.n}</a>`)
      .join('');
  let out = numbers(0);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = h(text.slice(a, b));
    const over = placed.filter((p) => p.start <= a && b <= p.end && p.start < p.end);
    if (over.length === 0) out += piece;
    else {
      const kind = over.some((p) => isError(p.message)) ? 'error' : 'warning';
      const title = over.map((p) => `${p.n} · ${ruleLabel(p.message)} (${severityLabel(p.message).toLowerCase()})`).join(' ; ');
      const rules = [...new Set(over.map((p) => ruleLabel(p.message)))].join(' ');
      out += `<mark class="${kind}" data-rule="${h(rules)}" title="${h(title)}">${piece}</mark>`;
    }
    out += numbers(b);
  }
  return out;
}

/** `sameRuleAs`: the number of an earlier note of the post for the same rule, whose references are not repeated. */
function problemNote(n: number, m: LintMessage, rulesMeta: Record<string, RuleMeta>, postId: string, sameRuleAs?: number): string {
  const kind = isError(m) ? 'error' : 'warning';
  const where = m.line ? `ligne ${m.line}, colonne ${m.column || 1}` : '';
  const suggestions = (m.suggestions ?? []).map((s) => `<li>${h(s.desc)}</li>`);
  const refs = (m.ruleId ? rulesMeta[m.ruleId]?.references : undefined) ?? [];
  return `<li class="problem problem-${kind}" id="${postId}-${n}">
<div class="problem-head"><span class="badge badge-${kind}">${n}</span><span class="sev sev-${kind}">${severityLabel(m)}</span><code class="rule">${h(ruleLabel(m))}</code>${where ? `<span class="where">${where}</span>` : ''}</div>
<p class="message">${h(m.message)}</p>
${suggestions.length ? `<div class="suggestions"><p class="label">${suggestions.length > 1 ? 'Formulations proposées' : 'Formulation proposée'}</p><ul>${suggestions.join('')}</ul></div>` : ''}
${!refs.length ? '' : sameRuleAs ? `<p class="refs"><span class="label">Références</span> voir le point <a href="#${postId}-${sameRuleAs}">${sameRuleAs}</a></p>` : `<p class="refs"><span class="label">Références</span> ${refs.map(link).join(' · ')}</p>`}
</li>`;
}

function notes(messages: readonly LintMessage[], rulesMeta: Record<string, RuleMeta>, postId: string): string {
  const firstOfRule = new Map<string, number>();
  return messages
    .map((m, i) => {
      const earlier = m.ruleId ? firstOfRule.get(m.ruleId) : undefined;
      if (m.ruleId && earlier === undefined) firstOfRule.set(m.ruleId, i + 1);
      return problemNote(i + 1, m, rulesMeta, postId, earlier);
    })
    .join('\n');
}

function postSection({ id, file, result }: Post, rulesMeta: Record<string, RuleMeta>): string {
  const placed: Placed[] = [];
  result.messages.forEach((message, i) => {
    if (message.sourceRange) placed.push({ n: i + 1, message, start: message.sourceRange[0], end: message.sourceRange[1] });
  });
  const text =
    result.source === undefined
      ? '<p class="no-text">Texte non disponible pour cette publication.</p>'
      : `<div class="text">${highlighted(result.source, placed, id)}</div>`;
  const counts = [
    result.errorCount ? `<span class="pill pill-error">${plural(result.errorCount, 'erreur', 'erreurs')}</span>` : '',
    result.warningCount ? `<span class="pill pill-warning">${plural(result.warningCount, 'avertissement', 'avertissements')}</span>` : '',
  ].join('');
  return `<article class="post" id="${id}">
<header class="post-head"><h2>${filePath(file)}</h2><div class="pills">${counts}</div></header>
<div class="post-body">
<div class="post-text"><p class="col-title">Texte de la publication</p>${text}</div>
<div class="post-notes"><p class="col-title">Points à revoir</p><ol class="problems">${notes(result.messages, rulesMeta, id)}</ol></div>
</div>
</article>`;
}

// ---------------------------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------------------------

function today(): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(new Date());
}

export function renderHtml(results: readonly LintResult[], ctx: FormatterContext): string {
  const posts: Post[] = results.map((result, i) => ({ id: `publication-${i + 1}`, file: relativePosix(ctx.cwd, result.filePath), result }));
  const withProblems = posts.filter((p) => p.result.messages.length > 0);
  const problems = withProblems.reduce((n, p) => n + p.result.messages.length, 0);
  const subtitle = `${plural(posts.length, 'publication relue', 'publications relues')} · ${problems === 0 ? 'aucun point à revoir' : plural(problems, 'point à revoir', 'points à revoir')}`;
  const body =
    withProblems.length === 0
      ? `<p class="all-clear">Aucun point à revoir : ${posts.length <= 1 ? 'la publication relue ne présente' : `les ${posts.length} publications relues ne présentent`} aucun des risques que postlint recherche.</p>`
      : withProblems.map((p) => postSection(p, ctx.rulesMeta)).join('\n');
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="postlint${ctx.version ? ` ${h(ctx.version)}` : ''}">
<title>Relecture déontologique des publications</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<main>
<header class="page-head">
<p class="kicker">Rapport de relecture déontologique</p>
<h1>Publications relues avant diffusion</h1>
<p class="subtitle">${subtitle}</p>
<p class="dated">Établi le ${today()} avec postlint${ctx.version ? ` ${h(ctx.version)}` : ''}</p>
</header>
<section class="summary" aria-label="Synthèse">
${totals(posts)}
<div class="tables">
${byRule(posts, ctx.rulesMeta)}
${byPost(posts)}
</div>
<p class="legend"><mark class="error">passage surligné</mark> erreur : à corriger avant publication · <mark class="warning">passage surligné</mark> avertissement : à vérifier selon le contexte · le numéro renvoie à l’explication.</p>
</section>
${body}
<footer class="page-foot">
<p>postlint signale un <strong>risque</strong> au regard des codes de déontologie des professions de santé et du secret médical ; les chambres disciplinaires des Ordres jugent. Ce rapport n’est pas un conseil juridique.</p>
<p>Les identifiants de patients (numéro de sécurité sociale, téléphone, e-mail, nom) sont masqués dans ce rapport (« M••• »).</p>
</footer>
</main>
</body>
</html>
`;
}

export const html: Formatter = (results, ctx) => renderHtml(results, ctx);
