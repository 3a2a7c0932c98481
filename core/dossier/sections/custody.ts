/**
 * Appendix: the chain of custody (when each exhibit entered the vault, with its full SHA-256; the
 * audit log entries and the audit-chain head) and the honest note on what a hash does and does not
 * prove (DOMAIN.md §3.3).
 */
import type { DossierContext } from '../context.ts';
import { beijingTime, fileSize, fill } from '../format.ts';
import { drawTable } from '../table.ts';
import { SIZE } from '../typesetter.ts';

const HASH_SIZE = 8;

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
        { header: c.seq ?? '', weight: 0.6, align: 'center' },
        { header: c.at ?? '', weight: 1.7 },
        { header: c.action ?? '', weight: 1.6 },
        { header: c.subject ?? '', weight: 2.2 },
        { header: c.hash ?? '', weight: 1.9 },
      ],
      ctx.auditEntries.map((e) => [
        String(e.seq),
        beijingTime(e.at),
        e.action,
        e.subject,
        e.hash.slice(0, 16),
      ]),
      { size: HASH_SIZE },
    );
  } else {
    ts.paragraph(w.auditEmpty, { indent: false });
  }
  ts.paragraph(fill(w.auditHead, { head: ctx.auditHead || w.auditEmpty }), {
    indent: false,
    size: SIZE.caption,
    gapAfter: 10,
  });
  honestNote(ctx);
}

export function honestNote(ctx: DossierContext): void {
  const { ts, common } = ctx;
  ts.heading(common.honestNote.heading);
  for (const p of common.honestNote.zh) ts.paragraph(p);
  ts.paragraph(common.honestNote.en, { size: SIZE.caption, indent: false });
}
