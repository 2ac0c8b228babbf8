// Loaded with `node --import` by the benchmark when /usr/bin/time is missing: writes the process's peak RSS and
// CPU time at exit, in /usr/bin/time's "-f '%M %U %S'" shape, to the file named by POSTLINT_BENCH_RUSAGE.
import { writeFileSync } from 'node:fs';

const file = process.env.POSTLINT_BENCH_RUSAGE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}\n`);
  });
}
