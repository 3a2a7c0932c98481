// Preloaded (node --import) into a CLI run by a benchmark (bench/billImport.bench.ts, bench/ocr.bench.ts):
// on exit, write this process's peak RSS (KiB) and CPU time (ms) to the file the benchmark named, so a
// child's memory and CPU are measured by itself. With PAYPROOF_BENCH_THREADS=1 (Linux) it also samples
// the CPU time of each of its threads every 200 ms, so a benchmark can show that work ran on several
// cores (OCR workers are threads; a thread that ended keeps its last sample).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const target = process.env.PAYPROOF_BENCH_RSS_FILE;
const threads = new Map();

function sampleThreads() {
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the parenthesised name: state is field 3, utime 14, stime 15 (clock ticks, 100/s).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      threads.set(tid, { name, cpuMs: (Number(f[11]) + Number(f[12])) * 10 });
    }
  } catch {
    // Not Linux: no per-thread figures.
  }
}

if (target) {
  if (process.env.PAYPROOF_BENCH_THREADS === '1') setInterval(sampleThreads, 200).unref();
  process.on('exit', () => {
    const u = process.resourceUsage();
    const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
    const busiest = [...threads.values()].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 6);
    writeFileSync(target, JSON.stringify({ maxRssKiB: u.maxRSS, cpuMs, threads: busiest }));
  });
}
