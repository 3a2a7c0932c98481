/**
 * The evidence_text table: what was read from an evidence item (OCR of an image, a decoded text file),
 * its state in the background queue, and why it failed. Derived data; the original is never touched.
 */
import type Database from 'better-sqlite3';
import { stmt } from '../sql.ts';
import { nowIso } from '../../core/beijingTime.ts';
import { AppError } from '../../core/errors.ts';
import type { LocalizedText } from '../../core/domain/types.ts';
import type { OcrLine, OcrProvenance, PaymentScreenReading } from '../../core/ocr/types.ts';

export type TextSource = 'ocr' | 'text-file';
export type TextStatus = 'pending' | 'running' | 'done' | 'failed';

export interface EvidenceText {
  evidenceId: number;
  source: TextSource;
  status: TextStatus;
  text: string;
  lines: OcrLine[];
  confidence: number | null;
  width: number | null;
  height: number | null;
  inverted: boolean;
  provenance: OcrProvenance | null;
  payment: PaymentScreenReading | null;
  error: { code: string; message: LocalizedText } | null;
  durationMs: number | null;
  requestedAt: string;
  finishedAt: string | null;
}

interface Row {
  evidence_id: number;
  source: TextSource;
  status: TextStatus;
  text: string;
  lines: string;
  confidence: number | null;
  width: number | null;
  height: number | null;
  inverted: number;
  engine: string;
  engine_version: string;
  language: string;
  data_sha256: string;
  payment: string | null;
  error_code: string | null;
  error_zh: string | null;
  error_en: string | null;
  duration_ms: number | null;
  requested_at: string;
  finished_at: string | null;
}

const errorOf = (r: Pick<Row, 'error_code' | 'error_zh' | 'error_en'>): EvidenceText['error'] =>
  r.error_code ? { code: r.error_code, message: { zh: r.error_zh ?? '', en: r.error_en ?? '' } } : null;

const toText = (r: Row): EvidenceText => ({
  evidenceId: r.evidence_id,
  source: r.source,
  status: r.status,
  text: r.text,
  lines: JSON.parse(r.lines) as OcrLine[],
  confidence: r.confidence,
  width: r.width,
  height: r.height,
  inverted: r.inverted === 1,
  provenance: r.engine
    ? { engine: r.engine, engineVersion: r.engine_version, language: r.language, dataSha256: r.data_sha256 }
    : null,
  payment: r.payment ? (JSON.parse(r.payment) as PaymentScreenReading) : null,
  error: errorOf(r),
  durationMs: r.duration_ms,
  requestedAt: r.requested_at,
  finishedAt: r.finished_at,
});

/** Image types the OCR reads or explains (HEIC gets its own message); text types are decoded. */
export function textSourceFor(mime: string): TextSource | null {
  if (mime.startsWith('text/')) return 'text-file';
  return mime.startsWith('image/') ? 'ocr' : null;
}

/** Ask for (or again for) the text of these items; other types are skipped. Returns the ids queued. */
export function requestEvidenceText(db: Database.Database, items: { id: number; mime: string }[]): number[] {
  const upsert = stmt(
    db,
    `INSERT INTO evidence_text (evidence_id, source, status, requested_at) VALUES (?, ?, 'pending', ?)
     ON CONFLICT (evidence_id) DO UPDATE SET status = 'pending', error_code = NULL, error_zh = NULL,
       error_en = NULL, requested_at = excluded.requested_at, finished_at = NULL`,
  );
  const queued: number[] = [];
  db.transaction(() => {
    for (const item of items) {
      const source = textSourceFor(item.mime);
      if (!source) continue;
      upsert.run(item.id, source, nowIso());
      queued.push(item.id);
    }
  })();
  return queued;
}

export interface ClaimedItem {
  evidenceId: number;
  source: TextSource;
  sha256: string;
  mime: string;
  originalName: string;
}

/** Take up to `limit` pending items (oldest first) and mark them running. */
export function claimPending(db: Database.Database, limit: number): ClaimedItem[] {
  return db.transaction(() => {
    const rows = stmt(
      db,
      `SELECT t.evidence_id AS evidenceId, t.source, e.sha256, e.mime, e.original_name AS originalName
         FROM evidence_text t JOIN evidence e ON e.id = t.evidence_id
         WHERE t.status = 'pending' ORDER BY t.requested_at, t.evidence_id LIMIT ?`,
    ).all(limit) as ClaimedItem[];
    const mark = stmt(db, `UPDATE evidence_text SET status = 'running' WHERE evidence_id = ?`);
    for (const r of rows) mark.run(r.evidenceId);
    return rows;
  })();
}

