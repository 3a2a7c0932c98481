/**
 * sjzar/chatlog CSV: Time,SenderName,Sender,TalkerName,Talker,Content. Time is printed wall clock
 * ('2006-01-02 15:04:05'), taken as Beijing time. Transfers read `[转账|发送 ￥X](memo)`, with
 * 接收 / 退还 for the other directions. The CSV does not say which sender is the user.
 */
import { chatMessages } from './chatMessages.ts';
import { chatlogMoney } from './chatMoney.ts';
import { wallClockToIso } from './chatTime.ts';
import type { CsvChatLayout } from './csvChat.ts';
import { chatMessage, kindFromPlaceholder } from './message.ts';

export const CHATLOG_CSV_HEADER = 'Time,SenderName,Sender,TalkerName,Talker,Content';

export const chatlogCsvLayout: CsvChatLayout = {
  required: ['Time', 'SenderName', 'Sender', 'Content'],
  toMessage(cell, line) {
    const time = wallClockToIso(cell('Time'));
    if (time === null) return chatMessages.badTime(cell('Time'));
    const text = cell('Content');
    const kind = kindFromPlaceholder(text);
    return chatMessage({
      line,
      time,
      sender: cell('SenderName') || cell('Sender'),
      senderId: cell('Sender') || null,
      kind,
      text,
      ...chatlogMoney(kind, text),
    });
  },
};
