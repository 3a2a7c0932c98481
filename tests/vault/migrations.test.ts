import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, listMigrations, migrate, schemaVersion } from '../../db/migrations.ts';
import { openVault } from '../../db/openVault.ts';
import { isAppError } from '../../core/errors.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

describe('migrations', () => {
  it('are numbered without gaps and each applies alone on a fresh database', () => {
    const all = listMigrations();
    expect(all.length).toBe(LATEST_SCHEMA_VERSION);
    for (const m of all) {
      const db = new Database(':memory:');
      db.pragma('foreign_keys = ON');
      expect(migrate(db, m.version)).toEqual(all.slice(0, m.version).map((x) => x.version));
      expect(schemaVersion(db)).toBe(m.version);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    }
  });

  it('creates STRICT tables only, so a text amount cannot slip into integer fen', () => {
    const db = new Database(':memory:');
    migrate(db);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    expect(tables.length).toBeGreaterThanOrEqual(10);
    // FTS5 virtual tables and the shadow tables SQLite makes for them cannot be STRICT.
    const virtual = tables.filter((t) => t.sql.startsWith('CREATE VIRTUAL TABLE')).map((t) => t.name);
    const own = tables.filter((t) => !virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`)));
    for (const t of own) expect(t.sql, t.name).toMatch(/\)\s*STRICT/);
    db.exec("INSERT INTO cases (title, route, created_at, updated_at) VALUES ('t', 'fraud', 'x', 'x')");
    expect(() =>
      db.exec(
        "INSERT INTO payments (case_id, source, txid, time, time_ms, amount_fen, direction, created_at) VALUES (1, 'manual', '1', 't', 0, '12.34', 'expense', 'x')",
      ),
    ).toThrow(/cannot store (TEXT|REAL) value in INTEGER column/);
    db.close();
  });

  it('opens with WAL and foreign keys on', () => {
    const vault = openVault(tmp());
    expect(vault.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(vault.db.pragma('foreign_keys', { simple: true })).toBe(1);
    vault.close();
  });

  it('refuses a vault from a newer version and leaves its bytes untouched', () => {
    const dir = tmp();
    const file = path.join(dir, 'payproof.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    let caught: unknown;
    try {
      openVault(dir);
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught) && caught.code).toBe('vault-newer');
    expect(isAppError(caught) && caught.userMessage.zh).toContain('更新版本');
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });
});
