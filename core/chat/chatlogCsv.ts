/**
 * sjzar/chatlog CSV: Time,SenderName,Sender,TalkerName,Talker,Content. Time is printed wall clock
 * ('2006-01-02 15:04:05'), taken as Beijing time. Transfers read `[转账|发送 ￥X](memo)`, with
 * 接收 / 退还 for the other directions. The CSV does not say which sender is the user.
 */
import { chatMessages } from './chatMessages.ts';
import { directionFromWords, firstYuanAmount } from './chatMoney.ts';
import { wallClockToIso } from './chatTime.ts';
import type { CsvChatLayout } from './csvChat.ts';
import { chatMessage, kindFromPlaceholder } from './message.ts';

export const CHATLOG_CSV_HEADER = 'Time,SenderName,Sender,TalkerName,Talker,Content';

/** '[转账|发送 ￥1.00](房租)' → the tag's detail ('发送 ￥1.00') and the memo ('房租'). */
function tagParts(content: string): { detail: string; memo: string } {
  const bar = content.indexOf('|');
  const close = content.indexOf(']', bar + 1);
  if (bar < 0 || close < 0) return { detail: '', memo: '' };
  const detail = content.slice(bar + 1, close);
  const hasMemo = content.charCodeAt(close + 1) === 40 /* ( */ && content.endsWith(')');
  return { detail, memo: hasMemo ? content.slice(close + 2, -1) : '' };
}

export const chatlogCsvLayout: CsvChatLayout = {
  required: ['Time', 'SenderName', 'Sender', 'Content'],
  toMessage(cell, line) {
    const time = wallClockToIso(cell('Time'));
    if (time === null) return chatMessages.badTime(cell('Time'));
    const text = cell('Content');
    const kind = kindFromPlaceholder(text);
    const money = kind === 'transfer' || kind === 'red-packet' ? tagParts(text) : null;
    return chatMessage({
      line,
      time,
      sender: cell('SenderName') || cell('Sender'),
      senderId: cell('Sender') || null,
      kind,
      text,
      amountFen: money ? firstYuanAmount(money.detail) : null,
      memo: money?.memo ?? null,
      transferDirection: money && kind === 'transfer' ? directionFromWords(money.detail) : null,
    });
  },
};
