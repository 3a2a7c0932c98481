// Preloaded (node --import) into a CLI run by bench/billImport.bench.ts: on exit, write this
// process's peak RSS (KiB) to the file the benchmark named, so a child's memory is measured by itself.
import { writeFileSync } from 'node:fs';

const target = process.env.PAYPROOF_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
