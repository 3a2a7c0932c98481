import type Database from 'better-sqlite3';
import type { TimelineEvent } from '../../core/domain/types.ts';
import { AppError } from '../../core/errors.ts';
import { nowIso } from '../../core/beijingTime.ts';
import { appendAudit } from '../auditLog.ts';
import { touchCase } from './cases.ts';
import { stmt } from '../sql.ts';

interface EventRow {
  id: number;
  case_id: number;
  date: string;
  text: string;
  ref: string;
  kind: TimelineEvent['kind'];
  created_at: string;
  revision: number;
}

const toEvent = (r: EventRow): TimelineEvent => ({
  id: r.id,
  caseId: r.case_id,
  date: r.date,
  text: r.text,
  ref: r.ref,
  kind: r.kind,
  createdAt: r.created_at,
  revision: r.revision,
});

export function listEvents(db: Database.Database, caseId: number): TimelineEvent[] {
  return (
    stmt(db, 'SELECT * FROM timeline_events WHERE case_id = ? ORDER BY date, id').all(caseId) as EventRow[]
  ).map(toEvent);
}

export function addEvent(
  db: Database.Database,
  caseId: number,
  input: { date: string; text: string; ref?: string; kind?: TimelineEvent['kind'] },
): TimelineEvent {
  return db.transaction(() => {
    const id = Number(
      stmt(
        db,
        'INSERT INTO timeline_events (case_id, date, text, ref, kind, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(caseId, input.date, input.text, input.ref ?? '', input.kind ?? 'other', nowIso()).lastInsertRowid,
    );
    touchCase(db, caseId);
    appendAudit(db, {
      action: 'event.added',
      caseId,
      subject: `event:${id}`,
      details: { date: input.date, kind: input.kind ?? 'other' },
    });
    return toEvent(stmt(db, 'SELECT * FROM timeline_events WHERE id = ?').get(id) as EventRow);
  })();
}

export function removeEvent(db: Database.Database, id: number): TimelineEvent {
  return db.transaction(() => {
    const row = stmt(db, 'SELECT * FROM timeline_events WHERE id = ?').get(id) as EventRow | undefined;
    if (!row) throw new AppError('not-found', { what: 'Event 事件', id });
    stmt(db, 'DELETE FROM timeline_events WHERE id = ?').run(id);
    touchCase(db, row.case_id);
    appendAudit(db, {
      action: 'event.removed',
      caseId: row.case_id,
      subject: `event:${id}`,
      details: { date: row.date },
    });
    return toEvent(row);
  })();
}
