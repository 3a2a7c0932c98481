/**
 * GET /documents/<id>/pdf and /documents/<id>/zip: a generated PDF or its evidence bundle, by document
 * id. Only files that really lie inside the vault's exports/ folder are served (realpath +
 * path.relative), so a recorded path cannot be used to read anything else on the disk. Both carry the
 * file's own name (Content-Disposition with an RFC 5987 UTF-8 name), so a download keeps "报案材料-….zip".
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { getDocument } from '../../db/queries/documents.ts';
import type { ApiContext } from '../api/context.ts';
import { baseHeaders } from './security.ts';
import { sendRefusal } from './respond.ts';
import { isInside } from '../util/pathInside.ts';

export type DocumentFile = 'pdf' | 'zip';

/** `inline; filename="a.pdf"; filename*=UTF-8''…`: ASCII fallback for old clients, the real name for all others. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const TYPES: Record<DocumentFile, { type: string; disposition: 'inline' | 'attachment' }> = {
  pdf: { type: 'application/pdf', disposition: 'inline' },
  zip: { type: 'application/zip', disposition: 'attachment' },
};

export async function serveDocumentFile(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
  id: number,
  file: DocumentFile,
): Promise<void> {
  if (req.method !== 'GET') return sendRefusal(res, 405, 'use GET');
  const vault = ctx.vault();
  const row = getDocument(vault.db, id);
  if (!row) return sendRefusal(res, 404, 'no such document');
  const recorded = file === 'pdf' ? row.path : row.bundlePath;
  if (!recorded) return sendRefusal(res, 404, 'this document has no bundle');
  let real: string;
  let exportsReal: string;
  try {
    real = await fs.realpath(recorded);
    exportsReal = await fs.realpath(vault.exportsDir);
  } catch {
    return sendRefusal(res, 404, 'the file is no longer where it was written');
  }
  if (!isInside(exportsReal, real))
    return sendRefusal(res, 404, 'the file was written outside the vault; open it from its folder');
  const st = await fs.stat(real);
  res.writeHead(200, {
    ...baseHeaders,
    'Content-Type': TYPES[file].type,
    'Content-Length': String(st.size),
    'Content-Disposition': contentDisposition(TYPES[file].disposition, path.basename(recorded)),
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
  createReadStream(real).pipe(res);
}
