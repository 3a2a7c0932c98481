import path from 'node:path';
import type { Command } from 'commander';
import { runMethod } from '../runMethod.ts';

export function registerMove(program: Command): void {
  program
    .command('move')
    .description(
      'copy the whole vault into an empty folder, check every hash and the audit chain; the old folder is kept / 移动证据库',
    )
    .requiredOption('--to <dir>', 'an empty (or new) folder')
    .action(async (o: { to: string }, cmd: Command) =>
      runMethod(
        cmd,
        'vault.move',
        { targetDir: path.resolve(o.to) },
        {
          mustExist: true,
          human: (r) =>
            `已复制并核对 Copied and checked ${r.objects} 个文件 files → ${r.dir}\n旧文件夹未删除，确认无误后可自行删除 The old folder was kept: ${r.previousDir}\n以后使用 From now on use: --vault "${r.dir}"`,
        },
      ),
    );
}
