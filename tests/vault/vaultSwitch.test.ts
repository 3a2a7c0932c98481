import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch, invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations.ts';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

async function seeded() {
  const ctx = createVaultContext(path.join(tmp(), 'first'));
  const c = await invoke(ctx, 'case.create', { title: '第一个证据库', route: 'fraud' });
  const f = path.join(tmp(), 'shot.png');
  writeFileSync(f, 'screenshot bytes');
  await invoke(ctx, 'evidence.add', { caseId: c.id, paths: [f] });
  return ctx;
}

describe('switching and moving the vault', () => {
  it('vault.open uses another folder from then on, creating a vault in an empty one', async () => {
    const ctx = await seeded();
    const second = path.join(tmp(), 'second');
    const info = await invoke(ctx, 'vault.open', { dir: second });
    expect(info).toMatchObject({ dir: second, cases: 0 });
    expect(await invoke(ctx, 'case.list', {})).toEqual([]);
    ctx.close();
  });

  it('a vault that cannot be opened leaves the current one in use', async () => {
    const ctx = await seeded();
    const newer = tmp();
    const db = new Database(path.join(newer, 'payproof.sqlite'));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    await expect(invoke(ctx, 'vault.open', { dir: newer })).rejects.toMatchObject({ code: 'vault-newer' });
    expect((await invoke(ctx, 'case.list', {})).map((c) => c.title)).toEqual(['第一个证据库']);
    ctx.close();
  });

  it('vault.move copies everything, checks it, switches, and keeps the old folder', async () => {
    const ctx = await seeded();
    const oldDir = ctx.vaultDir;
    const target = path.join(tmp(), 'moved');
    const moved = await invoke(ctx, 'vault.move', { targetDir: target });
    expect(moved).toMatchObject({ dir: target, previousDir: oldDir, cases: 1, evidence: 1, objects: 1 });
    expect((await invoke(ctx, 'vault.doctor', {})).ok).toBe(true);
    expect(existsSync(path.join(oldDir, 'payproof.sqlite'))).toBe(true);
    ctx.close();
    // The old vault is no longer locked by this process, and still intact.
    expect((await runCli(['doctor', '--json'], { vault: oldDir })).json).toMatchObject({ ok: true });
  });

  it('refuses to move into a folder that is not empty', async () => {
    const ctx = await seeded();
    const busy = tmp();
    writeFileSync(path.join(busy, 'something.txt'), 'x');
    await expect(invoke(ctx, 'vault.move', { targetDir: busy })).rejects.toMatchObject({
      code: 'target-folder-not-empty',
    });
    // Refused before copying anything: no move archive left in the vault's tmp/.
    expect(readdirSync(path.join(ctx.vaultDir, 'tmp'))).toEqual([]);
    expect((await invoke(ctx, 'case.list', {})).length).toBe(1);
    ctx.close();
  });

  it('payproof move from the CLI', async () => {
    const vault = path.join(tmp(), 'v');
    await runCli(['case', 'create', '--title', 'x', '--type', 'fraud'], { vault });
    const to = path.join(tmp(), 'to');
    const r = await runCli(['move', '--to', to, '--json'], { vault });
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ dir: to, previousDir: vault, cases: 1 });
    expect((await runCli(['case', 'list', '--json'], { vault: to })).json).toHaveLength(1);
  });
  it('refuses targets inside the current vault (they would be swept or nested) and relative paths', async () => {
    const ctx = await seeded();
    const inside = path.join(ctx.vaultDir, 'new-place');
    for (const [method, input] of [
      ['vault.move', { targetDir: inside }],
      ['vault.open', { dir: path.join(ctx.vaultDir, 'objects') }],
      [
        'vault.restore',
        { archive: path.join(tmp(), 'b.zip'), targetDir: path.join(ctx.vaultDir, 'tmp', 'x') },
      ],
    ] as const) {
      const r = await dispatch(ctx, method, input);
      expect(r, method).toMatchObject({ ok: false, error: { code: 'target-inside-vault' } });
    }
    expect(existsSync(inside)).toBe(false);
    const relative = await dispatch(ctx, 'vault.move', { targetDir: 'backup/new' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(relative)).toContain('targetDir');
    expect(JSON.stringify(relative)).toContain('完整路径');
    // Still the same vault, still whole.
    expect((await invoke(ctx, 'case.list', {})).length).toBe(1);
    ctx.close();
  });
  it('vault.open with create: false refuses a folder without a vault and creates nothing', async () => {
    const ctx = await seeded();
    const typo = path.join(tmp(), 'my-vault-typo');
    await expect(invoke(ctx, 'vault.open', { dir: typo, create: false })).rejects.toMatchObject({
      code: 'vault-not-found',
    });
    expect(existsSync(typo)).toBe(false);
    expect((await invoke(ctx, 'case.list', {})).length).toBe(1);
    ctx.close();
  });
});
