/**
 * Screenshot OCR benchmark (issue #13). Generates 账单详情 screens with known truth — WeChat (merchant,
 * transfer, red packet, scan, refund) and Alipay, light and dark, PNG and JPEG at several qualities,
 * at 720/1080/1440-wide phone resolutions, names with rare characters (喆 㛃 堃 犇 赟) — and reads
 * them end to end with `payproof screenshot show FILES --json` in a child process, measured by itself
 * (bench/reportPeakRss.mjs: peak RSS, CPU time, CPU seconds of each thread — the OCR workers are threads).
 * In the same run Debian's native `tesseract` (chi_sim, one thread per process, as many processes as
 * our pool has workers) reads the same files; its TSV words go through the same field reader.
 * Prints per-field accuracy, wrong values outside `uncertain`, seconds per screenshot, CPU use (both
 * cores?), peak RSS, and the time ratio — end to end, and without each side's start-up (one run of
 * each on a blank image) — plus CPU seconds of both, which a busy machine distorts less than wall time.
 * A wrong value whose truth holds a character the model's unicharset lacks (read from the model:
 * modelCharset.ts) is counted apart, as "not in the model": no picture can make the model write it.
 * Targets: every field right on clean renders, zero wrong outside `uncertain`, ≤ 1.3× native time,
 * ≤ 500 MB RSS, a batch of 20 using both cores.
 *   npx tsx bench/ocr.bench.ts [--count 20]
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import type { ScreenshotReading } from '../core/api/schemas/ocr.ts';
import { WorkerPool } from '../core/ocr/engine/workerPool.ts';
import {
  charactersOutsideModel,
  modelCharacters,
  ocrModelCharacters,
} from '../core/ocr/engine/modelCharset.ts';
import { readPaymentScreen } from '../core/ocr/payment/readPaymentScreen.ts';
import {
  PAYMENT_FIELDS,
  type OcrLine,
  type PaymentFieldName,
  type PaymentFields,
} from '../core/ocr/types.ts';
import { renderPaymentScreen, sampleScreens, type ScreenSpec } from '../tests/ocr/paymentScreens.ts';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../bin/payproof.mjs', import.meta.url));
const RSS_PRELOAD = fileURLToPath(new URL('./reportPeakRss.mjs', import.meta.url));

/** What is scored: the fields read and the ones marked uncertain. */
interface Reading {
  fields: PaymentFields;
  uncertain: PaymentFieldName[];
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Input {
  file: string;
  spec: ScreenSpec;
  label: string;
  clean: boolean;
}

const VARIANTS = [
  { width: 1080, format: { type: 'png' as const }, flipTheme: false, clean: true },
  { width: 720, format: { type: 'jpeg' as const, quality: 70 }, flipTheme: true, clean: false },
  { width: 1440, format: { type: 'jpeg' as const, quality: 90 }, flipTheme: false, clean: false },
  { width: 1080, format: { type: 'jpeg' as const, quality: 50 }, flipTheme: true, clean: false },
];

async function makeInputs(dir: string, count: number): Promise<Input[]> {
  const specs = sampleScreens();
  const inputs: Input[] = [];
  for (let i = 0; i < count; i++) {
    const base = specs[i % specs.length]!;
    const v = VARIANTS[Math.floor(i / specs.length) % VARIANTS.length]!;
    const theme = v.flipTheme ? (base.theme === 'light' ? 'dark' : 'light') : base.theme;
    const spec: ScreenSpec = { ...base, theme, width: v.width };
    const ext = v.format.type === 'png' ? 'png' : 'jpg';
    const q = v.format.type === 'jpeg' ? `q${v.format.quality}` : 'png';
    const label = `${spec.kind}-${theme}-${v.width}-${q}`;
    const file = path.join(dir, `${String(i).padStart(2, '0')}-${label}.${ext}`);
    writeFileSync(file, await renderPaymentScreen(spec, v.format));
    inputs.push({ file, spec, label, clean: v.clean });
  }
  return inputs;
}

/** Native tesseract's TSV (level 5 = word) as our OcrLine shape. */
function tsvToLines(tsv: string): OcrLine[] {
  const lines = new Map<string, OcrLine>();
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c[0] !== '5' || !c[11]?.trim()) continue;
    const key = `${c[2]}-${c[3]}-${c[4]}`;
    const [x, y, w, h, conf] = [c[6], c[7], c[8], c[9], c[10]].map(Number) as number[];
    const word = { text: c[11]!, confidence: conf!, bbox: { x0: x!, y0: y!, x1: x! + w!, y1: y! + h! } };
    const line = lines.get(key);
    if (line) {
      line.words.push(word);
      line.text += ` ${word.text}`;
      line.bbox.x1 = Math.max(line.bbox.x1, word.bbox.x1);
      line.bbox.y0 = Math.min(line.bbox.y0, word.bbox.y0);
      line.bbox.y1 = Math.max(line.bbox.y1, word.bbox.y1);
    } else lines.set(key, { text: word.text, confidence: conf!, bbox: { ...word.bbox }, words: [word] });
  }
  return [...lines.values()];
}

async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

