/**
 * `payproof chat show FILE` parses an exported WeChat chat without storing anything. In JSON, each
 * error's `message` is the Chinese text and `messageEn` the English one. Exit 1 when the file holds
 * no chat (empty, binary, unknown format, or no message in it).
 */
import type { Command } from 'commander';
import type { ChatError, ChatParseResult } from '../../chat/types.ts';
import { yuan } from '../format.ts';
import { EXIT } from '../output.ts';
import { runMethod } from '../runMethod.ts';
import { dateHints, type DateHintOptions } from './chatDateHints.ts';
import { registerChatImport } from './chatImport.ts';
import { registerChatTransfers } from './chatTransfers.ts';
import { registerChatViews } from './chatViews.ts';

const errorJson = (e: ChatError) => ({
  file: e.file,
  line: e.line,
  message: e.message.zh,
  messageEn: e.message.en,
});

const DIRECTION: Record<string, string> = {
  sent: '发出 sent',
  received: '收款 received',
  returned: '退还 returned',
  delayed: '延时 delayed',
};

function summary(r: Pick<ChatParseResult, 'format' | 'encoding' | 'messages'>): string {
  const first = r.messages[0];
  const last = r.messages[r.messages.length - 1];
  const transfers = r.messages.filter((m) => m.kind === 'transfer');
  const senders = new Set(r.messages.map((m) => m.sender)).size;
  const lines = [
    `格式 Format: ${r.format}  编码 Encoding: ${r.encoding ?? '-'}`,
    `消息 Messages: ${r.messages.length}  发送人 Senders: ${senders}`,
  ];
  if (first && last) lines.push(`时间 Time: ${first.time} — ${last.time}`);
  lines.push(`转账 Transfers: ${transfers.length}`);
  for (const m of transfers.slice(0, 50))
    lines.push(
      `  #${m.line}  ${m.time}  ${m.sender}  ${m.amountFen !== null ? yuan(m.amountFen) : '金额未知 amount not in export'}${
        m.transferDirection ? `  ${DIRECTION[m.transferDirection]}` : ''
      }${m.memo ? `  ${m.memo}` : ''}`,
    );
  if (transfers.length > 50) lines.push(`  … ${transfers.length - 50} more`);
  return lines.join('\n');
}

export function registerChat(program: Command): void {
  const group = program.command('chat').description('exported WeChat chats / 聊天记录');
  registerChatImport(group);
  registerChatTransfers(group);
  registerChatViews(group);

  group
    .command('show <file>')
    .description(
      'parse a chat export (MemoTrace CSV/TXT/HTML, chatlog CSV/JSON/text, PyWxDump CSV, WechatExporter TXT, WeChat PC copy) without storing it / 预览聊天记录，不保存',
    )
    .option('--year <yyyy>', 'the year, when the export prints times without one (chatlog text) / 年份')
    .option('--date <yyyy-mm-dd>', 'the day, when the export prints only times of day / 日期')
    .action(async (file: string, o: DateHintOptions, cmd: Command) =>
      runMethod(
        cmd,
        'chat.parse',
        { path: file, ...dateHints(o) },
        {
          project: (r) => ({
            format: r.format,
            encoding: r.encoding,
            messages: r.messages,
            errors: r.errors.map(errorJson),
            missingDate: r.missingDate,
          }),
          human: (r) => summary(r) + humanErrors(r.errors),
          exitCode: (r) => (r.messages.length === 0 ? EXIT.failed : EXIT.ok),
        },
      ),
    );
}

function humanErrors(errors: ReturnType<typeof errorJson>[]): string {
  if (errors.length === 0) return '';
  const shown = errors
    .slice(0, 100)
    .map((e) => `  ${e.line !== null ? `#${e.line} ` : ''}${e.message} / ${e.messageEn}`);
  const more = errors.length > 100 ? [`  … ${errors.length - 100} more (--json lists all)`] : [];
  return `\n${[`问题 Problems in ${errors[0]?.file ?? ''} (${errors.length}):`, ...shown, ...more].join('\n')}`;
}
