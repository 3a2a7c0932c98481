/**
 * `payproof chat list|messages|transcribe|excerpt|excerpts|remove-excerpt`: the CLI twins of the chat
 * page. Message numbers on the command line count from 1 in file order (the page shows the same).
 */
import type { Command } from 'commander';
import { yuan } from '../format.ts';
import { parseId, runMethod } from '../runMethod.ts';

const count = (v: string): number => parseId(v);

export function registerChatViews(group: Command): void {
  group
    .command('list')
    .description("the case's stored chats / 本案件的聊天记录")
    .requiredOption('--case <id>', 'case id')
    .action(async (o: { case: string }, cmd: Command) =>
      runMethod(
        cmd,
        'chat.list',
        { caseId: parseId(o.case) },
        {
          human: (list) =>
            list
              .map(
                (c) =>
                  `聊天 chat ${c.id}  ${c.file}  ${c.messageCount} 条 messages  ${c.first ?? ''} — ${c.last ?? ''}${
                    c.needsMe ? '  （未确认哪一位是你 who is you not set）' : ''
                  }`,
              )
              .join('\n') || '没有聊天记录 No chats',
        },
      ),
    );

  group
    .command('messages')
    .description('messages of a stored chat, filtered / 查看聊天消息')
    .requiredOption('--chat <id>', 'chat id')
    .option('--from <date>', 'from this Beijing date (YYYY-MM-DD)')
    .option('--to <date>', 'to this Beijing date (YYYY-MM-DD)')
    .option('--query <words>', 'containing these words')
    .action(async (o: { chat: string; from?: string; to?: string; query?: string }, cmd: Command) =>
      runMethod(
        cmd,
        'chat.messages',
        {
          chatId: parseId(o.chat),
          ...(o.from ? { from: o.from } : {}),
          ...(o.to ? { to: o.to } : {}),
          ...(o.query ? { query: o.query } : {}),
        },
        {
          human: (r) =>
            [
              ...r.messages.map(
                (m) =>
                  `#${m.seq + 1} [${m.id}] ${m.time} ${m.fromMe ? '我 ' : ''}${m.sender}: ${
                    m.kind === 'transfer' && m.amountFen !== null ? `[转账 ${yuan(m.amountFen)}] ` : ''
                  }${m.text}${m.kind === 'voice' ? (m.transcript ? ` 转写: ${m.transcript}` : ' （需转写 needs a transcript）') : ''}`,
              ),
              `${r.total} 条 messages`,
            ].join('\n'),
        },
      ),
    );

  group
    .command('transcribe')
    .description("type a voice message's transcript / 填写语音转写")
    .requiredOption('--message <id>', 'message id (the [id] chat messages prints)')
    .requiredOption('--text <transcript>', 'what the voice message says')
    .action(async (o: { message: string; text: string }, cmd: Command) =>
      runMethod(
        cmd,
        'chat.transcribe',
        { messageId: parseId(o.message), transcript: o.text },
        {
          human: (m) => `已保存转写 Transcript saved: #${m.seq + 1} ${m.transcript ?? ''}`,
        },
      ),
    );

  group
    .command('excerpt')
    .description('choose messages FROM..TO of a chat for the papers (a 聊天记录 exhibit) / 选定摘录')
    .requiredOption('--chat <id>', 'chat id')
    .requiredOption('--from <n>', 'first message number (from 1)', count)
    .requiredOption('--to <n>', 'last message number', count)
    .option('--title <text>', 'what the excerpt shows')
    .action(async (o: { chat: string; from: number; to: number; title?: string }, cmd: Command) =>
      runMethod(
        cmd,
        'chat.saveExcerpt',
        {
          chatId: parseId(o.chat),
          firstSeq: o.from - 1,
          lastSeq: o.to - 1,
          ...(o.title ? { title: o.title } : {}),
        },
        { human: (x) => `已保存摘录 Excerpt ${x.id}: 第 ${x.firstSeq + 1}–${x.lastSeq + 1} 条 messages` },
      ),
    );

  group
    .command('excerpts')
    .description("the case's chat excerpts / 摘录列表")
    .requiredOption('--case <id>', 'case id')
    .action(async (o: { case: string }, cmd: Command) =>
      runMethod(
        cmd,
        'chat.excerpts',
        { caseId: parseId(o.case) },
        {
          human: (list) =>
            list
              .map(
                (x) =>
                  `摘录 excerpt ${x.id}  聊天 chat ${x.chatId}  第 ${x.firstSeq + 1}–${x.lastSeq + 1} 条  ${x.title}`,
              )
              .join('\n') || '没有摘录 No excerpts',
        },
      ),
    );

  group
    .command('remove-excerpt <id>')
    .description('remove an excerpt (the chat stays) / 删除摘录')
    .action(async (idText: string, _o: unknown, cmd: Command) =>
      runMethod(
        cmd,
        'chat.removeExcerpt',
        { id: parseId(idText) },
        { human: (r) => `已删除摘录 Removed excerpt ${r.removed}` },
      ),
    );
}
