/** One place that builds a ChatMessage, so every format fills every field the same way. */
import type { ChatMessage, ChatMessageKind, TransferDirection } from './types.ts';

export interface MessageFields {
  line: number;
  time: string;
  sender: string;
  senderId?: string | null;
  fromMe?: boolean | null;
  kind: ChatMessageKind;
  text: string;
  amountFen?: number | null;
  memo?: string | null;
  transferDirection?: TransferDirection | null;
}

export function chatMessage(f: MessageFields): ChatMessage {
  return {
    line: f.line,
    time: f.time,
    sender: f.sender,
    senderId: f.senderId || null,
    fromMe: f.fromMe ?? null,
    kind: f.kind,
    text: f.text,
    amountFen: f.amountFen ?? null,
    memo: f.memo || null,
    transferDirection: f.transferDirection ?? null,
  };
}

/** Placeholders the text exporters print for media ('[图片]', '[语音]' …) → the kind they stand for. */
export function kindFromPlaceholder(text: string): ChatMessageKind {
  if (text.length === 0 || text.charCodeAt(0) !== 91 /* [ */) return 'text';
  const close = text.indexOf(']');
  const bar = text.indexOf('|');
  const end = bar > 0 && (close < 0 || bar < close) ? bar : close;
  if (end < 0 || end > 12) return 'text';
  switch (text.slice(1, end)) {
    case '图片':
      return 'image';
    case '语音':
      return 'voice';
    case '视频':
      return 'video';
    case '文件':
      return 'file';
    case '转账':
      return 'transfer';
    case '红包':
      return 'red-packet';
    case '动画表情':
    case '表情包':
    case '位置':
    case '名片':
    case '链接':
    case '小程序':
      return 'other';
    default:
      return 'text';
  }
}