interface Score {
  right: number;
  uncertainRight: number;
  uncertainWrong: number;
  /** Wrong, marked uncertain, and the truth holds a character the model cannot output. */
  notInModel: number;
  /** Of those, read right everywhere but at the missing characters. */
  notInModelRestRight: number;
  wrongOutside: number;
  missing: number;
}

/** Same length and equal wherever the truth's character is one the model has. */
function restRight(got: string, want: string, charset: ReadonlySet<string>): boolean {
  const g = [...got];
  const w = [...want];
  return g.length === w.length && w.every((c, i) => !charset.has(c) || g[i] === c);
}

function score(inputs: Input[], readings: Reading[], onlyClean: boolean, charset: ReadonlySet<string>) {
  const perField = Object.fromEntries(
    PAYMENT_FIELDS.map((f) => [
      f,
      {
        right: 0,
        uncertainRight: 0,
        uncertainWrong: 0,
        notInModel: 0,
        notInModelRestRight: 0,
        wrongOutside: 0,
        missing: 0,
      },
    ]),
  ) as Record<string, Score>;
  const wrongOutside: string[] = [];
  inputs.forEach((input, i) => {
    if (onlyClean && !input.clean) return;
    const r = readings[i]!;
    const truth = input.spec.truth as unknown as Record<string, unknown>;
    for (const f of PAYMENT_FIELDS) {
      const want = truth[f];
      if (want === undefined) continue;
      const got = (r.fields as Record<string, unknown>)[f];
      const s = perField[f]!;
      const doubtful = r.uncertain.includes(f);
      // The CLI's JSON writes a field it did not read as null.
      if (got === undefined || got === null) s.missing++;
      else if (got === want) {
        if (doubtful) s.uncertainRight++;
        else s.right++;
      } else if (doubtful && charactersOutsideModel(String(want), charset).length > 0) {
        s.notInModel++;
        if (restRight(String(got), String(want), charset)) s.notInModelRestRight++;
      } else if (doubtful) s.uncertainWrong++;
      else {
        s.wrongOutside++;
        wrongOutside.push(`${input.label} ${f}: ${String(got)} ≠ ${String(want)}`);
      }
    }
  });
  return { perField, wrongOutside };
}

function printScores(title: string, a: ReturnType<typeof score>, b: ReturnType<typeof score>): void {
  console.log(`\n${title}`);
  console.log(
    '| field | tesseract.js right / uncertain(right, wrong) / not in model (rest right) / WRONG / missing | native, same columns |',
  );
  console.log('|---|---|---|');
  const cell = (x: Score, total: number) =>
    `${x.right}/${total} · (${x.uncertainRight}, ${x.uncertainWrong}) · ${x.notInModel} (${x.notInModelRestRight}) · ${x.wrongOutside} · ${x.missing}`;
  for (const f of PAYMENT_FIELDS) {
    const x = a.perField[f]!;
    const total = x.right + x.uncertainRight + x.uncertainWrong + x.notInModel + x.wrongOutside + x.missing;
    if (total === 0) continue;
    console.log(`| ${f} | ${cell(x, total)} | ${cell(b.perField[f]!, total)} |`);
  }
}

interface ChildFigures {
  maxRssKiB: number;
  cpuMs: number;
  threads: { name: string; cpuMs: number }[];
}

/** `payproof screenshot show FILES --json` in a child, measured by itself (peak RSS, CPU per thread). */
async function runCli(
  files: string[],
  dir: string,
): Promise<{ readings: ScreenshotReading[]; seconds: number; figures: ChildFigures }> {
  const figuresFile = path.join(dir, 'cli-figures.json');
  const t0 = performance.now();
  const { stdout } = await run(
    process.execPath,
    ['--import', RSS_PRELOAD, BIN, 'screenshot', 'show', ...files, '--json'],
    {
      env: { ...process.env, PAYPROOF_BENCH_RSS_FILE: figuresFile, PAYPROOF_BENCH_THREADS: '1' },
      maxBuffer: 256 << 20,
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  const figures = JSON.parse(readFileSync(figuresFile, 'utf8')) as ChildFigures;
  return { readings: JSON.parse(stdout) as ScreenshotReading[], seconds, figures };
}

/** CPU seconds of this process's waited-for children (Linux /proc: cutime + cstime, 100 ticks/s). */
function childCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
}

const NATIVE_MODEL = '/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata';

function native(file: string): Promise<{ stdout: string }> {
  return run('tesseract', [file, 'stdout', '-l', 'chi_sim', 'tsv'], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 64 << 20,
  });
}

