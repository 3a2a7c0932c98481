import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appendAudit, GENESIS_HASH, verifyAuditChain } from '../../db/auditLog.ts';
import { migrate } from '../../db/migrations.ts';

function freshDb() {
  const db = new Database(':memory:');
  migrate(db);
  return db;
}

function append(db: Database.Database, n: number) {
  for (let i = 0; i < n; i++) {
    db.transaction(() =>
      appendAudit(db, {
        action: 'payment.added',
        caseId: 1,
        subject: `payment:${i}`,
        details: { amountFen: i * 100 },
      }),
    )();
  }
}

describe('audit log', () => {
  it('chains each entry to the previous one and verifies', () => {
    const db = freshDb();
    append(db, 5);
    const rows = db.prepare('SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq').all() as {
      seq: number;
      prev_hash: string;
      hash: string;
    }[];
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    const v = verifyAuditChain(db);
    expect(v).toMatchObject({ ok: true, entries: 5, head: rows[4]!.hash, firstBad: null });
  });

  it('refuses UPDATE and DELETE through SQL', () => {
    const db = freshDb();
    append(db, 2);
    expect(() => db.exec("UPDATE audit_log SET details = '{}' WHERE seq = 1")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log WHERE seq = 2')).toThrow(/append-only/);
  });

  it('detects an edit made around the triggers, naming the entry', () => {
    const db = freshDb();
    append(db, 4);
    db.exec('DROP TRIGGER audit_no_update');
    db.exec(`UPDATE audit_log SET details = '{"amountFen":1}' WHERE seq = 3`);
    expect(verifyAuditChain(db).firstBad).toEqual({ seq: 3, problem: 'hash-mismatch' });
  });

  it('detects a deleted entry', () => {
    const db = freshDb();
    append(db, 4);
    db.exec('DROP TRIGGER audit_no_delete');
    db.exec('DELETE FROM audit_log WHERE seq = 2');
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBad: { seq: 3, problem: 'sequence-gap' } });
  });

  it('must be appended inside the transaction of the change', () => {
    const db = freshDb();
    expect(() => appendAudit(db, { action: 'case.created', caseId: 1, subject: 'case:1' })).toThrow(
      /inside the transaction/,
    );
  });
});
