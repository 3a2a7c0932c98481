/**
 * Prepared statements are made once per connection and SQL text (db/sql.ts), and nothing in db/ or
 * core/ prepares around the cache: a bill import of 2,000 rows prepares exactly what one of 200 rows
 * does (both fill insert batches and leave a remainder), and later imports on the same connection
 * prepare only the dedupe lookups the first skipped.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { cachedStatementCount, stmt } from '../../db/sql.ts';
import { sampleRows } from '../importers/helpers/sampleRows.ts';
import { wechatCsv } from '../importers/helpers/wechatFixtures.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();
const root = fileURLToPath(new URL('../../', import.meta.url));

function billFile(rows: number, seed: number): string {
  const file = path.join(tmp(), `bill-${rows}-${seed}.csv`);
  writeFileSync(file, wechatCsv(sampleRows(rows, seed)));
  return file;
}

/** A vault with a case, and a spy on its connection's real prepare (calls pass through). */
async function spiedVault() {
  const ctx = createVaultContext(path.join(tmp(), 'vault'));
  const c = await invoke(ctx, 'case.create', { title: '语句缓存', route: 'fraud' });
  const prepare = vi.spyOn(ctx.vault().db, 'prepare');
  return { ctx, caseId: c.id, prepare };
}

describe('stmt', () => {
  it('returns the same statement for the same connection and SQL, a new one otherwise', () => {
    const a = new Database(':memory:');
    const b = new Database(':memory:');
    const sql = 'SELECT ? AS v';
    expect(stmt(a, sql)).toBe(stmt(a, sql));
    expect(stmt(a, sql)).not.toBe(stmt(b, sql));
    expect(stmt(a, 'SELECT 1 AS v')).not.toBe(stmt(a, sql));
    expect(stmt(a, sql).get(7)).toEqual({ v: 7 });
    expect([cachedStatementCount(a), cachedStatementCount(b)]).toEqual([2, 1]);
    a.close();
    b.close();
  });
});

describe('bill import prepares per connection, not per row', () => {
  it('200 rows and 2,000 rows prepare the same statements; a second import prepares none', async () => {
    const counts: number[] = [];
    for (const rows of [200, 2000]) {
      const { ctx, caseId, prepare } = await spiedVault();
      const r = await invoke(ctx, 'bill.import', { caseId, path: billFile(rows, 3) });
      expect(r.imported).toBe(rows);
      counts.push(prepare.mock.calls.length);
      if (rows === 2000) {
        // The first import found the case empty and skipped the dedupe lookups; later ones walk the
        // case (fewer payments than ids) or look the ids up (more): each of those statements is
        // prepared once, and nothing else.
        prepare.mockClear();
        for (const seed of [4, 5, 6]) {
          const next = await invoke(ctx, 'bill.import', { caseId, path: billFile(rows, seed) });
          expect(next.imported).toBe(rows);
        }
        const sql = prepare.mock.calls.map((c) => String(c[0]).replace(/\s+/g, ' '));
        expect(new Set(sql).size).toBe(sql.length);
        expect(sql.length).toBeLessThanOrEqual(3);
        for (const s of sql) expect(s).toMatch(/^SELECT id, txid(, merchant_order_id)? FROM payments/);
      }
      ctx.close();
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });
});

/** Files under db/ and core/ that call `.prepare(` outside db/sql.ts, with the line. */
function prepareCallsOutsideCache(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && rel !== 'db/sql.ts') {
        const text = readFileSync(path.join(root, rel), 'utf8');
        // `.prepare(` also when the receiver is on the line before (`db\n  .prepare(`).
        for (const m of text.matchAll(/\.\s*prepare\s*\(/g))
          found.push(`${rel}:${text.slice(0, m.index).split('\n').length}`);
      }
    }
  };
  walk('db');
  walk('core');
  return found;
}

/** Where preparing outside the cache is right, and why. Keep it short. */
const ALLOWED: Record<string, string> = {};

describe('no statement is prepared around the cache', () => {
  it('db/ and core/ call .prepare( only in db/sql.ts (or a listed exception)', () => {
    const sqlModule = readFileSync(path.join(root, 'db/sql.ts'), 'utf8');
    expect(sqlModule).toMatch(/\.prepare\(/); // the pattern does find a real call
    const offenders = prepareCallsOutsideCache().filter((where) => !(where.split(':')[0]! in ALLOWED));
    expect(offenders, 'use stmt(db, sql) from db/sql.ts instead').toEqual([]);
  });
});
