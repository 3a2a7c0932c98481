import path from 'node:path';
import type { Command } from 'commander';
import { runMethod } from '../runMethod.ts';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description(
      'write the whole vault (database, every original, generated papers) to one ZIP / 备份整个证据库',
    )
    .requiredOption('--out <file>', 'the .zip to write')
    .action(async (o: { out: string }, cmd: Command) =>
      runMethod(
        cmd,
        'vault.backup',
        // A shell user means paths relative to where they are; the contract wants full paths.
        { dest: path.resolve(o.out) },
        {
          mustExist: true,
          human: (r) =>
            `已备份 Backed up ${r.objects} 个原件 originals + ${r.documents} 份生成的材料 generated documents (${(r.bytes / 1048576).toFixed(1)} MB) → ${r.path}`,
        },
      ),
    );

  program
    .command('restore <archive>')
    .description(
      'restore a backup ZIP into an EMPTY folder; checks every hash and the audit chain / 从备份恢复',
    )
    .requiredOption('--to <dir>', 'an empty folder for the restored vault')
    .action(async (archive: string, o: { to: string }, cmd: Command) =>
      runMethod(
        cmd,
        'vault.restore',
        { archive: path.resolve(archive), targetDir: path.resolve(o.to) },
        {
          human: (r) =>
            `已恢复 Restored ${r.objects} 个原件 originals + ${r.documents} 份生成的材料 generated documents → ${r.dir}\n使用 Use: payproof --vault "${r.dir}" case list`,
        },
      ),
    );
}
