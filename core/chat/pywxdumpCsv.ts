/**
 * PyWxDump CSV: id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime (split every
 * 5,000 rows into separate files; each file is read on its own). CreateTime is Unix seconds in some
 * versions and printed wall clock in others; both are read. Transfers: '转账：￥…\n转账说明：…'.
 */
import { chatMessages } from './chatMessages.ts';
import { directionFromWords, firstYuanAmount } from './chatMoney.ts';
import { epochSecondsToIso, wallClockToIso } from './chatTime.ts';
import type { CsvChatLayout } from './csvChat.ts';
import { chatMessage } from './message.ts';
import type { ChatMessageKind } from './types.ts';

export const PYWXDUMP_CSV_HEADER = 'id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime';

function kindOf(typeName: string, msg: string): ChatMessageKind {
  if (typeName === '文本' || typeName === '引用回复') return 'text';
  if (typeName.includes('图片')) return 'image';
  if (typeName.includes('语音')) return 'voice';
  if (typeName.includes('视频')) return 'video';
  if (typeName.includes('文件')) return 'file';
  if (typeName.includes('转账')) return 'transfer';
  if (typeName.includes('红包')) return 'red-packet';
  if (typeName.includes('撤回') || (typeName.includes('系统') && msg.includes('撤回'))) return 'recall';
  if (typeName.includes('系统')) return 'system';
  return 'other';
}

/** '转账说明：房租' → '房租' (to the end of that line). */
function memoOf(msg: string): string {
  for (const label of ['转账说明：', '转账说明:']) {
    const at = msg.indexOf(label);
    if (at >= 0) {
      const end = msg.indexOf('\n', at);
      return msg.slice(at + label.length, end < 0 ? undefined : end).trim();
    }
  }
  return '';
}

export const pywxdumpCsvLayout: CsvChatLayout = {
  required: ['type_name', 'is_sender', 'talker', 'msg', 'CreateTime'],
  toMessage(cell, line) {
    const raw = cell('CreateTime');
    const time = epochSecondsToIso(raw) ?? wallClockToIso(raw);
    if (time === null) return chatMessages.badTime(raw);
    const text = cell('msg');
    const kind = kindOf(cell('type_name'), text);
    const money = kind === 'transfer' || kind === 'red-packet';
    return chatMessage({
      line,
      time,
      sender: cell('talker'),
      senderId: cell('talker') || null,
      fromMe: cell('is_sender') === '1',
      kind,
      text,
      amountFen: money ? firstYuanAmount(text) : null,
      memo: money ? memoOf(text) : null,
      transferDirection: kind === 'transfer' ? directionFromWords(text.split('\n', 1)[0] ?? '') : null,
    });
  },
};
