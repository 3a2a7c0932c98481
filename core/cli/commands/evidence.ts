import type { Command } from 'commander';
import { evidenceLine, lines } from '../format.ts';
import { parseId, parseWindow, runMethod, type WindowOptions } from '../runMethod.ts';

export function registerEvidence(program: Command): void {
  const group = program.command('evidence').description('evidence files / 证据');

  group
    .command('add <files...>')
    .description(
      'add files or folders (recursively) as evidence; originals are hashed and never changed / 添加证据文件',
    )
    .requiredOption('--case <id>', 'case id')
    .option('--kind <kind>', 'evidence kind id (see `payproof routes`); suggested from the file when omitted')
    .option(
      '--payment <txid>',
      '交易单号 of the payment this evidence supports (repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option('--title <title>', 'title (default: the file name)')
    .option('--description <text>', 'what it shows / 说明')
    .option(
      '--no-ocr',
      'store images unread (by default their text is read, offline, before the command ends)',
    )
    .action(
      async (
        files: string[],
        o: {
          case: string;
          kind?: string;
          payment: string[];
          title?: string;
          description?: string;
          ocr: boolean;
        },
        cmd: Command,
      ) =>
        runMethod(
          cmd,
          'evidence.add',
          {
            caseId: parseId(o.case),
            paths: files,
            kind: o.kind,
            paymentTxids: o.payment.length ? o.payment : undefined,
            title: o.title,
            description: o.description,
            ocr: o.ocr ? 'wait' : 'off',
          },
          {
            project: (items) =>
              items.map((e) => ({
                id: e.id,
                sha256: e.sha256,
                size: e.size,
                mime: e.mime,
                deduplicated: e.deduplicated,
                duplicateOf: e.duplicateOf,
                kind: e.kind,
                originalName: e.originalName,
                capturedAt: e.capturedAt,
                warnings: e.warnings,
                textStatus: e.textStatus,
                ...(e.symlink ? { symlink: e.symlink } : {}),
              })),
            human: (items) =>
              `已添加 ${items.length} 件证据 Added ${items.length} evidence item(s):\n${items.map((e) => `  ${evidenceLine({ ...e, title: e.originalName } as never)}`).join('\n')}`,
          },
        ),
    );

  group
    .command('list')
    .description('list evidence of a case / 证据列表')
    .requiredOption('--case <id>', 'case id')
    .option('--offset <n>', 'skip the first n rows / 跳过前 n 条')
    .option('--limit <n>', 'at most n rows (1–10000) / 最多 n 条')
    .action(async (o: WindowOptions, cmd: Command) =>
      runMethod(
        cmd,
        'evidence.list',
        { caseId: parseId(o.case), ...parseWindow(o) },
        { human: (items) => lines(items, evidenceLine, '没有证据 No evidence yet.') },
      ),
    );

  group
    .command('remove <id>')
    .description(
      'remove an evidence item (the audit log keeps its hash; the file goes when nothing else uses it) / 删除证据',
    )
    .action(async (id: string, _o, cmd: Command) =>
      runMethod(
        cmd,
        'evidence.remove',
        { id: parseId(id) },
        {
          human: (r) =>
            `已删除证据 Removed ${evidenceLine(r.item)}${r.objectDeleted ? '' : '\n  (内容仍被其他证据使用，文件保留 / content still used by another item; file kept)'}`,
        },
      ),
    );
}
