/** Reads a PDF back with the tools a reviewer would use: poppler (pdftotext, pdfinfo, pdftoppm) and qpdf. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function pdfText(pdf: string, raw = false): string {
  return execFileSync('pdftotext', [...(raw ? ['-raw'] : []), pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function pdfInfo(pdf: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-isodates', pdf], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[(m[1] as string).trim()] = (m[2] as string).trim();
  }
  return info;
}

export interface OutlineNode {
  title: string;
  page: number;
  kids: OutlineNode[];
}

export function pdfOutline(pdf: string): OutlineNode[] {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-key=outlines', pdf], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  ) as {
    outlines: { title: string; destpageposfrom1: number; kids: unknown[] }[];
  };
  const convert = (n: { title: string; destpageposfrom1: number; kids: unknown[] }): OutlineNode => ({
    title: n.title,
    page: n.destpageposfrom1,
    kids: (n.kids as { title: string; destpageposfrom1: number; kids: unknown[] }[]).map(convert),
  });
  return json.outlines.map(convert);
}

/** Renders every page to PNG; returns the files in page order. */
export function renderPages(pdf: string, outDir: string, dpi = 40, first?: number, last?: number): string[] {
  const prefix = path.join(outDir, 'page');
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-png',
    ...(first ? ['-f', String(first)] : []),
    ...(last ? ['-l', String(last)] : []),
    pdf,
    prefix,
  ]);
  return readdirSync(outDir)
    .filter((f) => f.startsWith('page') && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(outDir, f));
}

/** pdftotext lays text out in columns and may put spaces between CJK runs; compare without whitespace. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
