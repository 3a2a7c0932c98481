/**
 * MemoTrace / WeChatMsg CSV: localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,
 * StrTime,Remark,NickName,Sender. The time comes from CreateTime (Unix seconds): StrTime is the
 * exporting PC's wall clock, which is not Beijing time when that PC was set to another zone. The CSV
 * carries no transfer amounts (only MemoTrace's HTML has them).
 */
import { chatMessages } from './chatMessages.ts';
import { epochSecondsToIso } from './chatTime.ts';
import type { CsvChatLayout } from './csvChat.ts';
import { chatMessage } from './message.ts';
import type { ChatMessageKind } from './types.ts';

export const MEMOTRACE_CSV_HEADER = 'localId,TalkerId,Type,SubType,IsSender,CreateTime';

/** WeChat's own message type codes (Type, SubType). */
export function memotraceKind(type: number, subType: number, text: string): ChatMessageKind {
  switch (type) {
    case 1:
      return 'text';
    case 3:
      return 'image';
    case 34:
      return 'voice';
    case 43:
      return 'video';
    case 47:
      return 'other'; // sticker
    case 49:
      if (subType === 6) return 'file';
      if (subType === 57) return 'text'; // a reply quoting an earlier message
      if (subType === 2000) return 'transfer';
      if (subType === 2001) return 'red-packet';
      return 'other';
    case 10000:
    case 10002:
      return text.includes('撤回') ? 'recall' : 'system';
    case 436207665:
      return 'red-packet';
    default:
      return 'other';
  }
}

export const memotraceCsvLayout: CsvChatLayout = {
  required: ['Type', 'SubType', 'IsSender', 'CreateTime', 'StrContent'],
  toMessage(cell, line) {
    const time = epochSecondsToIso(cell('CreateTime'));
    if (time === null) return chatMessages.badTime(cell('CreateTime'));
    const fromMe = cell('IsSender') === '1';
    const text = cell('StrContent');
    const kind = memotraceKind(Number(cell('Type')), Number(cell('SubType')), text);
    return chatMessage({
      line,
      time,
      sender: cell('Remark') || cell('NickName') || (fromMe ? '我' : ''),
      senderId: cell('Sender') || null,
      fromMe,
      kind,
      text,
    });
  },
};
