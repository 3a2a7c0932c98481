/**
 * GET /documents/<id>/pdf: a generated PDF, by document id. Only files that really lie inside the
 * vault's exports/ folder are served (realpath + path.relative), so a recorded path cannot be used to
 * read anything else on the disk.
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getDocument } from '../../db/queries/documents.ts';
import type { ApiContext } from '../api/context.ts';
import { baseHeaders } from './security.ts';
import { sendRefusal } from './respond.ts';
import { isInside } from '../util/pathInside.ts';

export async function serveDocumentPdf(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
  id: number,
): Promise<void> {
  if (req.method !== 'GET') return sendRefusal(res, 405, 'use GET');
  const vault = ctx.vault();
  const row = getDocument(vault.db, id);
  if (!row) return sendRefusal(res, 404, 'no such document');
  let real: string;
  let exportsReal: string;
  try {
    real = await fs.realpath(row.path);
    exportsReal = await fs.realpath(vault.exportsDir);
  } catch {
    return sendRefusal(res, 404, 'the PDF is no longer where it was written');
  }
  if (!isInside(exportsReal, real))
    return sendRefusal(res, 404, 'the PDF was written outside the vault; open it from its folder');
  const st = await fs.stat(real);
  res.writeHead(200, {
    ...baseHeaders,
    'Content-Type': 'application/pdf',
    'Content-Length': String(st.size),
    'Content-Disposition': 'inline',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
  createReadStream(real).pipe(res);
}
