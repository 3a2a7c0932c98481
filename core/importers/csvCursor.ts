/**
 * A forgiving CSV reader for bill exports, written by hand because the real files break strict
 * parsers (csv-parse rejects them without relax options, and still mis-reads some):
 *   - April 2025 WeChat style puts a TAB *after* the closing quote: "3985734"\t,
 *   - unquoted fields may hold a bare quote: 打开拼多多，点击底部"多多视频"
 *   - CRLF, LF or lone CR line ends; quoted fields may span lines.
 * It never throws. One reusable cursor, no per-field objects: a 100,000-row bill is read in tens
 * of milliseconds.
 */

const QUOTE = 34;
const CR = 13;
const LF = 10;
const TAB = 9;
const SPACE = 32;

export class CsvCursor {
  /** Fields of the current record. */
  fields: string[] = [];
  /** 1-based line where the current record starts, and where it ends (differs for multi-line quotes). */
  line = 0;
  endLine = 0;
  /** Offset of the current record in the text (for re-reading it line by line). */
  start = 0;
  /** A quoted field was still open at the end of the line (single-line mode) or of the file. */
  unterminated = false;
  /**
   * Text other than TAB/space followed a closing quote ("abc"x,). Kept in the field, but no export
   * writes that: it means a stray quote, i.e. a damaged or edited line.
   */
  junkAfterQuote = false;
  /** The record ran to the end of the text with no line break after it. */
  endedWithoutNewline = false;
  /**
   * Indexes of fields written as an empty quoted value (`""`, April 2025 style `""\t`): present
   * on purpose, unlike a field that is empty because the line was cut. Usually empty.
   */
  emptyQuoted: number[] = [];

  private pos = 0;
  private nextLine = 1;

  constructor(
    private readonly text: string,
    private readonly delimiter: number = 44,
  ) {}

  /** Continue reading at `pos`, which starts line `line` (used to re-read a record line by line). */
  seek(pos: number, line: number): void {
    this.pos = pos;
    this.nextLine = line;
  }

  get offset(): number {
    return this.pos;
  }

  /**
   * Reads the next record into `fields`. Returns false at the end of the text. With
   * `multiline = false`, a quote left open is closed at the end of its line.
   */
  next(multiline = true): boolean {
    const text = this.text;
    const n = text.length;
    if (this.pos >= n) return false;
    const delim = this.delimiter;
    const fields: string[] = [];
    this.start = this.pos;
    this.line = this.nextLine;
    this.unterminated = false;
    this.junkAfterQuote = false;
    this.endedWithoutNewline = false;
    if (this.emptyQuoted.length > 0) this.emptyQuoted = [];
    let i = this.pos;
    let line = this.nextLine;
    for (;;) {
      // One field starting at i.
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        i = from;
        let closed = false;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              value += text.slice(from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            value += text.slice(from, i);
            i++;
            closed = true;
            break;
          }
          if (c === CR || c === LF) {
            if (!multiline) break;
            if (c === CR && text.charCodeAt(i + 1) === LF) i++;
            line++;
          }
          i++;
        }
        if (!closed) {
          value += text.slice(from, i);
          this.unterminated = true;
        }
        // After the closing quote: the 2025 TAB (or spaces) is padding; anything else is kept.
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || c === CR || c === LF) break;
          if (c !== TAB && c !== SPACE) {
            this.junkAfterQuote = true;
            const from2 = i;
            while (i < n) {
              const d = text.charCodeAt(i);
              if (d === delim || d === CR || d === LF) break;
              i++;
            }
            value += text.slice(from2, i);
            break;
          }
          i++;
        }
        if (closed && value === '') this.emptyQuoted.push(fields.length);
        fields.push(value);
      } else {
        const from = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || c === CR || c === LF) break;
          i++;
        }
        fields.push(text.slice(from, i));
      }
      if (i >= n) {
        this.endedWithoutNewline = true;
        break;
      }
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i >= n) {
          fields.push('');
          this.endedWithoutNewline = true;
          break;
        }
        continue;
      }
      // End of line.
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      i++;
      break;
    }
    this.pos = i;
    this.endLine = line;
    this.nextLine = line + 1;
    this.fields = fields;
    return true;
  }
}

/** True for a record that is only empty cells (",,,,,," rows, blank lines). */
export function isBlankRecord(fields: readonly string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}
