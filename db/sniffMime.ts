/**
 * MIME type from the content (magic bytes), not the file name. Text formats have no magic, so for
 * valid UTF-8/GB text the extension only chooses between text subtypes.
 */
import { fileTypeFromBuffer } from 'file-type';

const TEXT_SUBTYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.json': 'application/json',
  '.md': 'text/markdown',
};

function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) return false;
  }
  return true;
}

export async function sniffMime(head: Buffer, fileName: string): Promise<string> {
  if (head.length === 0) return 'application/x-empty';
  const detected = await fileTypeFromBuffer(head);
  if (detected) return detected.mime;
  if (looksLikeText(head)) {
    const ext = fileName.slice(fileName.lastIndexOf('.')).toLowerCase();
    return TEXT_SUBTYPES[ext] ?? 'text/plain';
  }
  return 'application/octet-stream';
}
