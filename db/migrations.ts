/**
 * Numbered schema migrations tracked with PRAGMA user_version. Each migration is a SQL file
 * db/migrations/NNNN_name.sql, applied in one transaction. A vault newer than this program is refused
 * before anything is written.
 *
 * A migration whose first line is `-- payproof:foreign-keys-off` runs with foreign keys off (a table
 * rebuild: with them on, DROP TABLE of a parent cascades into every child table). The pragma cannot change
 * inside a transaction, so it is switched around it, and a foreign_key_check inside the transaction rolls
 * the migration back if it left any dangling reference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../core/errors.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
  foreignKeysOff: boolean;
}

const FOREIGN_KEYS_OFF = /^-- payproof:foreign-keys-off\s*$/m;

export function listMigrations(dir: string = migrationsDir): Migration[] {
  const files = readdirSync(dir).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f));
  const migrations = files
    .map((f) => {
      const sql = readFileSync(path.join(dir, f), 'utf8');
      const firstLine = sql.split('\n', 1)[0] ?? '';
      return {
        version: Number(f.slice(0, 4)),
        name: f,
        sql,
        foreignKeysOff: FOREIGN_KEYS_OFF.test(firstLine),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration numbering gap: expected ${i + 1}, found ${m.name}`);
  });
  return migrations;
}

export const LATEST_SCHEMA_VERSION = listMigrations().length;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws vault-newer (without writing) when the file is from the future. */
export function assertNotNewer(db: Database.Database, vaultPath: string): void {
  const found = schemaVersion(db);
  if (found > LATEST_SCHEMA_VERSION) {
    throw new AppError('vault-newer', { found, supported: LATEST_SCHEMA_VERSION }, { vault: vaultPath });
  }
}

/** Apply every pending migration up to `target` (default: latest), each in its own transaction. */
export function migrate(
  db: Database.Database,
  target: number = LATEST_SCHEMA_VERSION,
  migrations: readonly Migration[] = listMigrations(),
): number[] {
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= schemaVersion(db) || m.version > target) continue;
    const foreignKeysWere = db.pragma('foreign_keys', { simple: true }) as number;
    if (m.foreignKeysOff) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(m.sql);
        if (m.foreignKeysOff) {
          const dangling = db.pragma('foreign_key_check') as unknown[];
          if (dangling.length)
            throw new Error(`Migration ${m.name} left ${dangling.length} dangling foreign key(s)`);
        }
        db.pragma(`user_version = ${m.version}`);
      })();
    } finally {
      if (m.foreignKeysOff) db.pragma(`foreign_keys = ${foreignKeysWere ? 'ON' : 'OFF'}`);
    }
    applied.push(m.version);
  }
  return applied;
}
