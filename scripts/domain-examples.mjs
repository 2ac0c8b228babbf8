#!/usr/bin/env node
// Lints the examples of ../shared/DOMAIN.md, section 2 (the team's legal brief): every « Flag » example must be
// reported by its rule, no « Do NOT flag » example by any rule. A quick check beside the labelled sets, on the
// brief's own sentences. Usage: node scripts/domain-examples.mjs [DOMAIN.md] (after npm run build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const domain = process.argv[2] ?? path.join(root, '..', 'shared', 'DOMAIN.md');

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
const dir = mkdtempSync(path.join(tmpdir(), 'postlint-domain-'));
try {
  list.forEach((e, i) => writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), `${e.text}\n`));
  let out;
  try {
    out = execFileSync(process.execPath, [path.join(root, 'bin', 'postlint.js'), '--format', 'json', '--no-config-lookup', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (error) {
    if (error.status !== 1) throw error;
    out = error.stdout;
  }
  const byFile = new Map(JSON.parse(out).map((r) => [path.basename(r.filePath), [...new Set(r.messages.map((m) => m.ruleId))]]));
  const tally = new Map();
  list.forEach((e, i) => {
    const rules = byFile.get(`${String(i).padStart(3, '0')}.txt`) ?? [];
    const t = tally.get(e.rule) ?? tally.set(e.rule, { flag: 0, caught: 0, clean: 0, alarms: 0 }).get(e.rule);
    if (e.expect === 'flag') {
      t.flag++;
      if (rules.includes(e.rule)) t.caught++;
      else console.log(`oubli        ${e.rule}  « ${e.text} »${rules.length ? `  (signalé par ${rules.join(', ')})` : ''}`);
    } else {
      t.clean++;
      if (rules.length) {
        t.alarms++;
        console.log(`fausse alerte ${rules.join(', ')}  « ${e.text} »  (contre-exemple de ${e.rule})`);
      }
    }
  });
  console.log('\nrègle                      à signaler  signalés  contre-exemples  signalés à tort');
  for (const [rule, t] of tally) console.log(`${rule.padEnd(26)} ${String(t.flag).padStart(10)} ${String(t.caught).padStart(9)} ${String(t.clean).padStart(16)} ${String(t.alarms).padStart(16)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
