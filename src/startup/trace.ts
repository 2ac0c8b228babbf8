// POSTLINT_STARTUP_TRACE=1: one stderr line per start-up decision (bundle or modules, resident process, capped
// thread). Node built-ins only: the resident-process client loads it before anything else.
export function startupTrace(env: Record<string, string | undefined>, line: string): void {
  if (env.POSTLINT_STARTUP_TRACE === '1') process.stderr.write(`postlint (démarrage) : ${line}\n`);
}
