/**
 * A small, exact XLSX reader for bill exports. Why not a spreadsheet library: we need the RAW cell
 * text ('548.58000000000004', date serial '46289.48678240741', ids with their TAB) rather than a
 * formatted or Date-converted value (ezbookkeeping#534, cashbook#170 show both failure modes),
 * the workbook's date1904 flag, and speed on 100,000 rows. It reads only what bills use: sheets,
 * shared strings, inline strings, numbers.
 */
import { attr, parseSharedStrings, startTags } from './xlsxXml.ts';
import { readZipFile, type ZipFile } from './zipFiles.ts';
import type { XmlSource } from './xmlSource.ts';

export { sheetRows } from './xlsxSheetRows.ts';

export type XlsxCellType = 'n' | 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'd';

export interface XlsxCell {
  /** 0-based column. */
  col: number;
  type: XlsxCellType;
  /** Text for strings; the raw `<v>` text for numbers/dates/booleans. */
  value: string;
}

export interface XlsxRow {
  /** 1-based row number as Excel shows it. */
  row: number;
  cells: XlsxCell[];
}

export interface XlsxSheet {
  name: string;
  /**
   * The worksheet XML, as its inflated bytes when read from a file (never decoded whole); rows are
   * read lazily with sheetRows() so 100,000 rows never sit in memory twice.
   */
  xml: XmlSource;
}

export interface XlsxBook {
  date1904: boolean;
  shared: string[];
  sheets: XlsxSheet[];
}

/** 'xl/' + '../customXml/item1.xml' → 'customXml/item1.xml' (zip part names, no URL escaping). */
function resolvePath(base: string, target: string): string {
  const parts = base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relTargets(xml: string, base: string): Map<string, { type: string; path: string }> {
  const map = new Map<string, { type: string; path: string }>();
  for (const attrs of startTags(xml, 'Relationship')) {
    const id = attr(attrs, 'Id');
    const target = attr(attrs, 'Target');
    if (!id || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : resolvePath(base, target);
    map.set(id, { type: attr(attrs, 'Type') ?? '', path });
  }
  return map;
}

export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

/** True when the zip holds a workbook (an .xlsx), not an archive of bills. */
export function isWorkbookZip(files: readonly ZipFile[]): boolean {
  return files.some((f) => f.name === 'xl/workbook.xml' || f.name === '[Content_Types].xml');
}

/**
 * The workbook in an already listed zip (listZip). Each part is inflated at most once, within
 * the zip's inflate budget: a workbook listing the same sheet 10,000 times costs one read.
 * Throws XlsxReadError for a workbook without its parts, ZipReadError for the zip's own limits.
 */
export async function readXlsx(files: readonly ZipFile[]): Promise<XlsxBook> {
  const byName = new Map(files.map((f) => [f.name.replace(/^\//, ''), f]));
  const parts = new Map<string, Buffer | null>();
  /** The inflated bytes of a part (a view, not a copy), or null when the zip has no such part. */
  const bytes = async (path: string): Promise<Buffer | null> => {
    const known = parts.get(path);
    if (known !== undefined) return known;
    const f = byName.get(path);
    let out: Buffer | null = null;
    if (f) {
      const inflated = await readZipFile(f);
      out = Buffer.from(inflated.buffer, inflated.byteOffset, inflated.byteLength);
    }
    parts.set(path, out);
    return out;
  };
  // Relationship and workbook parts are small and read with string helpers; the sheets and the
  // shared strings, the large parts, stay bytes (xmlSource.ts).
  const text = async (path: string): Promise<string | null> => (await bytes(path))?.toString('utf8') ?? null;
  const rootRels = await text('_rels/.rels');
  const officeDoc = rootRels
    ? [...relTargets(rootRels, '').values()].find((r) => r.type.endsWith('/officeDocument'))?.path
    : undefined;
  const workbookPath = officeDoc ?? 'xl/workbook.xml';
  const workbook = await text(workbookPath);
  if (!workbook) throw new XlsxReadError('no workbook part');
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`;
  const rels = relTargets((await text(relsPath)) ?? '', dir);

  const pr = startTags(workbook, 'workbookPr')[0];
  const flag = pr !== undefined ? attr(pr, 'date1904') : undefined;
  const date1904 = flag === '1' || flag === 'true';

  const sharedPath =
    [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.path ?? `${dir}sharedStrings.xml`;
  const shared = parseSharedStrings((await bytes(sharedPath)) ?? '');

  const sheets: XlsxSheet[] = [];
  const seen = new Set<string>();
  for (const attrs of startTags(workbook, 'sheet')) {
    const rid = attr(attrs, 'r:id') ?? /\b\w+:id\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    const target = rid ? rels.get(rid)?.path : undefined;
    // The same part listed twice is one sheet (scanning it twice would double the work).
    if (!target || seen.has(target)) continue;
    seen.add(target);
    const xml = await bytes(target);
    if (xml === null) continue;
    sheets.push({ name: attr(attrs, 'name') ?? '', xml });
  }
  return { date1904, shared, sheets };
}
