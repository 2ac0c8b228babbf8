// The html report: through the real CLI (identifiers masked in the posts' text, hostile posts shown as text, a
// self-contained page, summary and notes), and its highlighting and the masked source on hand-built input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskSource } from '../src/engine/masked-source.js';
import { documentMask, maskIdentifiers } from '../src/engine/privacy.js';
import { renderHtml } from '../src/formatters/html.js';
import { CLEAN, postlint, project, requireBuild } from './helpers/cli.js';
import { message, meta, result } from './helpers/results.js';

const POSTS: Record<string, string> = {
  'posts/temoignage.md': [
    '# Merci !',
    '',
    '« Je suis Martine Lefèvre, NIR 2 70 02 29 019 045 82, et le Dr Martin m’a guérie ! » nous écrit notre patiente.',
    '',
    'Sa fille est joignable au 06 98 76 54 32 ou à martine.lefevre@gmail.com : le meilleur cabinet de Rennes.',
    '',
  ].join('\n'),
  'posts/piege.txt': '-30 % ce mois-ci <script>alert("promo")</script> et <img src=x onerror=alert(1)> & <b>offre</b> !\n',
  'posts/propre.md': CLEAN,
};

/** Identifiers of the posts in clear (digits compared without separators). */
const CLEAR = ['martine', 'lefèvre', 'lefevre', '270022901904582', '0698765432', 'martine.lefevre@'];

function leaks(page: string): string[] {
  const flat = page.toLowerCase().replace(/(\d)[\s.\-/\u00a0\u202f]+(?=\d)/gu, '$1');
  return CLEAR.filter((id) => flat.includes(id));
}

