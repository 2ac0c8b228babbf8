#!/usr/bin/env node
// Lints the examples of ../shared/DOMAIN.md, section 2 (the team's legal brief): every « Flag » example must be
// reported by its rule, no « Do NOT flag » example by any rule. A quick check beside the labelled sets, on the
// brief's own sentences. With --variants, the same examples also written as real posts are: without accents, in
// capitals, re-wrapped at 25 columns, with straight apostrophes, with narrow no-break spaces before ! ? : ; and with
// one letter dropped from their longest word (8 letters or more).
// Usage: node scripts/domain-examples.mjs [--variants] [DOMAIN.md] (after npm run build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const withVariants = args.includes('--variants');
const domain = args.find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'DOMAIN.md');

const letters = (w) => w.replace(/[^\p{L}]/gu, '');
/** One letter dropped from the middle of the longest word of 8 letters or more (a typo), or null. */
function typo(text) {
  const words = text.split(' ');
  let best = -1;
  words.forEach((w, i) => {
    if (letters(w).length >= 8 && (best < 0 || letters(w).length > letters(words[best]).length)) best = i;
  });
  if (best < 0) return null;
  const k = Math.floor(words[best].length / 2);
  words[best] = words[best].slice(0, k) + words[best].slice(k + 1);
  return words.join(' ');
}
/** Greedy re-wrap at `width` columns, breaking at spaces only. */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) [lines[lines.length], line] = [line, word];
    else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}
const VARIANTS = {
  'tel quel': (t) => t,
  'sans accents': (t) => t.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'),
  capitales: (t) => t.toUpperCase(),
  'recoupé à 25 colonnes': (t) => wrap(t, 25),
  'apostrophes droites': (t) => t.replace(/’/gu, "'"),
  'espaces fines': (t) => t.replace(/ ([!?:;])/gu, '\u202f$1'),
  'une faute de frappe': typo,
};

/** [{ rule, expect: 'flag' | 'clean', text }] from the numbered « … » lines under each rule's two headings. */
function examples(markdown) {
  const found = [];
  let rule;
  let expect;
  for (const line of markdown.split('\n')) {
    const heading = /^###\s+2\.[a-z]\s.*?`([a-z-]+)`/u.exec(line);
    if (heading) [rule, expect] = [heading[1], undefined];
    else if (/^#{1,3}\s/u.test(line)) rule = undefined;
    else if (/^\*\*Flag\b/u.test(line)) expect = 'flag';
    else if (/^\*\*Do NOT flag\b/u.test(line)) expect = 'clean';
    else if (/^\*\*/u.test(line)) expect = undefined;
    const item = /^\d+\.\s+«\s?(.*?)\s?»\s*$/u.exec(line);
    if (item && rule && expect) found.push({ rule, expect, text: item[1] });
  }
  return found;
}

const list = examples(readFileSync(domain, 'utf8'));

/** The rules that report each text (one run of the command line over a folder of one file per text). */
function rulesFor(texts) {
  const dir = mkdtempSync(path.join(tmpdir(), 'postlint-domain-'));
  try {
    texts.forEach((t, i) => writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.txt`), `${t}\n`));
    let out;
    try {
      out = execFileSync(process.execPath, [path.join(root, 'bin', 'postlint.js'), '--format', 'json', '--no-config-lookup', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    } catch (error) {
      if (error.status !== 1) throw error;
      out = error.stdout;
    }
    const byFile = new Map(JSON.parse(out).map((r) => [path.basename(r.filePath), [...new Set(r.messages.map((m) => m.ruleId))]]));
    return texts.map((_, i) => byFile.get(`${String(i).padStart(4, '0')}.txt`) ?? []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const [variant, change] of Object.entries(withVariants ? VARIANTS : { 'tel quel': VARIANTS['tel quel'] })) {
  const cases = list.map((e) => ({ ...e, text: change(e.text) })).filter((e, i) => e.text !== null && (variant === 'tel quel' || e.text !== list[i].text));
  const found = rulesFor(cases.map((e) => e.text));
  const tally = new Map();
  console.log(`\n== ${variant} (${cases.length} exemples)`);
  cases.forEach((e, i) => {
    const rules = found[i];
    const t = tally.get(e.rule) ?? tally.set(e.rule, { flag: 0, caught: 0, clean: 0, alarms: 0 }).get(e.rule);
    const shown = e.text.replace(/\n/gu, '⏎');
    if (e.expect === 'flag') {
      t.flag++;
      if (rules.includes(e.rule)) t.caught++;
      else console.log(`oubli         ${e.rule}  « ${shown} »${rules.length ? `  (signalé par ${rules.join(', ')})` : ''}`);
    } else {
      t.clean++;
      if (rules.length) {
        t.alarms++;
        console.log(`fausse alerte ${rules.join(', ')}  « ${shown} »  (contre-exemple de ${e.rule})`);
      }
    }
  });
  console.log('règle                      à signaler  signalés  contre-exemples  signalés à tort');
  for (const [rule, t] of tally) console.log(`${rule.padEnd(26)} ${String(t.flag).padStart(10)} ${String(t.caught).padStart(9)} ${String(t.clean).padStart(16)} ${String(t.alarms).padStart(16)}`);
}
