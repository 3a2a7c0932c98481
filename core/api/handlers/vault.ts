import path from 'node:path';
import { auditHead, listAudit } from '../../../db/auditLog.ts';
import { runDoctor } from '../../../db/doctor.ts';
import { schemaVersion } from '../../../db/migrations.ts';
import { backupVault, restoreVault } from '../../../db/vaultBackup.ts';
import { nowIso } from '../../beijingTime.ts';
import type { vaultSchemas } from '../schemas/vault.ts';
import type { HandlerMap } from '../context.ts';

export const vaultHandlers: HandlerMap<keyof typeof vaultSchemas> = {
  'vault.info': (ctx) => {
    const vault = ctx.vault();
    const count = (table: string) =>
      (vault.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
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
  },
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
  'vault.restore': (_ctx, { archive, targetDir }, progress) =>
    restoreVault(path.resolve(archive), path.resolve(targetDir), progress),
};
