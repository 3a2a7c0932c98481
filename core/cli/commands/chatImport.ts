/**
 * `payproof chat import FILE --case N`: the export becomes chat-backup evidence (unless the case holds
 * it already) and its messages are stored. When the export does not say which sender is the person,
 * the senders are listed and the command asks for `--me` (run it again; nothing is stored twice).
 * `--evidence ID` reads an export already stored in the case instead of a file.
 */
import type { Command } from 'commander';
import type { ChatError } from '../../chat/types.ts';
import type { ChatImportResult } from '../../api/schemas/chat.ts';
import { EXIT } from '../output.ts';
import { parseId, runMethod } from '../runMethod.ts';
import { dateHints } from './chatDateHints.ts';

const errorJson = (e: ChatError) => ({
  file: e.file,
  line: e.line,
  message: e.message.zh,
  messageEn: e.message.en,
});

type Shown = Omit<ChatImportResult, 'errors'> & { errors: ReturnType<typeof errorJson>[] };

function human(r: Shown): string {
  const lines = [
    r.alreadyImported
      ? `已导入过，未重复保存 Already imported, nothing added: 聊天 chat ${r.chatId}（证据 evidence ${r.evidenceId}）`
      : `已导入 Imported: ${r.messageCount} 条消息 messages → 聊天 chat ${r.chatId}（证据 evidence ${r.evidenceId}${
          r.evidenceReused ? '，文件已在本案件中 file already in this case' : ''
        }）`,
    `格式 Format: ${r.format}  编码 Encoding: ${r.encoding ?? '-'}  问题 Problems: ${r.errorCount}`,
  ];
  for (const e of r.errors.slice(0, 20))
    lines.push(`  ${e.line !== null ? `#${e.line} ` : ''}${e.message} / ${e.messageEn}`);
  if (r.needsMe) {
    lines.push('', '这些人里哪一位是你？ Which of these senders is you?');
    for (const s of r.senders) lines.push(`  --me ${s.key}    ${s.sender}  (${s.messages} 条 messages)`);
    lines.push('再运行一次并加上 --me（不会重复保存）。 Run again with --me (nothing is stored twice).');
  } else if (r.me) lines.push(`本人 Me: ${r.me}`);
  return lines.join('\n');
}

export function registerChatImport(group: Command): void {
  group
    .command('import [file]')
    .description(
      'store a chat export in a case: kept as evidence, messages read and searchable / 导入聊天记录',
    )
    .requiredOption('--case <id>', 'case id')
    .option('--evidence <id>', 'read an export already stored as evidence in this case (instead of a file)')
    .option('--me <sender>', 'which sender is you (a wxid, else the name as listed) / 哪一位是你')
    .option('--year <yyyy>', 'the year, when the export prints times without one (chatlog text) / 年份')
    .option('--date <yyyy-mm-dd>', 'the day, when the export prints only times of day / 日期')
    .addHelpText(
      'after',
      '\nExit 1 when no message could be read (nothing is stored then). Importing the same file again adds nothing.',
    )
    .action(
      async (
        file: string | undefined,
        o: { case: string; evidence?: string; me?: string; year?: string; date?: string },
        cmd: Command,
      ) => {
        if ((file === undefined) === (o.evidence === undefined))
          cmd.error('错误：请给出文件或 --evidence 之一。\nError: give a file or --evidence, one of them.', {
            exitCode: EXIT.usage,
          });
        return runMethod(
          cmd,
          'chat.import',
          {
            caseId: parseId(o.case),
            ...(file !== undefined ? { path: file } : { evidenceId: parseId(o.evidence ?? '') }),
            ...(o.me !== undefined ? { me: o.me } : {}),
            ...dateHints(o),
          },
          { project: (r): Shown => ({ ...r, errors: r.errors.map(errorJson) }), human },
        );
      },
    );
}
