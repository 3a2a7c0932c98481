/**
 * Appendix: the chain of custody (when each exhibit entered the vault, with its full SHA-256), this
 * case's audit entries with their full hashes and a digest over them that anyone can recompute from
 * this page alone, and the honest note on what a hash does and does not prove (DOMAIN.md §3.3).
 * Everything is in Chinese: audit action ids print by their Chinese names.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../domain/types.ts';
import type { DossierContext } from '../context.ts';
import { beijingTime, fileSize, fill } from '../format.ts';
import { drawTable } from '../table.ts';
import { SIZE } from '../typesetter.ts';

const HASH_SIZE = 8;
export const DIGEST_START = '0'.repeat(64);

/**
 * The case's audit digest: from 64 zeros, d = sha256(d + "\n" + entry hash) for each entry in order.
 * It binds the printed list of entry hashes (complete, in order); the entries themselves bind their
 * content through the vault's chain formula (db/auditLog.ts), checkable with manifest.json.
 */
export function caseAuditDigest(entries: readonly Pick<AuditEntry, 'hash'>[]): string {
  let d = DIGEST_START;
  for (const e of entries) d = createHash('sha256').update(`${d}\n${e.hash}`).digest('hex');
  return d;
}

/** "evidence:12" → "证据 12": the subject's kind in Chinese, the id whole. */
export function auditSubject(ctx: DossierContext, subject: string): string {
  const m = /^([a-z-]+):(.*)$/.exec(subject);
  if (!m) return subject;
  const kind = ctx.common.auditSubjects[m[1] as string];
  return kind ? `${kind} ${m[2]}` : subject;
}

export function auditActionName(ctx: DossierContext, action: string): string {
  return ctx.common.auditActions[action] ?? ctx.common.auditActionUnknown;
}

export function custodySection(ctx: DossierContext): void {
  const { ts, common } = ctx;
  const w = common.custody;
  ts.freshPage();
  ts.heading(w.heading);
  ts.paragraph(w.intro);
  if (ctx.exhibits.length) {
    drawTable(
      ts,
      [
        { header: w.columns.no ?? '', weight: 0.8, align: 'center' },
        { header: w.columns.addedAt ?? '', weight: 0, fit: true },
        // The full hash on one line: people compare it by eye, tools by copy.
        { header: w.columns.sha256 ?? '', weight: 0, fit: true },
        { header: w.columns.size ?? '', weight: 1, align: 'right' },
      ],
      ctx.exhibits.map((ex) => [
        fill(common.evidenceIndex.exhibitLabel, { n: ex.n }),
        beijingTime(ex.item.addedAt),
        ex.item.sha256,
        fileSize(ex.item.size),
      ]),
      { size: HASH_SIZE },
    );
  }
  ts.subheading(w.auditHeading);
  ts.paragraph(w.auditIntro);
  if (ctx.auditEntries.length) {
    const c = w.auditColumns;
    drawTable(
      ts,
      [
        { header: c.seq ?? '', weight: 0, fit: true, align: 'center' },
        { header: c.at ?? '', weight: 0, fit: true },
        { header: c.action ?? '', weight: 1.2 },
        { header: c.subject ?? '', weight: 0, fit: true },
        { header: c.hash ?? '', weight: 0, fit: true },
      ],
      ctx.auditEntries.map((e) => [
        String(e.seq),
        beijingTime(e.at),
        auditActionName(ctx, e.action),
        auditSubject(ctx, e.subject),
        e.hash,
      ]),
      { size: HASH_SIZE },
    );
    ts.paragraph(fill(w.digest, { digest: caseAuditDigest(ctx.auditEntries) }), {
      indent: false,
      size: SIZE.caption,
    });
    ts.paragraph(w.digestHow, { indent: false, size: SIZE.caption, gapAfter: 10 });
  } else {
    ts.paragraph(w.auditEmpty, { indent: false, gapAfter: 10 });
  }
  honestNote(ctx);
}

export function honestNote(ctx: DossierContext): void {
  const { ts, common } = ctx;
  ts.heading(common.honestNote.heading);
  for (const p of common.honestNote.zh) ts.paragraph(p);
}
