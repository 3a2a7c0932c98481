/**
 * WeChat Pay XLSX bills. Layout A (July 2025 – March 2026): every cell a shared string, header on
 * row 17. Layout B (from about March 2026): a fourth note, header on row 18, 金额 a numeric cell
 * (raw 548.58000000000004) and 交易时间 either text or an Excel date serial. Both are read by
 * content, so a further shift of the header row changes nothing here.
 */
import { excelNumberToFen } from './amount.ts';
import { excelIsoDateToIso, excelSerialToIso, type ParsedTime } from './beijingTime.ts';
import { detectHeader, type DetectedLayout } from './billLayouts.ts';
import { billMessages } from './billMessages.ts';
import { buildBillRow, type RowOverrides } from './billRow.ts';
import { isBlankRecord } from './csvCursor.ts';
import { declaredCountIn, fileError, type ReaderOutcome, type RowSink } from './rowSink.ts';
import type { BillFormat } from './types.ts';
import { zipErrorMessage } from './zipMessages.ts';
import { ZipReadError, type ZipFile } from './zipFiles.ts';
import {
  readXlsx,
  sheetRows,
  type XlsxBook,
  type XlsxCell,
  type XlsxRow,
  type XlsxSheet,
} from './xlsxReader.ts';

const HEADER_SEARCH_ROWS = 120;
const UTC_NOTE = '本账单中所有时间均为UTC+08:00';

function rowTexts(row: XlsxRow): string[] {
  const out: string[] = [];
  for (const c of row.cells) {
    while (out.length < c.col) out.push('');
    out[c.col] = c.value;
  }
  return out;
}

interface SheetHit {
  sheet: XlsxSheet;
  layout: DetectedLayout;
  headerRow: number;
  declared: number | null;
  utcNote: boolean;
}

function findHeader(book: XlsxBook, sheet: XlsxSheet): SheetHit | null {
  let declared: number | null = null;
  let utcNote = false;
  let n = 0;
  for (const row of sheetRows(sheet.xml, book.shared)) {
    if (++n > HEADER_SEARCH_ROWS) break;
    const texts = rowTexts(row);
    const layout = detectHeader(texts);
    if (layout) return { sheet, layout, headerRow: row.row, declared, utcNote };
    const first = texts[0] ?? '';
    declared ??= declaredCountIn(first);
    if (first.includes(UTC_NOTE)) utcNote = true;
  }
  return null;
}

function cellAt(row: XlsxRow, col: number | undefined): XlsxCell | undefined {
  return col === undefined ? undefined : row.cells.find((c) => c.col === col);
}

function timeFromCell(cell: XlsxCell | undefined, date1904: boolean): ParsedTime | null | undefined {
  if (!cell) return undefined;
  if (cell.type === 'n') {
    const iso = excelSerialToIso(Number(cell.value), date1904);
    return iso ? { iso, withoutSeconds: false } : null;
  }
  if (cell.type === 'd') {
    const iso = excelIsoDateToIso(cell.value);
    return iso ? { iso, withoutSeconds: false } : null;
  }
  return undefined; // text: parsed like CSV text
}

export async function readXlsxBill(
  files: readonly ZipFile[],
  file: string,
  sink: RowSink,
): Promise<ReaderOutcome> {
  const outcome: ReaderOutcome = {
    format: 'unknown',
    encoding: 'xlsx',
    dataLines: 0,
    badRows: 0,
    declaredCount: null,
    sheet: null,
  };
  let book: XlsxBook;
  try {
    book = await readXlsx(files);
  } catch (err) {
    // A part over the unpack limits is named as such; anything else is a damaged workbook.
    const limit = err instanceof ZipReadError && err.reason !== 'unreadable';
    sink.error(fileError(file, limit ? zipErrorMessage(err) : billMessages.xlsxUnreadable()));
    return outcome;
  }
  const hits = book.sheets.map((s) => findHeader(book, s)).filter((h): h is SheetHit => h !== null);
  // The export has one sheet, "Sheet1"; a workbook the user (or a fixture author) extended may
  // hold a copy elsewhere, so the export's own sheet wins.
  const hit = hits.find((h) => h.sheet.name === 'Sheet1') ?? hits[0];
  if (!hit) {
    sink.error(fileError(file, billMessages.noHeader()));
    return outcome;
  }
  const { layout, sheet } = hit;
  outcome.sheet = sheet.name;
  outcome.declaredCount = hit.declared;
  if (layout.missing.length > 0 || layout.gap) {
    outcome.format = layout.id === 'wechat' ? 'wechat-xlsx-2025' : layout.id;
    sink.error(
      fileError(
        file,
        layout.gap
          ? billMessages.headerDamaged()
          : billMessages.missingColumns(layout.missingNames.join('、')),
      ),
    );
    return outcome;
  }

  sink.begin?.(layout.platform);
  let numericSeen = false;
  for (const row of sheetRows(sheet.xml, book.shared)) {
    if (row.row <= hit.headerRow) continue;
    const texts = rowTexts(row);
    if (isBlankRecord(texts)) continue;
    if (/^-{5,}/.test((texts[0] ?? '').trim())) break;
    outcome.dataLines++;
    const overrides: RowOverrides = {};
    const amountCell = cellAt(row, layout.index.amount);
    if (amountCell?.type === 'n') {
      numericSeen = true;
      overrides.amountFen = excelNumberToFen(amountCell.value);
    }
    const timeCell = cellAt(row, layout.index.time);
    const time = timeFromCell(timeCell, book.date1904);
    if (time !== undefined) {
      numericSeen = true;
      overrides.time = time;
    }
    const built = buildBillRow(texts, layout, row.row, overrides);
    if (built.row) sink.row(built.row);
    else outcome.badRows++;
    for (const p of built.problems) sink.error({ file, row: row.row, column: p.column, message: p.message });
  }
  const format: BillFormat =
    layout.id === 'wechat'
      ? numericSeen || hit.utcNote
        ? 'wechat-xlsx-2026'
        : 'wechat-xlsx-2025'
      : layout.id;
  outcome.format = format;
  if (outcome.dataLines === 0) sink.error(fileError(file, billMessages.noRows()));
  return outcome;
}
