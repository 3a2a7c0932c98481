import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { auditHead, listAudit } from '../../../db/auditLog.ts';
import { runDoctor } from '../../../db/doctor.ts';
import { schemaVersion } from '../../../db/migrations.ts';
import { assertEmptyFolder, backupVault, restoreVault } from '../../../db/vaultBackup.ts';
import { vaultFiles } from '../../../db/vaultLocation.ts';
import { nowIso } from '../../beijingTime.ts';
import { AppError } from '../../errors.ts';
import { isInside, realPathAllowingMissing } from '../../util/pathInside.ts';
import type { VaultInfo, vaultSchemas } from '../schemas/vault.ts';
import type { ApiContext, HandlerMap } from '../context.ts';
import { stmt } from '../../../db/sql.ts';

function info(ctx: ApiContext): VaultInfo {
  const vault = ctx.vault();
  // A fixed set of table names (the statement cache keys on the SQL text).
  const count = (table: 'cases' | 'evidence' | 'objects' | 'payments') =>
    (stmt(vault.db, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const head = auditHead(vault.db);
  return {
    dir: vault.dir,
    schemaVersion: schemaVersion(vault.db),
    cases: count('cases'),
    evidence: count('evidence'),
    objects: count('objects'),
    payments: count('payments'),
    auditEntries: head.seq,
    auditHead: head.hash,
  };
}

/** A vault, a move target or a restore target inside the current vault would be swept or nested. */
function assertOutsideVault(ctx: ApiContext, target: string): void {
  const vaultDir = ctx.vault().dir;
  if (isInside(realPathAllowingMissing(vaultDir), realPathAllowingMissing(target)))
    throw new AppError('target-inside-vault', { path: target, vault: vaultDir });
}

export const vaultHandlers: HandlerMap<keyof typeof vaultSchemas> = {
  'vault.info': (ctx) => info(ctx),
  'vault.doctor': (ctx, _input, progress) => runDoctor(ctx.vault(), progress),
  'audit.list': (ctx, { caseId }) => listAudit(ctx.vault().db, caseId),
  'vault.backup': (ctx, { dest }, progress) => {
    const vault = ctx.vault();
    const stamp = nowIso().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    return backupVault(
      vault,
      path.resolve(dest ?? path.join(vault.exportsDir, `payproof-backup-${stamp}.zip`)),
      progress,
    );
  },
  'vault.open': (ctx, { dir, create }) => {
    if (path.resolve(dir) !== ctx.vault().dir) assertOutsideVault(ctx, dir);
    if (!create && !existsSync(path.join(dir, vaultFiles.database)))
      throw new AppError('vault-not-found', { path: dir });
    ctx.switchVault(path.resolve(dir));
    return info(ctx);
  },
  'vault.move': async (ctx, { targetDir }, progress) => {
    const from = ctx.vault();
    const target = path.resolve(targetDir);
    // Refuse before the (long) copy, not after it.
    assertOutsideVault(ctx, target);
    assertEmptyFolder(target);
    const zip = path.join(from.tmpDir, `move-${process.pid}.zip`);
    try {
      await backupVault(from, zip, progress);
      await restoreVault(zip, target, progress);
    } finally {
      rmSync(zip, { force: true });
    }
    const previousDir = from.dir;
    ctx.switchVault(target);
    return { ...info(ctx), previousDir };
  },
  'vault.restore': (ctx, { archive, targetDir }, progress) => {
    assertOutsideVault(ctx, targetDir);
    return restoreVault(path.resolve(archive), path.resolve(targetDir), progress);
  },
};
