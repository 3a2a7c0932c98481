/**
 * Screenshot OCR benchmark (issue #13). Generates 账单详情 screens with known truth — WeChat (merchant,
 * transfer, red packet, scan, refund) and Alipay, light and dark, PNG and JPEG at several qualities,
 * at 720/1080/1440-wide phone resolutions, names with rare characters (喆 㛃 堃 犇 赟) — and reads
 * them end to end the way `payproof screenshot show` does (prepare → tesseract.js pool → field reader).
 * In the same run Debian's native `tesseract` (chi_sim, one thread per process, as many processes as
 * our pool has workers) reads the same files; its TSV words go through the same field reader.
 * Prints per-field accuracy, wrong values outside `uncertain`, seconds per screenshot, CPU use (both
 * cores?), peak RSS, and the time ratio.
 * Targets: every field right on clean renders, zero wrong outside `uncertain`, ≤ 1.3× native time,
 * ≤ 500 MB RSS, a batch of 20 using both cores.
 *   npx tsx bench/ocr.bench.ts [--count 20]
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { closeOcrPool, ocrPool, recognizeImage } from '../core/ocr/engine/recognizeImage.ts';
import { readPaymentScreen } from '../core/ocr/payment/readPaymentScreen.ts';
import { PAYMENT_FIELDS, type OcrLine, type PaymentScreenReading } from '../core/ocr/types.ts';
import { renderPaymentScreen, sampleScreens, type ScreenSpec } from '../tests/ocr/paymentScreens.ts';

const run = promisify(execFile);

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
  wrongOutside: number;
  missing: number;
}

function score(inputs: Input[], readings: PaymentScreenReading[], onlyClean: boolean) {
  const perField = Object.fromEntries(
    PAYMENT_FIELDS.map((f) => [
      f,
      { right: 0, uncertainRight: 0, uncertainWrong: 0, wrongOutside: 0, missing: 0 },
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
      if (got === undefined) s.missing++;
      else if (got === want) {
        if (doubtful) s.uncertainRight++;
        else s.right++;
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
    '| field | tesseract.js right / uncertain(right, wrong) / WRONG / missing | native right / uncertain / WRONG / missing |',
  );
  console.log('|---|---|---|');
  for (const f of PAYMENT_FIELDS) {
    const x = a.perField[f]!;
    const y = b.perField[f]!;
    const total = x.right + x.uncertainRight + x.uncertainWrong + x.wrongOutside + x.missing;
    if (total === 0) continue;
    console.log(
      `| ${f} | ${x.right}/${total} · (${x.uncertainRight}, ${x.uncertainWrong}) · ${x.wrongOutside} · ${x.missing} | ${y.right}/${total} · (${y.uncertainRight}, ${y.uncertainWrong}) · ${y.wrongOutside} · ${y.missing} |`,
    );
  }
}

async function main(): Promise<void> {
  const count = arg('count', 20);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-bench-ocr-'));
  try {
    const inputs = await makeInputs(dir, count);
    console.log(`inputs: ${inputs.length} generated screens in ${dir}`);
    for (const i of inputs) console.log(`  ${path.basename(i.file)}`);
    const width = ocrPool().maxWorkers;

    // tesseract.js, end to end (worker start-up included, as a CLI run pays it).
    const jsReadings: PaymentScreenReading[] = new Array(inputs.length);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let maxWorkers = 0;
    await inParallel(
      inputs.map((x, i) => [x, i] as const),
      width,
      async ([input, i]) => {
        const reading = await recognizeImage(input.file, path.basename(input.file));
        maxWorkers = Math.max(maxWorkers, ocrPool().size);
        jsReadings[i] = readPaymentScreen(reading.lines);
      },
    );
    const jsSeconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuCores = (cpu.user + cpu.system) / 1e6 / jsSeconds;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    await closeOcrPool();

    // Native tesseract on the same files, same concurrency, one thread each.
    const nativeReadings: PaymentScreenReading[] = new Array(inputs.length);
    const t1 = performance.now();
    await inParallel(
      inputs.map((x, i) => [x, i] as const),
      width,
      async ([input, i]) => {
        const { stdout } = await run('tesseract', [input.file, 'stdout', '-l', 'chi_sim', 'tsv'], {
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
          maxBuffer: 64 << 20,
        });
        nativeReadings[i] = readPaymentScreen(tsvToLines(stdout));
      },
    );
    const nativeSeconds = (performance.now() - t1) / 1000;

    const all = [score(inputs, jsReadings, false), score(inputs, nativeReadings, false)] as const;
    const clean = [score(inputs, jsReadings, true), score(inputs, nativeReadings, true)] as const;
    printScores(`clean renders (PNG, 1080 wide): ${inputs.filter((i) => i.clean).length} screens`, ...clean);
    printScores(`all screens: ${inputs.length}`, ...all);
    console.log(`\nwrong values outside uncertain — tesseract.js: ${all[0].wrongOutside.length}`);
    for (const w of all[0].wrongOutside) console.log(`  ${w}`);
    console.log(`wrong values outside uncertain — native (same reader): ${all[1].wrongOutside.length}`);
    console.log('\n| measure | tesseract.js (PayProof) | native tesseract 5 | ratio |');
    console.log('|---|---|---|---|');
    console.log(
      `| seconds per screenshot (batch of ${inputs.length}, ${width} at a time) | ${(jsSeconds / inputs.length).toFixed(2)} | ${(nativeSeconds / inputs.length).toFixed(2)} | ${(jsSeconds / nativeSeconds).toFixed(2)}× (target ≤ 1.3×) |`,
    );
    console.log(`| total seconds | ${jsSeconds.toFixed(1)} | ${nativeSeconds.toFixed(1)} | |`);
    console.log(`| peak RSS of this process | ${rssMb.toFixed(0)} MB (target ≤ 500) | — | |`);
    console.log(
      `| workers alive at once / CPU cores used (cpu time ÷ wall) | ${maxWorkers} / ${cpuCores.toFixed(2)} | ${width} processes | |`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
