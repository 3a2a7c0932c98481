/**
 * sjzar/chatlog's JSON and text exports, written as its Message.PlainText / c.JSON write them: RFC 3339
 * times with other offsets, transfers in every direction, `(我)` for the user, a group message, multi-line
 * text with a blank line, a damaged object, and the text format's times without a year or date — which
 * are asked for, never guessed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChat } from '../../core/chat/parseChat.ts';
import type { ChatMessage } from '../../core/chat/types.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/chat/${name}`, import.meta.url));
const base = { senderId: null, fromMe: null, amountFen: null, memo: null, transferDirection: null } as const;
const msg = (
  m: Partial<ChatMessage> & Pick<ChatMessage, 'line' | 'time' | 'sender' | 'kind' | 'text'>,
): ChatMessage => ({ ...base, ...m });
const seller = { sender: '卖家 老王', senderId: 'wxid_seller01', fromMe: false } as const;
const me = { sender: '我的昵称', senderId: 'wxid_me', fromMe: true } as const;

describe('chatlog JSON', () => {
  it('reads each object as data, converts every offset to Beijing time, names the bad ones', async () => {
    const r = await parseChat(fixture('chatlog.json'), 'chatlog.json');
    expect(r.format).toBe('chatlog-json');
    expect(r.missingDate).toBeNull();
    expect(r.messages).toEqual([
      msg({
        line: 1,
        time: '2024-05-01T12:30:05+08:00',
        ...seller,
        kind: 'text',
        text: '你好，\n货已经发了 "顺丰" </script>',
      }),
      msg({
        line: 2,
        time: '2024-05-01T12:31:00+08:00', // 04:31Z
        ...me,
        kind: 'transfer',
        text: '[转账|发送 ￥1,280.00](定金)',
        amountFen: 128000,
        memo: '定金',
        transferDirection: 'sent',
      }),
      msg({
        line: 3,
        time: '2024-05-01T12:32:00+08:00',
        ...seller,
        kind: 'transfer',
        text: '[转账|接收 ￥1,280.00]',
        amountFen: 128000,
        transferDirection: 'received',
      }),
      msg({
        line: 4,
        time: '2024-05-02T08:00:00+08:00', // 10:00 at +10:00
        ...seller,
        kind: 'transfer',
        text: '[转账|退还 ￥50.00](多付)',
        amountFen: 5000,
        memo: '多付',
        transferDirection: 'returned',
      }),
      msg({ line: 5, time: '2024-05-02T09:01:00+08:00', ...seller, kind: 'voice', text: '' }),
      msg({
        line: 8,
        time: '2024-05-02T09:04:00+08:00',
        sender: '',
        fromMe: false,
        kind: 'recall',
        text: '"卖家 老王"撤回了一条消息',
      }),
    ]);
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([
      ['chatlog.json', 6],
      ['chatlog.json', 7],
    ]);
    expect(r.errors[0]?.message.zh).toContain('时间“2024-05-02 09:02:00”无法识别');
    expect(r.errors[1]?.message.en).toContain('cannot be read (damaged)');
  });

  it('reports a file cut off inside the array, keeping the messages before', async () => {
    const text = fixture('chatlog.json').toString('utf8');
    const cut = text.slice(0, text.indexOf('\n{"seq":1714615260000') + 40);
    const r = await parseChat(Buffer.from(cut), 'cut.json');
    expect(r.messages).toHaveLength(4);
    expect(r.errors.at(-1)).toMatchObject({
      line: 5,
      message: { en: expect.stringContaining('never ends') },
    });
  });
});

describe('chatlog text', () => {
  it('asks for the year when times are printed as MM-DD, and reads nothing until told', async () => {
    const r = await parseChat(fixture('chatlog.txt'), 'chatlog.txt');
    expect(r.format).toBe('chatlog-txt');
    expect(r.missingDate).toBe('year');
    expect(r.messages).toEqual([]);
    expect(r.errors).toEqual([
      {
        file: 'chatlog.txt',
        line: 1,
        message: {
          zh: expect.stringContaining('--year 2024'),
          en: expect.stringContaining('we will not guess it'),
        },
      },
    ]);
  });

  it('with the year: names with spaces and brackets, (我), a group room, blank lines inside text, transfers', async () => {
    const r = await parseChat(fixture('chatlog.txt'), 'chatlog.txt', { year: 2024 });
    expect(r.missingDate).toBeNull();
    expect(r.messages).toEqual([
      msg({
        line: 1,
        time: '2024-05-01T12:30:05+08:00',
        ...seller,
        kind: 'text',
        text: '你好，货已经发了\n\n明天到',
      }),
      msg({
        line: 6,
        time: '2024-05-01T12:31:00+08:00',
        sender: '我的昵称',
        fromMe: true,
        kind: 'transfer',
        text: '[转账|发送 ￥1,280.00](定金(含运费))',
        amountFen: 128000,
        memo: '定金(含运费)',
        transferDirection: 'sent',
      }),
      msg({
        line: 9,
        time: '2024-05-01T12:32:00+08:00',
        ...seller,
        kind: 'transfer',
        text: '[转账|接收 ￥1,280.00]',
        amountFen: 128000,
        transferDirection: 'received',
      }),
      msg({
        line: 12,
        time: '2024-05-02T09:00:00+08:00',
        sender: '张(三)',
        senderId: 'zhang_3',
        fromMe: false,
        kind: 'transfer',
        text: '[转账|退还 ￥50.00](多付)',
        amountFen: 5000,
        memo: '多付',
        transferDirection: 'returned',
      }),
      msg({ line: 18, time: '2024-05-02T09:02:00+08:00', ...seller, kind: 'voice', text: '[语音]' }),
    ]);
    // 02-30 exists in no year: that one message is named, not shifted.
    expect(r.errors.map((e) => e.line)).toEqual([15]);
    expect(r.errors[0]?.message.zh).toContain('“2024-02-30 09:01:00”无法识别');
  });

  it('asks for the date of a one-day export printed as HH:MM:SS', async () => {
    const asked = await parseChat(fixture('chatlog-day.txt'), 'd.txt');
    expect(asked.missingDate).toBe('date');
    expect(asked.errors[0]?.message.en).toContain('--date 2024-05-01');
    const r = await parseChat(fixture('chatlog-day.txt'), 'd.txt', { date: '2024-05-03' });
    expect(r.messages.map((m) => [m.time, m.sender, m.fromMe, m.text])).toEqual([
      ['2024-05-03T12:30:05+08:00', '卖家 老王', false, '几点到？'],
      ['2024-05-03T12:31:00+08:00', '我的昵称', true, '下午'],
    ]);
  });

  it('needs nothing when the export spans years (full dates printed)', async () => {
    const r = await parseChat(fixture('chatlog-years.txt'), 'y.txt');
    expect(r.format).toBe('chatlog-txt');
    expect(r.missingDate).toBeNull();
    expect(r.messages.map((m) => m.time)).toEqual(['2023-12-31T23:59:00+08:00', '2024-01-01T00:00:10+08:00']);
  });
});
