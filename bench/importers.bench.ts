/**
 * Bill import benchmark: `npx tsx bench/importers.bench.ts`
 *
 * Generates a 100,000-row WeChat CSV (UTF-8 BOM, CRLF, 2019 quoting) and the same rows as an XLSX
 * (layout B: numeric amounts, date-serial times) into bench/out/, then measures in the same run:
 *   baseline      csv-parse (sync) of the CSV + a bare better-sqlite3 prepared INSERT of the raw
 *                 fields, one transaction
 *   csv-stream    our reader (decode + readTextBill, rows delivered one by one) + the same INSERT
 *                 of the parsed rows, one transaction
 *   csv-collect   parseBill() (all rows in memory, refund links, summary), then the same INSERT
 *   xlsx          parseBill() of the XLSX, then the same INSERT
 *   xlsx-exceljs  reference only: ExcelJS reading the same XLSX + INSERT of its cell values
 *   parse-only:*  the two CSV parsers without any INSERT, to show where the time goes
 * The INSERT goes into a throw-away SQLite table in the OS temp dir with the columns a payment
 * has: this isolates the parsers. The command a person runs (`bill import` into a real vault,
 * through the handler and the CLI) is timed by bench/billImport.bench.ts, which `npm run
 * bench:importers` runs first. Each phase runs in its own child
 * process (so its peak RSS is its own), 3 times; the median is reported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { parse as csvParse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { decodeBillText } from '../core/importers/decodeText.ts';
import { parseBill } from '../core/importers/parseBill.ts';
import { readTextBill } from '../core/importers/textBill.ts';
import type { BillRow } from '../core/importers/types.ts';
import { sampleRows } from '../tests/importers/helpers/sampleRows.ts';
import { wechatCsv, wechatXlsx } from '../tests/importers/helpers/wechatFixtures.ts';

const ROWS = 100_000;
const REPEAT = 3;
const OUT = fileURLToPath(new URL('./out/', import.meta.url));
const CSV_FILE = path.join(OUT, `wechat-${ROWS}.csv`);
const XLSX_FILE = path.join(OUT, `wechat-${ROWS}.xlsx`);
const PHASES = [
  'baseline',
  'csv-stream',
  'csv-collect',
  'xlsx',
  'xlsx-exceljs',
  'parse-only:csv-parse',
  'parse-only:ours',
] as const;
type Phase = (typeof PHASES)[number];

const COLUMNS = [
  'row',
  'txid',
  'merchant_order_id',
  'time',
  'amount_fen',
  'direction',
  'type',
  'counterparty',
  'item',
  'method',
  'status',
  'note',
];

function openDb(): { db: Database.Database; insert: Database.Statement; close: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'payproof-bench-'));
  const db = new Database(path.join(dir, 'bench.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE payments (${COLUMNS.map((c) => `${c}`).join(', ')})`);
  const insert = db.prepare(`INSERT INTO payments VALUES (${COLUMNS.map(() => '?').join(', ')})`);
  return { db, insert, close: () => (db.close(), rmSync(dir, { recursive: true, force: true })) };
}

const rowValues = (r: BillRow): unknown[] => [
  r.row,
  r.txid,
  r.merchantOrderId,
  r.time,
  r.amountFen,
  r.direction,
  r.type,
  r.counterparty,
  r.item,
  r.method,
  r.status,
  r.note,
];

/** One measured run of a phase; returns [rows inserted, ms]. */
async function runOnce(phase: Phase): Promise<[number, number]> {
  const { db, insert, close } = openDb();
  const t0 = performance.now();
  let n = 0;
  if (phase === 'baseline') {
    const records: string[][] = csvParse(readFileSync(CSV_FILE), {
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
    });
    const header = records.findIndex((r) => r[0] === '交易时间');
    db.transaction(() => {
      for (let i = header + 1; i < records.length; i++) {
        insert.run(i + 1, ...(records[i] as string[]).slice(0, 11));
        n++;
      }
    })();
  } else if (phase === 'csv-stream') {
    const decoded = decodeBillText(readFileSync(CSV_FILE));
    db.transaction(() => {
      readTextBill(decoded.text, 'bench.csv', decoded.encoding, {
        row: (r) => {
          insert.run(...rowValues(r));
          n++;
        },
        error: () => {},
      });
    })();
  } else if (phase === 'csv-collect' || phase === 'xlsx') {
    const file = phase === 'xlsx' ? XLSX_FILE : CSV_FILE;
    const result = await parseBill({ bytes: readFileSync(file), fileName: path.basename(file) });
    db.transaction(() => {
      for (const r of result.rows) {
        insert.run(...rowValues(r));
        n++;
      }
    })();
  } else if (phase === 'parse-only:csv-parse') {
    const records: string[][] = csvParse(readFileSync(CSV_FILE), {
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
    });
    n = records.length - records.findIndex((r) => r[0] === '交易时间') - 1;
  } else if (phase === 'parse-only:ours') {
    const decoded = decodeBillText(readFileSync(CSV_FILE));
    readTextBill(decoded.text, 'bench.csv', decoded.encoding, { row: () => n++, error: () => {} });
  } else {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(XLSX_FILE) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    db.transaction(() => {
      ws?.eachRow((row, i) => {
        if (i < 19) return;
        const v = (row.values as unknown[])
          .slice(1, 12)
          .map((c) => (c instanceof Date ? c.toISOString() : String(c ?? '')));
        insert.run(i, ...v);
        n++;
      });
    })();
  }
  const ms = performance.now() - t0;
  const count = (db.prepare('SELECT count(*) AS c FROM payments').get() as { c: number }).c;
  close();
  if (!phase.startsWith('parse-only') && count !== n)
    throw new Error(`${phase}: inserted ${count}, counted ${n}`);
  return [n, ms];
}

