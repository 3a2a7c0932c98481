/**
 * sjzar/chatlog JSON (`/api/v1/chatlog?format=json`): an array of its Message objects —
 * seq, time (RFC 3339 with the exporting PC's offset), talker, talkerName, isChatRoom, sender,
 * senderName, isSelf, type, subType, content, contents. The time is converted to Beijing time from
 * its own offset; isSelf says which messages are the user's; transfers carry chatlog's tag
 * `[转账|发送 ￥X](memo)` in content, as in its CSV and text.
 */
import { chatMessages } from './chatMessages.ts';
import { chatlogMoney } from './chatMoney.ts';
import { instantToIso } from './chatTime.ts';
import { readJsonArrayObjects } from './jsonArrayObjects.ts';
import { memotraceKind } from './memotraceCsv.ts';
import { chatMessage } from './message.ts';
import type { ChatSink } from './types.ts';

/** One message object longer than this is damage, not a message. */
const MAX_OBJECT_CHARS = 4_000_000;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const int = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) ? v : -1);

/** Keys every chatlog message object has; detection looks for them in the file's head. */
export const CHATLOG_JSON_KEYS = ['"talker"', '"senderName"', '"isSelf"'] as const;

export async function readChatlogJson(
  chunks: AsyncIterable<string>,
  file: string,
  sink: ChatSink,
): Promise<number> {
  let count = 0;
  await readJsonArrayObjects(chunks, MAX_OBJECT_CHARS, (e) => {
    switch (e.kind) {
      case 'object': {
        const o = e.value;
        const time = instantToIso(str(o.time));
        if (time === null) {
          sink.error({ file, line: e.line, message: chatMessages.badTime(str(o.time).slice(0, 40)) });
          return;
        }
        const text = str(o.content);
        const kind = memotraceKind(int(o.type), int(o.subType), text);
        // chatlog names system notices' sender '系统消息'; like the other exporters they have none.
        const system = str(o.sender) === '系统消息';
        const senderId = system ? '' : str(o.sender);
        sink.message(
          chatMessage({
            line: e.line,
            time,
            sender: system ? '' : str(o.senderName) || senderId,
            senderId: senderId || null,
            fromMe: typeof o.isSelf === 'boolean' ? o.isSelf : null,
            kind,
            text,
            ...chatlogMoney(kind, text),
          }),
        );
        count++;
        return;
      }
      case 'bad-object':
      case 'stray':
        sink.error({ file, line: e.line, message: chatMessages.htmlBadLiteral() });
        return;
      case 'unterminated':
        sink.error({ file, line: e.line, message: chatMessages.htmlUnterminated() });
        return;
      case 'too-long':
        sink.error({ file, line: e.line, message: chatMessages.jsonTooLong(MAX_OBJECT_CHARS) });
        return;
      case 'no-array':
        sink.error({ file, line: 1, message: chatMessages.notChat() });
    }
  });
  return count;
}