/** After a crash or a closed vault, running items were never finished: queue them again. */
export function requeueRunning(db: Database.Database): number {
  return stmt(db, `UPDATE evidence_text SET status = 'pending' WHERE status = 'running'`).run().changes;
}

export interface TextResult {
  text: string;
  lines: OcrLine[];
  confidence: number | null;
  width: number | null;
  height: number | null;
  inverted: boolean;
  provenance: OcrProvenance | null;
  payment: PaymentScreenReading | null;
  durationMs: number;
}

/** Store a result unless the item was removed or asked for again meanwhile (then it is stale). */
export function saveTextResult(db: Database.Database, evidenceId: number, r: TextResult): boolean {
  return (
    stmt(
      db,
      `UPDATE evidence_text SET status = 'done', text = ?, lines = ?, confidence = ?, width = ?, height = ?,
           inverted = ?, engine = ?, engine_version = ?, language = ?, data_sha256 = ?, payment = ?,
           error_code = NULL, error_zh = NULL, error_en = NULL, duration_ms = ?, finished_at = ?
         WHERE evidence_id = ? AND status = 'running'`,
    ).run(
      r.text,
      JSON.stringify(r.lines),
      r.confidence,
      r.width,
      r.height,
      r.inverted ? 1 : 0,
      r.provenance?.engine ?? '',
      r.provenance?.engineVersion ?? '',
      r.provenance?.language ?? '',
      r.provenance?.dataSha256 ?? '',
      r.payment ? JSON.stringify(r.payment) : null,
      r.durationMs,
      nowIso(),
      evidenceId,
    ).changes === 1
  );
}

export function saveTextFailure(db: Database.Database, evidenceId: number, error: AppError): void {
  stmt(
    db,
    `UPDATE evidence_text SET status = 'failed', text = '', lines = '[]', payment = NULL, error_code = ?,
       error_zh = ?, error_en = ?, finished_at = ? WHERE evidence_id = ? AND status = 'running'`,
  ).run(error.code, error.userMessage.zh, error.userMessage.en, nowIso(), evidenceId);
}

/** Put a running item back (cancelled, or the vault is closing). */
export function releaseRunning(db: Database.Database, evidenceId: number): void {
  stmt(db, `UPDATE evidence_text SET status = 'pending' WHERE evidence_id = ? AND status = 'running'`).run(
    evidenceId,
  );
}

export function findEvidenceText(db: Database.Database, evidenceId: number): EvidenceText | null {
  const row = stmt(db, 'SELECT * FROM evidence_text WHERE evidence_id = ?').get(evidenceId) as
    Row | undefined;
  return row ? toText(row) : null;
}

export interface EvidenceTextBrief {
  evidenceId: number;
  status: TextStatus;
  text: string;
  payment: PaymentScreenReading | null;
  error: { code: string; message: LocalizedText } | null;
}

/**
 * Status, text and payment of these items (those that have a row), in the order asked — without the
 * word boxes, which are the bulk of a row and which a list of statuses does not need.
 */
export function listEvidenceTextBriefs(db: Database.Database, evidenceIds: number[]): EvidenceTextBrief[] {
  const one = stmt(
    db,
    `SELECT evidence_id, status, text, payment, error_code, error_zh, error_en
       FROM evidence_text WHERE evidence_id = ?`,
  );
  return evidenceIds.flatMap((id) => {
    const r = one.get(id) as
      | Pick<Row, 'evidence_id' | 'status' | 'text' | 'payment' | 'error_code' | 'error_zh' | 'error_en'>
      | undefined;
    if (!r) return [];
    return [
      {
        evidenceId: r.evidence_id,
        status: r.status,
        text: r.text,
        payment: r.payment ? (JSON.parse(r.payment) as PaymentScreenReading) : null,
        error: errorOf(r),
      },
    ];
  });
}

export function getEvidenceText(db: Database.Database, evidenceId: number): EvidenceText {
  const found = findEvidenceText(db, evidenceId);
  if (!found) throw new AppError('ocr-not-found', { id: evidenceId });
  return found;
}

/** How many items of these ids are still waiting or being read. */
export function countOpen(db: Database.Database, ids: number[]): number {
  if (ids.length === 0) return 0;
  let open = 0;
  const isOpen = stmt(
    db,
    `SELECT 1 FROM evidence_text WHERE evidence_id = ? AND status IN ('pending', 'running')`,
  );
  for (const id of ids) if (isOpen.get(id)) open++;
  return open;
}
