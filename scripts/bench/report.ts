// The benchmark's table (issue #9's layout: case | postlint | reference | ratio | target | met?), in French as the
// README that quotes it, with the machine facts above it and the slow hostile files below it.

export interface Row {
  case: string;
  postlint?: { seconds: number; cpuSeconds?: number; rssMB?: number | null; timedOut?: boolean };
  reference?: { label: string; seconds: number; cpuSeconds?: number };
  ratio?: number;
  /** What the ratio is relative to ("node", "le plancher"…). */
  ratioUnit?: string;
  /** Text instead of figures (hostile set, a case not measurable). */
  note?: string;
  target: string;
  met: boolean;
  /** First stderr line when the CLI failed on this case. */
  failed?: string;
}

interface Results {
  date: string;
  commit: string;
  machine: { cpus: number; node: string; loadavgBefore: number[]; loadavgAfter: number[] };
  options: { runs: number; postRuns: number };
  durationSeconds: number;
  rows: Row[];
  raw: Record<string, unknown>;
}

/** French number: decimal comma. */
const fr = (n: number, digits: number): string => n.toFixed(digits).replace('.', ',');
const seconds = (t: number): string => (t < 10 ? `${fr(t, 2)} s` : `${fr(t, 1)} s`);
const megabytes = (mb: number): string => (mb >= 1024 ? `${fr(mb / 1024, 2)} Go` : `${fr(mb, 0)} Mo`);

function cells(row: Row): string[] {
  const p = row.postlint;
  const postlint = row.note ?? (p ? `${p.timedOut ? '> ' : ''}${seconds(p.seconds)}${p.cpuSeconds ? ` (CPU ${seconds(p.cpuSeconds)})` : ''}${p.rssMB ? `, ${megabytes(p.rssMB)}` : ''}${row.failed ? ` (erreur : ${row.failed})` : ''}` : '');
  const reference = row.reference ? `${row.reference.label} ${seconds(row.reference.seconds)}${row.reference.cpuSeconds ? ` (CPU ${seconds(row.reference.cpuSeconds)})` : ''}` : '';
  const ratio = row.ratio !== undefined ? `${fr(row.ratio, 2)}x ${row.ratioUnit ?? ''}`.trim() : '';
  return [row.case, postlint, reference, ratio, row.target, row.met && !row.failed ? 'oui' : 'non'];
}

export function renderMarkdown(results: Results): string {
  const load = (l: number[]): string => l.map((x) => fr(x, 1)).join(' / ');
  const lines = [
    `Mesuré le ${results.date.slice(0, 10)} (commit ${results.commit}) par \`npm run bench\` : ${results.machine.cpus} cœurs, Node ${results.machine.node}, charge moyenne ${load(results.machine.loadavgBefore)} au début et ${load(results.machine.loadavgAfter)} à la fin (machine partagée : chiffres bruités) ; processus entiers, temps écoulé (entre parenthèses : temps CPU du processus, moins sensible à la charge), médianes de ${results.options.runs} série(s) alternée(s) (${results.options.postRuns} pour un post) ; ${Math.round(results.durationSeconds / 60)} min en tout.`,
    '',
    '| cas | postlint | référence | rapport | objectif | atteint ? |',
    '| --- | --- | --- | --- | --- | --- |',
    ...results.rows.map((row) => `| ${cells(row).join(' | ')} |`),
  ];
  const hostile = results.raw.hostile as { file: string; shape: string; seconds: number; timedOut: boolean; error?: string }[] | undefined;
  const slow = (hostile ?? []).filter((h) => h.seconds >= 2 || h.error).sort((a, b) => b.seconds - a.seconds);
  if (slow.length > 0) {
    lines.push('', 'Entrées hostiles à 2 s ou plus :', '');
    for (const h of slow) lines.push(`- \`${h.file}\` (${h.shape}) : ${h.timedOut ? `> ${fr(h.seconds, 0)} s (arrêté)` : seconds(h.seconds)}${h.error ? ` — erreur : ${h.error}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
