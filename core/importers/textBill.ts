/**
 * CSV bills (WeChat 2019–2025, Alipay web 2019 and app 2021/2023+): find the header by content,
 * then read every line below it, row by row, into a RowSink. Never throws.
 */
import { detectHeader, type DetectedLayout } from './billLayouts.ts';
import { billMessages } from './billMessages.ts';
import { buildBillRow } from './billRow.ts';
import { CsvCursor, isBlankRecord } from './csvCursor.ts';
import { fitFields, type FieldFit } from './fitFields.ts';
import {
  expectsTabEndedIds,
  hasUnreadableChars,
  idCellsTabEnded,
  idShiftedOutOfPlace,
  wechatLineComplete,
} from './lineIntegrity.ts';
import { declaredCountIn, fileError, type ReaderOutcome, type RowSink } from './rowSink.ts';
import type { LocalizedText } from '../domain/types.ts';
import type { BillFormat } from './types.ts';

/** The longest preamble seen is Alipay 2023 (24 lines); allow generous room for edits. */
const HEADER_SEARCH_LINES = 120;

interface HeaderHit {
  layout: DetectedLayout;
  cursor: CsvCursor;
  declared: number | null;
  delimiter: string;
}

function findHeader(text: string, delimiter: string): HeaderHit | null {
  const cursor = new CsvCursor(text, delimiter.charCodeAt(0));
  let declared: number | null = null;
  // Single-line mode: a stray quote in the preamble must not swallow the header.
  for (let n = 0; n < HEADER_SEARCH_LINES && cursor.next(false); n++) {
    const layout = detectHeader(cursor.fields);
    if (layout) return { layout, cursor, declared, delimiter };
    declared ??= declaredCountIn(cursor.fields[0] ?? '');
  }
  return null;
}

function formatOf(layout: DetectedLayout, quoted: boolean): BillFormat {
  if (layout.id === 'wechat') return quoted ? 'wechat-csv-2025-quoted' : 'wechat-csv-2019';
  return layout.id;
}

const FOOTER = /^-{5,}/;

/** Why a line cannot be imported as is, or null when it is whole. */
function lineProblem(
  fit: FieldFit,
  rawLine: string,
  unterminated: boolean,
  layout: DetectedLayout,
  untouched: boolean,
  tabIds: boolean,
  writtenEmpty: readonly number[],
): LocalizedText | null {
  if (unterminated) return billMessages.unterminatedQuote();
  if (!fit.ok)
    return fit.reason === 'too-few'
      ? billMessages.tooFewFields(fit.got, fit.want)
      : billMessages.tooManyFields(fit.got, fit.want);
  if (hasUnreadableChars(rawLine)) return billMessages.unreadableChars();
  if (idShiftedOutOfPlace(fit.cells, layout)) return billMessages.rowIncomplete();
  // Field indexes are cell indexes only when no fields were glued back together.
  const quotedEmpty = fit.merged ? [] : writtenEmpty;
  if (untouched && !wechatLineComplete(fit.cells, layout, quotedEmpty)) return billMessages.rowIncomplete();
  if (tabIds && !idCellsTabEnded(fit.cells, layout)) return billMessages.rowIncomplete();
  return null;
}

export function readTextBill(text: string, file: string, encoding: string, sink: RowSink): ReaderOutcome {
  const outcome: ReaderOutcome = {
    format: 'unknown',
    encoding,
    dataLines: 0,
    badRows: 0,
    declaredCount: null,
    sheet: null,
  };
  // Excel's "Unicode text" save separates fields with TABs instead of commas.
  const hit = findHeader(text, ',') ?? findHeader(text, '\t');
  if (!hit) {
    sink.error(fileError(file, billMessages.noHeader()));
    return outcome;
  }
  const { layout, cursor, delimiter } = hit;
  outcome.declaredCount = hit.declared;
  if (layout.missing.length > 0 || layout.gap) {
    outcome.format = formatOf(layout, false);
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
  // WeChat writes UTF-8; GBK or UTF-16 means the user re-saved the file in Excel, which drops
  // the TAB-only cells the end-of-line check relies on.
  const untouched = layout.platform === 'wechat' ? encoding === 'utf-8' || encoding === 'utf-8-bom' : true;
  const tabIds = expectsTabEndedIds(text, cursor.offset, cursor.line + 1, layout, delimiter);
  let quotedLines = 0;
  let sampled = 0;
  let inFooter = false;
  // Single-line mode throughout: no export puts a line break inside a field, and a quote left
  // open by damage must not glue one row's time and amount to the next row's ids.
  while (cursor.next(false)) {
    if (inFooter) {
      outcome.declaredCount ??= declaredCountIn(cursor.fields[0] ?? '');
      continue;
    }
    const fields = cursor.fields;
    if (isBlankRecord(fields)) continue;
    if (FOOTER.test((fields[0] ?? '').trim())) {
      inFooter = true;
      continue;
    }
    const fit = fitFields(fields, layout, delimiter);
    const unterminated = cursor.unterminated || cursor.junkAfterQuote;
    outcome.dataLines++;
    const rawLine = text.slice(cursor.start, cursor.offset);
    if (sampled < 50) {
      sampled++;
      if (rawLine.includes('"\t')) quotedLines++;
    }
    const line = cursor.line;
    // Every export ends its last line with a line break: a data line without one was cut off
    // (an interrupted download), possibly inside its last id.
    const problem = cursor.endedWithoutNewline
      ? billMessages.rowIncomplete()
      : lineProblem(fit, rawLine, unterminated, layout, untouched, tabIds, cursor.emptyQuoted);
    if (problem || !fit.ok) {
      outcome.badRows++;
      sink.error({ file, row: line, column: null, message: problem ?? billMessages.unterminatedQuote() });
      continue;
    }
    const built = buildBillRow(fit.cells, layout, line);
    if (built.row) {
      if (fit.merged) built.row.flags.push('fields-merged');
      sink.row(built.row);
    } else outcome.badRows++;
    for (const p of built.problems) sink.error({ file, row: line, column: p.column, message: p.message });
  }
  outcome.format = formatOf(layout, sampled > 0 && quotedLines * 2 > sampled);
  if (outcome.dataLines === 0) sink.error(fileError(file, billMessages.noRows()));
  return outcome;
}
