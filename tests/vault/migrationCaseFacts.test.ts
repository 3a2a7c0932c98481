/**
 * The case-facts migration rebuilds `cases` (a CHECK changed). With foreign keys on, DROP TABLE cases would
 * cascade into every child table; these tests fill a v1 vault with one row of everything and check that
 * every row survives, statuses and accounts are carried over, and a rebuild that leaves dangling
 * references rolls back whole.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listMigrations, migrate, schemaVersion, type Migration } from '../../db/migrations.ts';
import { verifyAuditChain, appendAudit } from '../../db/auditLog.ts';
import { getCase, listCases } from '../../db/queries/cases.ts';
import { listCounterparties } from '../../db/queries/counterparties.ts';
import { listPayments } from '../../db/queries/payments.ts';
import { getProfile } from '../../db/queries/profile.ts';
import { openVault } from '../../db/openVault.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import { NO_CLAIMS } from '../../core/domain/types.ts';

const tmp = useTempDirs();
const all = listMigrations();
const caseFacts = all.find((m) => m.name.endsWith('_case_facts.sql'))!;
const before = caseFacts.version - 1;
const SHA = 'a'.repeat(64);
const TABLES = [
  'cases',
  'counterparties',
  'objects',
  'evidence',
  'payments',
  'evidence_payments',
  'timeline_events',
  'documents',
  'audit_log',
];

/** A vault just before the case-facts migration, holding one row of every kind (two cases). */
function oldVault(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, before);
  const at = '2025-05-19T09:00:00+08:00';
  db.exec(`
    INSERT INTO cases (id, title, route, status, narrative, demand, place, created_at, updated_at) VALUES
      (1, '闲鱼买手机未发货', 'not-received', 'submitted', '经过', '退款', '北京', '${at}', '${at}'),
      (2, '刷单诈骗', 'fraud', 'resolved', '', '', '', '${at}', '${at}'),
      (3, '重复扣款', 'duplicate-charge', 'closed', '', '', '', '${at}', '${at}');
    INSERT INTO counterparties (id, case_id, name, kind, accounts, wechat_ids) VALUES
      (1, 1, '某某数码', 'merchant', '["6222 0202 0011 2233 445", "zhang@example.com", "  "]', '["wxid_abc"]'),
      (2, 2, '李某', 'person', '[]', '[]');
    INSERT INTO objects (sha256, size, mime, stored_at) VALUES ('${SHA}', 3, 'image/png', '${at}');
    INSERT INTO evidence (id, case_id, sha256, kind, title, original_name, size, mime, added_at) VALUES
      (1, 1, '${SHA}', 'chat-screenshot', '聊天', 'a.png', 3, 'image/png', '${at}'),
      (2, 2, '${SHA}', 'chat-screenshot', '聊天', 'a.png', 3, 'image/png', '${at}');
    INSERT INTO payments (id, case_id, source, txid, time, time_ms, amount_fen, direction, method, counterparty_id, bill_evidence_id, created_at) VALUES
      (1, 1, 'manual', '4200001879202307111251305441', '${at}', 0, 9340, 'expense', '零钱', 1, 1, '${at}'),
      (2, 2, 'manual', '4200001879202307111251305442', '${at}', 0, 500000, 'expense', '', 2, NULL, '${at}');
    INSERT INTO evidence_payments (evidence_id, payment_id) VALUES (1, 1), (2, 2);
    INSERT INTO timeline_events (id, case_id, date, text, kind, created_at) VALUES (1, 1, '2025-05-19', '投诉', 'complaint', '${at}');
    INSERT INTO documents (id, case_id, kind, sha256, path, pages, created_at) VALUES (1, 1, 'police-report', '${SHA}', 'exports/x.pdf', 3, '${at}');
    UPDATE profile SET name = '张三', id_number = '11010519491231002X' WHERE id = 1;
  `);
  db.transaction(() =>
    appendAudit(db, {
      action: 'case.created',
      caseId: 1,
      subject: 'case:1',
      details: { route: 'not-received' },
    }),
  )();
  return db;
}

const counts = (db: Database.Database) =>
  Object.fromEntries(
    TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );

