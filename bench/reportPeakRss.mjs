// Preloaded (node --import) into a CLI run by bench/billImport.bench.ts: on exit, write this
// process's peak RSS (KiB) and CPU time (ms) to the file the benchmark named, so a child's memory
// and CPU are measured by itself.
import { writeFileSync } from 'node:fs';

const target = process.env.PAYPROOF_BENCH_RSS_FILE;
if (target)
  process.on('exit', () => {
    const u = process.resourceUsage();
    const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
    writeFileSync(target, JSON.stringify({ maxRssKiB: u.maxRSS, cpuMs }));
  });
