/**
 * A minimal XLSX writer for test and benchmark fixtures, so each quirk is controlled exactly:
 * shared strings vs numbers, date serials, the date1904 flag, rows missing from the XML.
 * (ExcelJS is used separately in the tests as an independent writer.)
 */
import { TextReader, Uint8ArrayWriter, ZipWriter, configure } from '@zip.js/zip.js';

configure({ useWebWorkers: false });

export type XCell =
  | { s: string } // shared string
  | { n: number | string; fmt?: 'amount' | 'datetime' } // number; a string is written verbatim as <v>
  | { inline: string }
  | null;

export interface XSheet {
  name: string;
  /** Row number (1-based) → cells from column A. Missing rows are simply absent from the XML. */
  rows: Map<number, XCell[]>;
  merges?: string[];
}

export interface XBook {
  sheets: XSheet[];
  date1904?: boolean;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function writeXlsx(book: XBook): Promise<Uint8Array> {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const si = (text: string): number => {
    let i = sharedIndex.get(text);
    if (i === undefined) {
      i = shared.length;
      shared.push(text);
      sharedIndex.set(text, i);
    }
    return i;
  };
  const sheetXml = book.sheets.map((sheet) => {
    const parts: string[] = [
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>`,
    ];
    for (const [r, cells] of [...sheet.rows.entries()].sort((a, b) => a[0] - b[0])) {
      parts.push(`<row r="${r}">`);
      cells.forEach((c, i) => {
        const ref = `${colName(i)}${r}`;
        if (c === null) parts.push(`<c r="${ref}" s="0"/>`);
        else if ('s' in c) parts.push(`<c r="${ref}" t="s"><v>${si(c.s)}</v></c>`);
        else if ('inline' in c)
          parts.push(`<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(c.inline)}</t></is></c>`);
        else
          parts.push(
            `<c r="${ref}" s="${c.fmt === 'amount' ? 1 : c.fmt === 'datetime' ? 2 : 0}"><v>${c.n}</v></c>`,
          );
      });
      parts.push('</row>');
    }
    parts.push('</sheetData>');
    if (sheet.merges?.length)
      parts.push(
        `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`,
      );
    parts.push('</worksheet>');
    return parts.join('');
  });
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${book.sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL}"><workbookPr${book.date1904 ? ' date1904="1"' : ''}/><sheets>${book.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${book.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><numFmts count="2"><numFmt numFmtId="166" formatCode="&quot;¥&quot;#,##0.00"/><numFmt numFmtId="167" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="166" applyNumberFormat="1"/><xf numFmtId="167" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ],
    ...sheetXml.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
  ];
  // Shared strings last: the sheets above filled the table.
  files.push([
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
  ]);
  const zip = new ZipWriter(new Uint8ArrayWriter());
  for (const [name, text] of files) await zip.add(name, new TextReader(text));
  return zip.close();
}
