/**
 * The property runs behind truncations.test.ts, executed inside the bounded child
 * (parserChild.ts): truncations of the real samples at every tag and quote boundary, and
 * fast-check inputs (random bytes, and "token soup" built from the pieces the parsers look for).
 * Each case must return (never throw, never report an unexpected internal error) and its CPU
 * time is recorded against its size, so the parent can bound work per byte.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseBill } from '../../../core/importers/parseBill.ts';
import { listZip, readZipFile } from '../../../core/importers/zipFiles.ts';
import { sheetRows } from '../../../core/importers/xlsxSheetRows.ts';
import { parseSharedStrings, runsText, startTags } from '../../../core/importers/xlsxXml.ts';
import { rawZip, xlsxParts } from './rawZip.ts';
import { WECHAT_HEADER, wechatPreamble } from './wechatFixtures.ts';

export interface CaseStats {
  cases: number;
  /** The case with the most CPU time per byte (plus a fixed allowance), for the parent's bound. */
  worst: { label: string; bytes: number; cpuMs: number } | null;
  failures: string[];
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function newStats(): CaseStats {
  return { cases: 0, worst: null, failures: [] };
}

/** Runs one case, timing it; an exception or an "unexpected problem" message is a failure. */
async function record(stats: CaseStats, label: string, bytes: number, run: () => unknown): Promise<void> {
  const t0 = cpuMs();
  try {
    const out = await run();
    if (out && typeof out === 'object' && 'errors' in out) {
      const errors = (out as { errors: { message: { en: string } }[] }).errors;
      const bad = errors.find((e) => e.message.en.includes('unexpected problem'));
      if (bad) stats.failures.push(`${label}: ${bad.message.en}`);
    }
  } catch (err) {
    stats.failures.push(`${label}: threw ${err instanceof Error ? err.message : String(err)}`);
  }
  const ms = cpuMs() - t0;
  stats.cases++;
  const score = (c: { bytes: number; cpuMs: number }) => c.cpuMs / (c.bytes + 10_000);
  if (!stats.worst || score({ bytes, cpuMs: ms }) > score(stats.worst))
    stats.worst = { label, bytes, cpuMs: ms };
}

const drain = (xml: string, shared: readonly string[]) => {
  let n = 0;
  for (const row of sheetRows(xml, shared)) n += row.cells.length;
  return n;
};

