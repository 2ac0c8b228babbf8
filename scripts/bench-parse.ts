// Parsing throughput of src/document on generated posts: `npx tsx scripts/bench-parse.ts [sizes in MB…] [--whole]`.
// Default sizes 1 and 5 MB. `--whole` also times remark on the unchunked source (slow: ARCHITECTURE.md
// measured 7 s for 1 MB and 100 s for 5 MB).
import { parseDocument } from '../src/document/index.js';
import { lineIndex } from '../src/document/lines.js';
import { parseMarkdown } from '../src/document/markdown.js';

/** One social-media post in Markdown, varied so that remark meets its usual constructs. */
function post(k: number): string {
  return [
    `## Information n° ${k}`,
    '',
    `Le cabinet du Dr Martin sera **fermé** du 1er au 15 août ; en cas d’urgence, appelez le 15. Consultation\u00a0: 30\u202f€, secteur 1, *tiers payant* accepté. Plus d’informations sur [ameli.fr](https://www.ameli.fr/assure) ou https://www.sante.fr/${k}.`,
    '',
    `- Vaccination contre la grippe à partir du 15 octobre`,
    `- Prise de rendez-vous en ligne ou au secrétariat`,
    '',
    `> Pensez à apporter votre carte Vitale &amp; votre ordonnance. #prévention 💉`,
    '',
    k % 4 === 0 ? '```\nexemple de code\n\navec une ligne vide\n```\n' : `![Photo de la salle d’attente ${k}](images/salle-${k}.jpg)\n`,
  ].join('\n');
}

function generate(bytes: number): string {
  const parts = ['---\nprofession: medecin\nplatform: facebook\n---\n'];
  let length = parts[0].length;
  for (let k = 0; length < bytes; k++) {
    const text = post(k) + '\n';
    parts.push(text);
    length += text.length;
  }
  return parts.join('');
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, (performance.now() - start) / 1000];
}

const args = process.argv.slice(2);
const whole = args.includes('--whole');
const sizes = args.filter((arg) => !arg.startsWith('--')).map(Number);

for (const megabytes of sizes.length > 0 ? sizes : [1, 5]) {
  const source = generate(megabytes * 1_000_000);
  const mb = source.length / 1_000_000;
  const [markdown, markdownSeconds] = time(() => parseDocument(source, 'bench.md'));
  const [, textSeconds] = time(() => parseDocument(source, 'bench.txt'));
  console.log(
    `${mb.toFixed(2)} MB  markdown ${markdownSeconds.toFixed(2)} s (${(mb / markdownSeconds).toFixed(2)} MB/s, ` +
      `${markdown.segments.length} segments)  text ${textSeconds.toFixed(2)} s (${(mb / textSeconds).toFixed(2)} MB/s)`,
  );
  if (whole) {
    const [, wholeSeconds] = time(() => parseMarkdown(source, lineIndex(source), Infinity));
    console.log(`${mb.toFixed(2)} MB  markdown unchunked ${wholeSeconds.toFixed(2)} s (${(mb / wholeSeconds).toFixed(2)} MB/s)`);
  }
}