describe('case-facts migration on a vault with data', () => {
  it('keeps every row of every table, maps old statuses and structures old accounts', () => {
    const db = oldVault(path.join(tmp(), 'v.sqlite'));
    const rowsBefore = counts(db);
    expect(rowsBefore.payments).toBe(2);
    expect(migrate(db, caseFacts.version)).toEqual([caseFacts.version]);
    expect(schemaVersion(db)).toBe(caseFacts.version);
    expect(counts(db)).toEqual(rowsBefore);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(verifyAuditChain(db).ok).toBe(true);

    expect(getCase(db, 1)).toMatchObject({
      status: 'open',
      recoveredFen: 0,
      item: '',
      demand: '退款',
      claims: NO_CLAIMS,
      deletedAt: null,
      revision: 1,
    });
    expect(getCase(db, 2).status).toBe('closed');
    expect(getCase(db, 3).status).toBe('closed');
    expect(listCases(db)).toHaveLength(3);
    const [shop] = listCounterparties(db, 1);
    expect(shop!.accounts).toEqual([
      { type: 'bank', number: '6222 0202 0011 2233 445' },
      { type: 'other', number: 'zhang@example.com' },
    ]);
    expect(shop).toMatchObject({ wechatIds: ['wxid_abc'], address: '', platform: '', revision: 1 });
    expect(listCounterparties(db, 2)[0]!.accounts).toEqual([]);
    expect(listPayments(db, 1)[0]).toMatchObject({
      receivingAccount: '',
      method: '零钱',
      revision: 1,
      counterpartyId: 1,
      billEvidenceId: 1,
    });
    expect(getProfile(db)).toMatchObject({
      name: '张三',
      ethnicity: '',
      email: '',
      gender: 'female',
      birthDate: '1949-12-31',
    });

    // The rebuilt table still owns its children: deleting a case cascades as schema 1 did.
    db.prepare('DELETE FROM cases WHERE id = 3').run();
    db.prepare('DELETE FROM cases WHERE id = 2').run();
    expect(counts(db)).toMatchObject({ payments: 1, evidence: 1, evidence_payments: 1, counterparties: 1 });
    // And the new CHECK holds.
    expect(() => db.prepare("UPDATE cases SET status = 'submitted' WHERE id = 1").run()).toThrow(/CHECK/);
    db.close();
  });

  it('runs through openVault on a v1 file, the way a person upgrading meets it', () => {
    const dir = tmp();
    oldVault(path.join(dir, 'payproof.sqlite')).close();
    const vault = openVault(dir);
    expect(listPayments(vault.db, 1)).toHaveLength(1);
    expect(listPayments(vault.db, 2)).toHaveLength(1);
    expect(vault.db.pragma('foreign_keys', { simple: true })).toBe(1);
    vault.close();
  });

  it('rolls back a foreign-keys-off migration that leaves a dangling reference, and restores the pragma', () => {
    const dir = tmp();
    const migDir = path.join(dir, 'migrations');
    mkdirSync(migDir);
    const first = all[0]!;
    writeFileSync(path.join(migDir, first.name), first.sql);
    writeFileSync(
      path.join(migDir, '0002_break_it.sql'),
      '-- payproof:foreign-keys-off\nDELETE FROM cases WHERE id = 1;\n',
    );
    const custom: Migration[] = listMigrations(migDir);
    expect(custom[1]!.foreignKeysOff).toBe(true);
    const db = new Database(path.join(dir, 'v.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 1, custom);
    const at = 'x';
    db.exec(`INSERT INTO cases (id, title, route, created_at, updated_at) VALUES (1, 't', 'fraud', '${at}', '${at}');
      INSERT INTO payments (case_id, source, txid, time, time_ms, amount_fen, direction, created_at) VALUES (1, 'manual', '1', '${at}', 0, 1, 'expense', '${at}');`);
    expect(() => migrate(db, 2, custom)).toThrow(/dangling foreign key/);
    expect(schemaVersion(db)).toBe(1);
    expect(counts(db)).toMatchObject({ cases: 1, payments: 1 });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('marks only the rebuild as needing foreign keys off', () => {
    expect(caseFacts.foreignKeysOff).toBe(true);
    expect(readFileSync(new URL(`../../db/migrations/${all[0]!.name}`, import.meta.url), 'utf8')).not.toMatch(
      /payproof:foreign-keys-off/,
    );
    expect(all[0]!.foreignKeysOff).toBe(false);
  });
});
