/** `case delete / restore / purge / trash`: the 回收站, the same methods the UI calls. */
import type { Command } from 'commander';
import type { CaseContents } from '../../../db/queries/caseTrash.ts';
import { confirmed } from '../confirm.ts';
import { caseLine, lines } from '../format.ts';
import { globalOptions, parseId, runMethod } from '../runMethod.ts';
import { resolveVaultDir } from '../../../db/vaultLocation.ts';
import { createVaultContext } from '../../api/vaultContext.ts';
import { invoke } from '../../api/dispatch.ts';

export const contentsText = (c: CaseContents): string =>
  `${c.payments} 笔付款 payments, ${c.evidence} 件证据 evidence, ${c.documents} 份材料 documents, ${c.events} 条时间线 events, ${c.counterparties} 个对方 counterparties`;

/** What would go, read without changing anything (for the question); null when the case cannot be read. */
async function preview(cmd: Command, id: number): Promise<string | null> {
  const ctx = createVaultContext(resolveVaultDir(globalOptions(cmd).vault), { mustExist: true });
  try {
    const r = await invoke(ctx, 'case.delete', { id, dryRun: true });
    return `删除案件 Delete case ${caseLine(r.case)}?\n  将移入回收站 Goes to the trash with: ${contentsText(r.contents)}`;
  } catch {
    return null;
  } finally {
    ctx.close();
  }
}

export function registerCaseTrash(group: Command): void {
  group
    .command('delete <id>')
    .description('move a case to the trash (restore brings it back) / 删除案件（移入回收站）')
    .option('--yes', 'do not ask / 不再确认')
    .option('--revision <n>', 'refuse if the case changed since this revision')
    .action(async (id: string, o: { yes?: boolean; revision?: string }, cmd: Command) => {
      const caseId = parseId(id);
      const json = Boolean(globalOptions(cmd).json);
      if (!o.yes) {
        // A case that cannot be read gets its error from the real call below.
        const question = await preview(cmd, caseId);
        if (question && !(await confirmed(question, false, '删除案件 Deleting a case', json))) return;
      }
      await runMethod(
        cmd,
        'case.delete',
        { id: caseId, ...(o.revision ? { revision: Number(o.revision) } : {}) },
        {
          mustExist: true,
          human: (r) =>
            `已移入回收站 Moved to the trash: ${caseLine(r.case)}\n  ${contentsText(r.contents)}\n  恢复 Restore: payproof case restore ${r.case.id}`,
        },
      );
    });

  group
    .command('restore <id>')
    .description('bring a case back from the trash / 从回收站恢复')
    .action(async (id: string, _o, cmd: Command) =>
      runMethod(
        cmd,
        'case.restore',
        { id: parseId(id) },
        {
          mustExist: true,
          human: (c) => `已恢复 Restored ${caseLine(c)}`,
        },
      ),
    );

  group
    .command('purge <id>')
    .description('erase a case in the trash for good, with originals no other case uses / 彻底清除')
    .option('--yes', 'do not ask / 不再确认')
    .action(async (id: string, o: { yes?: boolean }, cmd: Command) => {
      const json = Boolean(globalOptions(cmd).json);
      const question = `彻底清除案件 ${id}？此操作无法撤销。 Erase case ${id} for good? This cannot be undone.`;
      if (!(await confirmed(question, Boolean(o.yes), '彻底清除案件 Purging a case', json))) return;
      await runMethod(
        cmd,
        'case.purge',
        { id: parseId(id) },
        {
          mustExist: true,
          human: (r) =>
            `已彻底清除案件 Erased case ${r.caseId}: ${contentsText(r.contents)}; 删除原件 originals deleted ${r.objectsDeleted}, 材料文件 document files ${r.documentFilesDeleted}`,
        },
      );
    });

  group
    .command('trash')
    .description('list deleted cases / 回收站')
    .action(async (_o, cmd: Command) =>
      runMethod(
        cmd,
        'case.listDeleted',
        {},
        {
          human: (cases) =>
            lines(
              cases,
              (c) => `${caseLine(c)}  删除于 deleted ${c.deletedAt ?? ''}`,
              '回收站是空的 The trash is empty.',
            ),
        },
      ),
    );
}