async function main(): Promise<void> {
  const count = arg('count', 20);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-bench-ocr-'));
  try {
    const inputs = await makeInputs(dir, count);
    console.log(`inputs: ${inputs.length} generated screens in ${dir}`);
    for (const i of inputs) console.log(`  ${path.basename(i.file)}`);
    const width = new WorkerPool().maxWorkers;
    const jsChars = await ocrModelCharacters();
    const nativeChars = modelCharacters(readFileSync(NATIVE_MODEL), NATIVE_MODEL);
    const truthText = inputs.map((i) => Object.values(i.spec.truth).join('')).join('');
    console.log(
      `characters of the truth missing from the model's unicharset — chi_sim 4.0.0 (${jsChars.size} entries): ${charactersOutsideModel(truthText, jsChars).join(' ') || 'none'}; Debian's chi_sim (${nativeChars.size}): ${charactersOutsideModel(truthText, nativeChars).join(' ') || 'none'}`,
    );

    // Start-up of each side alone: one run on a blank image (CLI: node, handlers, model cut, a worker).
    const blank = path.join(dir, 'blank.png');
    writeFileSync(
      blank,
      await sharp({ create: { width: 320, height: 80, channels: 3, background: '#ffffff' } })
        .png()
        .toBuffer(),
    );
    const jsStartup = (await runCli([blank], dir)).seconds;
    const t0 = performance.now();
    await native(blank);
    const nativeStartup = (performance.now() - t0) / 1000;

    // tesseract.js, end to end: the CLI a person runs (worker start-up and model preparation included).
    const js = await runCli(
      inputs.map((i) => i.file),
      dir,
    );
    const jsReadings = js.readings.map((r) => ({ fields: r.fields, uncertain: r.uncertain }));
    const jsSeconds = js.seconds;

    // Native tesseract on the same files: as many processes at a time as our pool has workers, one
    // thread each (OMP_THREAD_LIMIT=1), as a person would run it in a loop with xargs -P.
    const nativeReadings: Reading[] = new Array(inputs.length);
    const cpu0 = childCpuSeconds();
    const t1 = performance.now();
    await inParallel(
      inputs.map((x, i) => [x, i] as const),
      width,
      async ([input, i]) => {
        nativeReadings[i] = readPaymentScreen(tsvToLines((await native(input.file)).stdout));
      },
    );
    const nativeSeconds = (performance.now() - t1) / 1000;
    const nativeCpu = childCpuSeconds() - cpu0;

    const all = [
      score(inputs, jsReadings, false, jsChars),
      score(inputs, nativeReadings, false, nativeChars),
    ] as const;
    const clean = [
      score(inputs, jsReadings, true, jsChars),
      score(inputs, nativeReadings, true, nativeChars),
    ] as const;
    printScores(`clean renders (PNG, 1080 wide): ${inputs.filter((i) => i.clean).length} screens`, ...clean);
    printScores(`all screens: ${inputs.length}`, ...all);
    console.log(`\nwrong values outside uncertain — tesseract.js: ${all[0].wrongOutside.length}`);
    for (const w of all[0].wrongOutside) console.log(`  ${w}`);
    console.log(`wrong values outside uncertain — native (same reader): ${all[1].wrongOutside.length}`);
    const cores = js.figures.cpuMs / 1000 / jsSeconds;
    const n = inputs.length;
    // Without start-up: ours pays it once per run, native once per file (n of them, `width` at a time).
    const jsWork = jsSeconds - jsStartup;
    const nativeWork = nativeSeconds - (nativeStartup * n) / width;
    console.log(
      `\nconcurrency: our pool ${width} worker threads; native ${width} \`tesseract\` processes at a time, OMP_THREAD_LIMIT=1`,
    );
    console.log('| measure | tesseract.js (payproof screenshot show) | native tesseract 5 | ratio |');
    console.log('|---|---|---|---|');
    console.log(
      `| seconds per screenshot, end to end (batch of ${n}, ${width} at a time) | ${(jsSeconds / n).toFixed(2)} | ${(nativeSeconds / n).toFixed(2)} | ${(jsSeconds / nativeSeconds).toFixed(2)}× (target ≤ 1.3×) |`,
    );
    console.log(
      `| seconds per screenshot without start-up | ${(jsWork / n).toFixed(2)} | ${(nativeWork / n).toFixed(2)} | ${(jsWork / nativeWork).toFixed(2)}× |`,
    );
    console.log(
      `| start-up (one run on a blank image) | ${jsStartup.toFixed(2)} s once | ${nativeStartup.toFixed(2)} s per file | |`,
    );
    console.log(`| total seconds | ${jsSeconds.toFixed(1)} | ${nativeSeconds.toFixed(1)} | |`);
    console.log(
      `| CPU seconds (all threads / all processes) | ${(js.figures.cpuMs / 1000).toFixed(1)} | ${nativeCpu.toFixed(1)} | ${(js.figures.cpuMs / 1000 / nativeCpu).toFixed(2)}× |`,
    );
    console.log(
      `| peak RSS of the CLI process | ${(js.figures.maxRssKiB / 1024).toFixed(0)} MB (target ≤ 500) | — | |`,
    );
    console.log(
      `| CPU cores used (CPU time ÷ wall) | ${cores.toFixed(2)} | ${(nativeCpu / nativeSeconds).toFixed(2)} | |`,
    );
    console.log('\nbusiest threads of the CLI process (CPU seconds; the OCR workers are threads):');
    for (const t of js.figures.threads)
      console.log(`  ${t.name.padEnd(16)} ${(t.cpuMs / 1000).toFixed(1)} s`);
    console.log(
      `load average during the run: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on ${os.cpus().length} cores`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
