/**
 * A streaming CSV record reader for the chat exports (RFC 4180 plus the leniency real exporters
 * need). csv-parse read 32,000 records/s here — too slow for a million-message export — so records
 * are cut with indexOf and charCodeAt over the decoded chunks instead:
 *   - a field that starts with `"` runs to the closing quote; `""` inside is one quote; line breaks
 *     inside belong to the field;
 *   - a quote inside an unquoted field, or text after a closing quote, is kept as written (exporters
 *     do not escape consistently);
 *   - CRLF, LF or a lone CR ends a record; empty lines are skipped;
 *   - an unclosed quote at the end of the file, or a record longer than `maxRecordChars`, stops the
 *     read with the line where that record starts (everything before has been delivered).
 * Only the current, unfinished record is carried from one chunk to the next, so memory stays bounded
 * by `maxRecordChars` on untrusted input.
 */

export type CsvStop = { reason: 'unclosed-quote' | 'record-too-long'; line: number };

/** Called per record with its fields and the 1-based line it starts on; return false to stop. */
export type CsvRecordHandler = (fields: string[], line: number) => boolean;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

interface Cut {
  fields: string[];
  /** Index just past the record's line end. */
  next: number;
  /** Line breaks the record spans (1 + those inside quoted fields). */
  lines: number;
}

/**
 * The common case, a whole line without quotes or CR: String#split (native) instead of the character
 * loop, about three times faster. Null when the line needs the full reader.
 */
function cutPlainLine(buf: string, pos: number, nextQuote: number): Cut | null {
  const nl = buf.indexOf('\n', pos);
  if (nl < 0 || (nextQuote >= 0 && nextQuote < nl)) return null;
  const end = buf.charCodeAt(nl - 1) === CR && nl > pos ? nl - 1 : nl;
  const text = buf.slice(pos, end);
  if (text.includes('\r')) return null; // a lone CR ends a record inside this line
  return { fields: text.split(','), next: nl + 1, lines: 1 };
}

/** 'incomplete': the buffer ends inside this record (more text is needed, or the quote never closes). */
function cutRecord(buf: string, pos: number, final: boolean): Cut | 'incomplete' {
  const n = buf.length;
  const fields: string[] = [];
  let lines = 1;
  let i = pos;
  for (;;) {
    let value: string;
    if (i < n && buf.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      value = '';
      for (;;) {
        const q = buf.indexOf('"', j);
        if (q < 0) return 'incomplete';
        if (q + 1 >= n && !final) return 'incomplete'; // `""` may continue in the next chunk
        for (let k = buf.indexOf('\n', j); k >= 0 && k < q; k = buf.indexOf('\n', k + 1)) lines++;
        if (buf.charCodeAt(q + 1) === QUOTE) {
          value += buf.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        value += buf.slice(j, q);
        i = q + 1;
        break;
      }
      // Text after the closing quote up to the delimiter: kept, not an error.
      const from = i;
      while (i < n) {
        const c = buf.charCodeAt(i);
        if (c === COMMA || c === LF || c === CR) break;
        i++;
      }
      if (i > from) value += buf.slice(from, i);
    } else {
      const from = i;
      while (i < n) {
        const c = buf.charCodeAt(i);
        if (c === COMMA || c === LF || c === CR) break;
        i++;
      }
      value = buf.slice(from, i);
    }
    fields.push(value);
    if (i >= n) {
      if (!final) return 'incomplete';
      return { fields, next: n, lines };
    }
    const c = buf.charCodeAt(i);
    if (c === COMMA) {
      i++;
      continue;
    }
    if (c === CR) {
      if (i + 1 >= n && !final) return 'incomplete'; // a CRLF split across chunks
      if (buf.charCodeAt(i + 1) === LF) i++;
    }
    return { fields, next: i + 1, lines };
  }
}

/** Reads every record; returns null at the end of the text, or why and where it stopped early. */
export async function readCsvRecords(
  chunks: AsyncIterable<string>,
  onRecord: CsvRecordHandler,
  maxRecordChars: number,
): Promise<CsvStop | null> {
  let buf = '';
  let line = 1;
  const drain = (final: boolean): CsvStop | null | 'stopped' | 'more' => {
    let pos = 0;
    // The next quote at or after pos (-1: none left in buf), kept so each line does not search anew.
    let nextQuote = buf.indexOf('"');
    for (;;) {
      if (pos >= buf.length) {
        buf = '';
        return final ? null : 'more';
      }
      if (nextQuote >= 0 && nextQuote < pos) nextQuote = buf.indexOf('"', pos);
      const cut = cutPlainLine(buf, pos, nextQuote) ?? cutRecord(buf, pos, final);
      if (cut === 'incomplete') {
        if (final) return { reason: 'unclosed-quote', line };
        buf = buf.slice(pos);
        if (buf.length > maxRecordChars) return { reason: 'record-too-long', line };
        return 'more';
      }
      if (cut.next - pos > maxRecordChars) return { reason: 'record-too-long', line };
      const start = line;
      line += cut.lines;
      pos = cut.next;
      const f = cut.fields;
      if (f.length === 1 && f[0] === '') continue; // an empty line
      if (!onRecord(f, start)) return 'stopped';
    }
  };
  for await (const chunk of chunks) {
    buf = buf.length === 0 ? chunk : buf + chunk;
    const r = drain(false);
    if (r === 'stopped') return null;
    if (r !== 'more') return r;
  }
  const r = drain(true);
  return r === 'stopped' || r === 'more' ? null : r;
}
