/**
 * The embedded font: Source Han Sans SC (OFL), a full-coverage CJK face that includes rare name
 * characters such as 喆 㛃 堃 犇 赟 龘. pdfkit subsets it per document, so a PDF carries only the
 * glyphs it uses. The OTF files are ~17 MB each: read once per process and reuse the bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const FONT_REGULAR = 'PayProofRegular';
export const FONT_BOLD = 'PayProofBold';

function fontDir(): string {
  return path.dirname(require.resolve('node-source-han-sans-sc/package.json'));
}

export const fontFiles = {
  regular: (): string => path.join(fontDir(), 'SourceHanSansSC-Regular.otf'),
  bold: (): string => path.join(fontDir(), 'SourceHanSansSC-Bold.otf'),
};

let cached: { regular: Buffer; bold: Buffer } | null = null;

export function fontBytes(): { regular: Buffer; bold: Buffer } {
  cached ??= { regular: readFileSync(fontFiles.regular()), bold: readFileSync(fontFiles.bold()) };
  return cached;
}