/** The text of each post as the page shows it (tags removed, entities decoded). */
function shownTexts(page: string): string[] {
  return [...page.matchAll(/<div class="text">([\s\S]*?)<\/div>/gu)].map((m) =>
    m[1]
      .replace(/<a class="ref[^>]*>\d+<\/a>/gu, '')
      .replace(/<[^>]+>/gu, '')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .replace(/&#39;/gu, "'")
      .replace(/&amp;/gu, '&'),
  );
}

describe('-f html through the CLI', () => {
  let p: ReturnType<typeof project>;
  let page: string;
  let code: number | null;
  beforeAll(async () => {
    requireBuild();
    p = project(POSTS);
    const r = await postlint(['-f', 'html', 'posts'], { cwd: p.dir });
    expect(r.stderr).toBe('');
    page = r.stdout;
    code = r.code;
  });
  afterAll(() => p.cleanup());

  it('is one French page, with the exit code of any run', () => {
    expect(code).toBe(1);
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/u);
    expect(page.trimEnd()).toMatch(/<\/html>$/u);
    expect(page).toContain('<meta charset="utf-8">');
  });

  it('needs no network and no script: no script, no external style sheet, font or image', () => {
    const tags = [...page.matchAll(/<([a-z][\w-]*)([^>]*)>/giu)];
    const names = new Set(tags.map((t) => t[1].toLowerCase()));
    for (const forbidden of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'base', 'form']) expect([forbidden, names.has(forbidden)]).toEqual([forbidden, false]);
    // No attribute loads anything or runs anything.
    for (const [tag, , attributes] of tags) expect([tag, /\s(?:src|srcset|on\w+|style)=/iu.test(attributes)]).toEqual([tag, false]);
    const style = /<style>([\s\S]*?)<\/style>/u.exec(page)![1];
    expect(style).not.toMatch(/@import|url\(|@font-face/iu);
    expect(page).toContain(`Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"`);
    // The only addresses are links to legal references and anchors inside the page.
    for (const [, href] of page.matchAll(/href="([^"]*)"/gu)) expect(href).toMatch(/^(?:#publication-\d+(?:-\d+)?|https:\/\/)/u);
  });

  it('shows each post’s text with its identifiers masked: NIR, phone, e-mail, names', () => {
    expect(leaks(page)).toEqual([]);
    const texts = shownTexts(page);
    const temoignage = texts.find((t) => t.includes('Merci'))!;
    expect(temoignage).toContain('2 •• •• •• ••• ••• 82');
    expect(temoignage).toContain('06 •• •• •• 32');
    expect(temoignage).toMatch(/m•••@gmail\.com/u);
    expect(temoignage).toMatch(/M••• L•••/u);
    // Everything else of the post is there, as written.
    expect(temoignage).toContain('le meilleur cabinet de Rennes.');
  });

  it('shows a post holding markup as text: nothing of it becomes an element', () => {
    expect(page).not.toMatch(/<script|<img|<b>offre/iu);
    expect(page).toContain('&lt;script&gt;alert(&quot;promo&quot;)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;');
    expect(shownTexts(page).find((t) => t.includes('-30 %'))).toBe(POSTS['posts/piege.txt']);
  });

  it('summarises per rule and per post, clean posts included', () => {
    const byRule = /<h2 id="par-regle">[\s\S]*?<\/table>/u.exec(page)![0];
    for (const id of ['no-price-promotion', 'no-testimonial', 'no-patient-identifier']) expect(byRule).toContain(`<code class="rule-id">${id}</code>`);
    const byPost = /<h2 id="par-publication">[\s\S]*?<\/table>/u.exec(page)![0];
    expect(byPost.match(/<tr><td class="file">/gu)).toHaveLength(3);
    expect(byPost).toMatch(/propre\.md<\/td>.*Sans remarque/u);
    expect(byPost).toMatch(/piege\.txt<\/a><\/td>.*À corriger/u);
  });

  it('highlights each problem’s span and notes its message, suggestions and legal references beside it', () => {
    const article = /<article class="post" id="(publication-\d+)">(?:(?!<\/article>)[\s\S])*piege\.txt[\s\S]*?<\/article>/u.exec(page)!;
    expect(article[0]).toMatch(/<mark class="error" data-rule="no-price-promotion" title="1 · no-price-promotion \(erreur\)">-30 %<\/mark><a class="ref ref-error" href="#publication-\d+-1">1<\/a>/u);
    const note = new RegExp(`<li class="problem problem-error" id="${article[1]}-1">[\\s\\S]*?</li>\\n?</ol>|<li class="problem problem-error" id="${article[1]}-1">[\\s\\S]*?</li>\\n<li`, 'u').exec(article[0])![0];
    expect(note).toContain('<code class="rule">no-price-promotion</code>');
    expect(note).toMatch(/<p class="message">« -30 % » : promotion tarifaire interdite/u);
    expect(note).toMatch(/Formulations? proposées?<\/p><ul><li>Remplacer par/u);
    expect(note).toMatch(/<a href="https:\/\/www\.conseil-national\.medecin\.fr\/[^"]+" rel="noreferrer">CSP, art\. R\.4127-19/u);
  });

  it('says so when nothing was found', async () => {
    const r = await postlint(['-f', 'html', 'posts/propre.md'], { cwd: p.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<p class="all-clear">Aucun point à revoir : la publication relue ne présente aucun des risques');
  });
});

describe('highlighting (hand-built results)', () => {
  const ctx = { cwd: '/p', color: false, rulesMeta: { 'no-price-promotion': meta('no-price-promotion') }, version: '9.9.9' };

  it('marks overlapping spans piece by piece, the error colour winning, numbers after each span', () => {
    const source = 'Offre -30 % ce mois';
    const a = message({ sourceRange: [6, 11] });
    const b = message({ ruleId: 'x/y', severity: 1, message: 'large', sourceRange: [0, 15] });
    const page = renderHtml([result('/p/a.md', [a, b], { source })], ctx);
    const text = /<div class="text">(.*?)<\/div>/u.exec(page)![1];
    expect(text).toBe(
      '<mark class="warning" data-rule="x/y" title="2 · x/y (avertissement)">Offre </mark>' +
        '<mark class="error" data-rule="no-price-promotion x/y" title="1 · no-price-promotion (erreur) ; 2 · x/y (avertissement)">-30 %</mark>' +
        '<a class="ref ref-error" href="#publication-1-1">1</a>' +
        '<mark class="warning" data-rule="x/y" title="2 · x/y (avertissement)"> ce </mark>' +
        '<a class="ref ref-warning" href="#publication-1-2">2</a>mois',
    );
  });

  it('lists a problem it cannot place, and a file without text, without inventing a span', () => {
    const page = renderHtml([result('/p/a.md', [message()], { source: 'texte' }), result('/p/b.bin', [message({ ruleId: null, fatal: true, message: 'fichier binaire' })])], ctx);
    expect(/<div class="text">(.*?)<\/div>/u.exec(page)![1]).toBe('texte');
    expect(page).toContain('Texte non disponible pour cette publication.');
    expect(page).toContain('<p class="message">fichier binaire</p>');
  });

  it('links only web references (a plugin’s javascript: address stays text)', () => {
    const bad = meta('a/b', { references: [{ title: 'Charte', url: 'javascript:alert(1)' }] });
    const page = renderHtml([result('/p/a.md', [message({ ruleId: 'a/b' })], { source: 'x' })], { ...ctx, rulesMeta: { 'a/b': bad } });
    expect(page).not.toContain('javascript:');
    expect(page).toContain('<span class="label">Références</span> Charte');
  });
});

describe('the masked source', () => {
  const source = 'Appelez Mme Lefèvre au 06 12 34 56 78 : promo -30 %.';
  const mask = documentMask([{ start: 8, end: 19, raw: 'Mme Lefèvre', masked: 'Mme L•••' }]);
  const at = (from: number, to: number) => ({ ...message(), line: 1, column: from + 1, endLine: 1, endColumn: to + 1 });

  it('is mask(source), each problem placed on its masked text', () => {
    const { text, ranges } = maskSource(source, [at(8, 19), at(23, 37), at(46, 51)], mask);
    expect(text).toBe(mask(source));
    expect(text).toBe('Appelez Mme L••• au 06 •• •• •• 78 : promo -30 %.');
    expect(ranges.map((r) => text.slice(r![0], r![1]))).toEqual(['Mme L•••', '06 •• •• •• 78', '-30 %']);
  });

  it('leaves out a span whose boundary would split an identifier, and shows nothing in clear', () => {
    // A span ending inside the phone number: a marker there would cut it in two numbers too short to be masked.
    const { text, ranges } = maskSource(source, [at(20, 28), at(46, 51)], maskIdentifiers);
    expect(text).toBe(maskIdentifiers(source));
    expect(text).not.toContain('12 34 56');
    expect(ranges[0]).toBeUndefined();
    expect(text.slice(ranges[1]![0], ranges[1]![1])).toBe('-30 %');
  });
});
