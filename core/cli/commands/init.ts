import type { Command } from 'commander';
import { runMethod } from '../runMethod.ts';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create the vault (or check an existing one) / 创建或检查证据库')
    .action(async (_opts, cmd: Command) =>
      runMethod(
        cmd,
        'vault.info',
        {},
        {
          human: (v) =>
            `证据库已就绪 Vault ready: ${v.dir}\n  ${v.cases} 个案件 cases, ${v.evidence} 件证据 evidence, schema v${v.schemaVersion}`,
        },
      ),
    );
}