async function child(phase: Phase): Promise<void> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < REPEAT; i++) {
    const [n, ms] = await runOnce(phase);
    rows = n;
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  const result = {
    phase,
    rows,
    medianMs: times[Math.floor(times.length / 2)],
    allMs: times.map(Math.round),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function generate(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (existsSync(CSV_FILE) && existsSync(XLSX_FILE)) return;
  const rows = sampleRows(ROWS, 2026);
  writeFileSync(CSV_FILE, wechatCsv(rows, { bom: true, eol: '\r\n' }));
  writeFileSync(XLSX_FILE, await wechatXlsx(rows, { layout: 'B', timeAs: 'serial', amountNoise: true }));
}

async function main(): Promise<void> {
  const phaseArg = process.argv.indexOf('--phase');
  if (phaseArg > 0) return child(process.argv[phaseArg + 1] as Phase);

  await generate();
  const self = fileURLToPath(import.meta.url);
  console.log(
    `PayProof bill import benchmark — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `inputs: ${CSV_FILE} (${(statSync(CSV_FILE).size / 1e6).toFixed(1)} MB), ${XLSX_FILE} (${(statSync(XLSX_FILE).size / 1e6).toFixed(1)} MB), ${ROWS} rows each`,
  );
  const results = new Map<Phase, { rows: number; medianMs: number; allMs: number[]; peakRssMB: number }>();
  for (const phase of PHASES) {
    const out = spawnSync(process.execPath, [...process.execArgv, self, '--phase', phase], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const line = out.stdout.trim().split('\n').at(-1) ?? '';
    if (out.status !== 0 || !line.startsWith('{')) {
      console.log(`${phase}: failed\n${out.stderr}`);
      continue;
    }
    results.set(phase, JSON.parse(line));
  }
  const base = results.get('baseline');
  console.log('\nphase                  rows     median ms   rows/s     ×baseline  peak RSS  (runs ms)');
  for (const [phase, r] of results) {
    const ratio = base ? (r.medianMs / base.medianMs).toFixed(2) : '-';
    console.log(
      `${phase.padEnd(21)} ${String(r.rows).padStart(7)} ${r.medianMs.toFixed(0).padStart(11)} ${Math.round(
        (r.rows / r.medianMs) * 1000,
      )
        .toLocaleString('en')
        .padStart(10)} ${ratio.padStart(10)} ${`${r.peakRssMB} MB`.padStart(9)}  (${r.allMs.join(', ')})`,
    );
  }
  const stream = results.get('csv-stream');
  if (stream && base) {
    const rate = (stream.rows / stream.medianMs) * 1000;
    const ratio = stream.medianMs / base.medianMs;
    console.log(
      `\nCSV targets: ≥100,000 rows/s → ${Math.round(rate).toLocaleString('en')} (${rate >= 100_000 ? 'met' : 'NOT met'}); ≤1.5× baseline → ${ratio.toFixed(2)}× (${ratio <= 1.5 ? 'met' : 'NOT met'})`,
    );
  }
}

await main();