/** Offsets just before and after each byte in `marks`. */
function boundaries(text: Uint8Array | string, marks: string): number[] {
  const out = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = typeof text === 'string' ? text[i] : String.fromCharCode(text[i] ?? 0);
    if (c !== undefined && marks.includes(c)) {
      out.add(i);
      out.add(i + 1);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** A CSV cut at every quote, comma, TAB and line break; parseBill on each. */
export async function truncateCsv(file: string): Promise<CaseStats> {
  const stats = newStats();
  const bytes = readFileSync(file);
  for (const at of boundaries(bytes, '",\t\r\n')) {
    const cut = bytes.subarray(0, at);
    await record(stats, `${file}@${at}`, cut.length, () => parseBill({ bytes: cut, fileName: 'cut.csv' }));
  }
  return stats;
}

/**
 * An XLSX with each XML part cut at every '<', '>' and '"': the part's own parser on each cut,
 * and every `fullEvery`-th cut re-zipped through parseBill (the whole path, zip included).
 */
export async function truncateXlsx(file: string, fullEvery: number): Promise<CaseStats> {
  const stats = newStats();
  const files = await listZip(readFileSync(file));
  const parts = new Map<string, string>();
  for (const f of files) parts.set(f.name, Buffer.from(await readZipFile(f)).toString('utf8'));
  const shared = parseSharedStrings(parts.get('xl/sharedStrings.xml') ?? '');
  let n = 0;
  // The parts the importer reads (themes, tables, docProps and custom XML are never opened).
  const read = (name: string) =>
    name.startsWith('xl/worksheets/sheet') ||
    name === 'xl/sharedStrings.xml' ||
    name === 'xl/workbook.xml' ||
    name.endsWith('.rels');
  for (const [name, xml] of parts) {
    if (!read(name)) continue;
    for (const at of boundaries(xml, '<>"')) {
      const cut = xml.slice(0, at);
      const label = `${file}:${name}@${at}`;
      if (name.includes('worksheets/')) await record(stats, label, cut.length, () => drain(cut, shared));
      else if (name.endsWith('sharedStrings.xml'))
        await record(stats, label, cut.length, () => parseSharedStrings(cut));
      else
        await record(stats, label, cut.length, () =>
          startTags(cut, 'sheet').concat(startTags(cut, 'Relationship')),
        );
      if (++n % fullEvery === 0) {
        const zip = rawZip([...parts].map(([p, text]) => ({ name: p, data: p === name ? cut : text })));
        await record(stats, `${label} (whole file)`, zip.length, () =>
          parseBill({ bytes: zip, fileName: 'cut.xlsx' }),
        );
      }
    }
  }
  return stats;
}

const XML_TOKENS = [
  '<c',
  '<x:c',
  ' r="A1"',
  ' r="B1"',
  ' r="XFD9"',
  ' r="',
  ' t="s"',
  ' t="inlineStr"',
  ' t="n"',
  '>',
  '/>',
  '<v>',
  '</v>',
  '1',
  '0',
  '93.4',
  '</c>',
  '<row',
  ' r="5"',
  '</row>',
  '<si>',
  '</si>',
  '<t>',
  '<t xml:space="preserve">',
  '</t>',
  '<rPh>',
  '</rPh>',
  '<is>',
  '</is>',
  '"',
  "'",
  '&#',
  '&#x',
  ';',
  '&amp;',
  '_x0009_',
  '_x',
  '<sheetData>',
  '<x:sheetData>',
  '<sst>',
  'x:',
  ' ',
  '\n',
  '交易时间',
  '微信',
];
const CSV_TOKENS = [
  '"',
  '""',
  ',',
  '\t',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '/',
  '已退款',
  '(',
  '￥',
  '服务费',
  '¥1.00',
  '¥0.10',
  '1,234.56',
  '2024-05-01 10:00:00',
  '4200000000000000000001',
  '商户消费',
  '支出',
  '收入',
  '\ufffd',
  '\u0000',
];

const soup = (tokens: string[], max: number) =>
  fc.array(fc.constantFrom(...tokens), { maxLength: max }).map((t) => t.join(''));

const wechatHead = `${wechatPreamble(1)
  .map((l) => `${l},,,,,,,,`)
  .join('\n')}\n${WECHAT_HEADER.join(',')}\n`;

/** fast-check properties, fixed seed (deterministic in CI), `runs` each. */
export async function fuzz(runs: number, seed: number): Promise<CaseStats> {
  const stats = newStats();
  const opts = { numRuns: runs, seed };
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (b) => {
      await record(stats, 'random bytes', b.length, () => parseBill({ bytes: b, fileName: 'r.bin' }));
      // Random bytes behind a zip signature reach the zip reader, not the text sniffing.
      const z = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), b]);
      await record(stats, 'random zip', z.length, () => parseBill({ bytes: z, fileName: 'r.zip' }));
    }),
    opts,
  );
  await fc.assert(
    fc.asyncProperty(soup(XML_TOKENS, 600), soup(XML_TOKENS, 300), async (sheet, shared) => {
      const strings = parseSharedStrings(shared);
      await record(stats, 'xml soup', sheet.length, () => drain(sheet, strings));
      await record(stats, 'xml soup runs', sheet.length, () => runsText(sheet));
      await record(stats, 'xml soup tags', sheet.length, () => startTags(sheet, 'c'));
      const zip = rawZip(xlsxParts(`<worksheet><sheetData>${sheet}`, `<sst>${shared}`));
      await record(stats, 'xml soup (whole file)', zip.length, () =>
        parseBill({ bytes: zip, fileName: 's.xlsx' }),
      );
    }),
    opts,
  );
  await fc.assert(
    fc.asyncProperty(soup(CSV_TOKENS, 800), async (body) => {
      const b = Buffer.from(wechatHead + body, 'utf8');
      await record(stats, `csv soup ${JSON.stringify(body).slice(0, 200)}`, b.length, () =>
        parseBill({ bytes: b, fileName: 's.csv' }),
      );
    }),
    opts,
  );
  return stats;
}
