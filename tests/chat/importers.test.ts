/**
 * Chat importers on real files written the way each exporter writes them, with the awkward cases:
 * multi-line messages, names with spaces, transfers in every direction, a PC set to another time
 * zone, GBK / UTF-16 text, `</script>` and quotes in HTML, a malformed literal, a group chat, an
 * empty export, a file that is no chat.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseChat } from '../../core/chat/parseChat.ts';
import type { ChatMessage } from '../../core/chat/types.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/chat/${name}`, import.meta.url));
const parseFixture = (name: string) => parseChat(fixture(name), name);

const base = { senderId: null, fromMe: null, amountFen: null, memo: null, transferDirection: null } as const;
const msg = (
  m: Partial<ChatMessage> & Pick<ChatMessage, 'line' | 'time' | 'sender' | 'kind' | 'text'>,
): ChatMessage => ({
  ...base,
  ...m,
});

describe('MemoTrace CSV', () => {
  it('reads times from CreateTime, not the PC-local StrTime, and keeps multi-line quoted text', async () => {
    const r = await parseFixture('memotrace.csv');
    expect(r.format).toBe('memotrace-csv');
    expect(r.encoding).toBe('utf-8-bom');
    // StrTime says 05:30:05 (the exporting PC was on UTC); CreateTime 1714537805 is 12:30:05 in Beijing.
    expect(r.messages).toEqual([
      msg({
        line: 2,
        time: '2024-05-01T12:30:05+08:00',
        sender: '卖家 老王',
        senderId: 'wxid_seller01',
        fromMe: false,
        kind: 'text',
        text: '你好，货已经发了',
      }),
      msg({
        line: 3,
        time: '2024-05-01T12:31:05+08:00',
        sender: '我的昵称',
        senderId: 'wxid_me',
        fromMe: true,
        kind: 'text',
        text: '说好今天发货，\n怎么还没有单号？\n"急用"',
      }),
      msg({
        line: 6,
        time: '2024-05-01T12:32:05+08:00',
        sender: '我的昵称',
        senderId: 'wxid_me',
        fromMe: true,
        kind: 'transfer',
        text: '[转账]',
      }),
      msg({
        line: 7,
        time: '2024-05-01T12:33:05+08:00',
        sender: '',
        fromMe: false,
        kind: 'recall',
        text: '"卖家 老王"撤回了一条消息',
      }),
    ]);
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([
      ['memotrace.csv', 8],
      ['memotrace.csv', 9],
    ]);
    expect(r.errors[0]?.message.zh).toContain('notatime');
    expect(r.errors[0]?.message.en).toContain('cannot be read');
    expect(r.errors[1]?.message.zh).toContain('只有 7 列（应有 12 列）');
  });

  it('names each sender of a group chat by remark or nickname with their wxid', async () => {
    const r = await parseFixture('memotrace-group.csv');
    expect(r.errors).toEqual([]);
    expect(r.messages.map((m) => [m.sender, m.senderId, m.fromMe])).toEqual([
      ['Li Ming', 'wxid_li', false],
      ['张 三', 'wxid_zhang', false],
      ['我的昵称', 'wxid_me', true],
    ]);
  });
});

describe('MemoTrace TXT', () => {
  it('takes the time as the first 19 characters, so names keep their spaces; blank lines inside text stay', async () => {
    const r = await parseFixture('memotrace.txt');
    expect(r.format).toBe('memotrace-txt');
    expect(r.errors).toEqual([]);
    expect(r.messages).toEqual([
      msg({
        line: 1,
        time: '2024-05-01T12:30:05+08:00',
        sender: '卖家 老王',
        kind: 'text',
        text: '你好，货已经发了',
      }),
      msg({
        line: 4,
        time: '2024-05-01T12:31:05+08:00',
        sender: '我 的 昵称',
        kind: 'text',
        text: '说好今天发货，\n\n怎么还没有单号？',
      }),
      msg({ line: 9, time: '2024-05-01T12:32:05+08:00', sender: '卖家 老王', kind: 'image', text: '[图片]' }),
      msg({
        line: 12,
        time: '2024-05-01T12:33:05+08:00',
        sender: '卖家 老王',
        kind: 'voice',
        text: '[语音]',
      }),
    ]);
  });

  it('reads the same export saved as GBK (GB18030) and as UTF-16LE with BOM', async () => {
    const utf8 = await parseFixture('memotrace.txt');
    const text = fixture('memotrace.txt').toString('utf8');
    const gbk = await parseChat(iconv.encode(text, 'gbk'), 'gbk.txt');
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.messages).toEqual(utf8.messages);
    const utf16 = await parseChat(
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
      'u16.txt',
    );
    expect(utf16.encoding).toBe('utf-16le');
    expect(utf16.messages).toEqual(utf8.messages);
  });
});

describe('chatlog CSV', () => {
  it('reads transfers sent, received and returned with amount and memo', async () => {
    const r = await parseFixture('chatlog.csv');
    expect(r.format).toBe('chatlog-csv');
    const seller = { sender: '卖家 老王', senderId: 'wxid_seller01' };
    expect(r.messages).toEqual([
      msg({
        line: 2,
        time: '2024-05-01T12:30:05+08:00',
        ...seller,
        kind: 'text',
        text: '你好，\n货已经发了',
      }),
      msg({
        line: 4,
        time: '2024-05-01T12:31:00+08:00',
        sender: '我',
        senderId: 'wxid_me',
        kind: 'transfer',
        text: '[转账|发送 ￥1,280.00](定金(含运费))',
        amountFen: 128000,
        memo: '定金(含运费)',
        transferDirection: 'sent',
      }),
      msg({
        line: 5,
        time: '2024-05-01T12:32:00+08:00',
        ...seller,
        kind: 'transfer',
        text: '[转账|接收 ￥1,280.00]()',
        amountFen: 128000,
        transferDirection: 'received',
      }),
      msg({
        line: 6,
        time: '2024-05-02T09:00:00+08:00',
        ...seller,
        kind: 'transfer',
        text: '[转账|退还 ￥50.00](多付)',
        amountFen: 5000,
        memo: '多付',
        transferDirection: 'returned',
      }),
      msg({ line: 7, time: '2024-05-02T09:01:00+08:00', ...seller, kind: 'image', text: '[图片]' }),
    ]);
    expect(r.errors.map((e) => [e.line, e.message.zh.includes('2024-13-02 09:01:00')])).toEqual([[8, true]]);
  });

  it('reads a UTF-16LE copy of the CSV', async () => {
    const text = fixture('chatlog.csv').toString('utf8');
    const r = await parseChat(
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
      'u16.csv',
    );
    expect(r.format).toBe('chatlog-csv');
    expect(r.messages).toEqual((await parseFixture('chatlog.csv')).messages);
  });
});

describe('PyWxDump CSV', () => {
  it('reads is_sender, both time styles and 转账：￥…\\n转账说明：…', async () => {
    const r = await parseFixture('pywxdump.csv');
    expect(r.format).toBe('pywxdump-csv');
    expect(r.errors).toEqual([]);
    expect(r.messages).toEqual([
      msg({
        line: 2,
        time: '2024-05-01T12:30:05+08:00',
        sender: 'wxid_seller01',
        senderId: 'wxid_seller01',
        fromMe: false,
        kind: 'text',
        text: '在吗',
      }),
      msg({
        line: 3,
        time: '2024-05-01T12:31:05+08:00',
        sender: 'wxid_me',
        senderId: 'wxid_me',
        fromMe: true,
        kind: 'transfer',
        text: '转账：￥200.00\n转账说明：尾款',
        amountFen: 20000,
        memo: '尾款',
      }),
      msg({
        line: 5,
        time: '2024-05-01T12:32:05+08:00',
        sender: 'wxid_seller01',
        senderId: 'wxid_seller01',
        fromMe: false,
        kind: 'voice',
        text: '',
      }),
      msg({
        line: 6,
        time: '2024-05-01T12:33:05+08:00',
        sender: 'wxid_seller01',
        senderId: 'wxid_seller01',
        fromMe: false,
        kind: 'recall',
        text: '"卖家"撤回了一条消息',
      }),
    ]);
  });
});

describe('WechatExporter TXT', () => {
  it('skips the title, keeps names with spaces and brackets, joins continuation lines', async () => {
    const r = await parseFixture('wechatexporter.txt');
    expect(r.format).toBe('wechatexporter-txt');
    expect(r.errors).toEqual([]);
    expect(r.messages).toEqual([
      msg({
        line: 3,
        time: '2024-05-01T12:30:05+08:00',
        sender: '卖家 老王',
        kind: 'text',
        text: '你好 (在吗):\n货已经发了',
      }),
      msg({
        line: 5,
        time: '2024-05-01T12:31:05+08:00',
        sender: '我',
        kind: 'transfer',
        text: '微信转账 ￥88.00 转账给卖家 老王',
        amountFen: 8800,
        transferDirection: 'sent',
      }),
      msg({
        line: 6,
        time: '2024-05-01T12:32:05+08:00',
        sender: '卖家 (老王)',
        kind: 'image',
        text: '[图片]',
      }),
    ]);
  });
});

describe('text copied from WeChat for PC', () => {
  it('reads name + date + time headers, with or without seconds', async () => {
    const r = await parseFixture('pc-copy.txt');
    expect(r.format).toBe('wechat-pc-copy');
    expect(r.errors).toEqual([]);
    expect(r.messages).toEqual([
      msg({
        line: 1,
        time: '2024-05-01T12:30:05+08:00',
        sender: '卖家 老王',
        kind: 'text',
        text: '你好，货已经发了\n明天到',
      }),
      msg({ line: 5, time: '2024-05-01T12:31:00+08:00', sender: '我的昵称', kind: 'text', text: '好的' }),
    ]);
  });
});

describe('MemoTrace HTML', () => {
  it('parses the literals as data: </script> and quotes are text, every transfer direction, a bad literal named', async () => {
    const r = await parseFixture('memotrace.html');
    expect(r.format).toBe('memotrace-html');
    const me = { sender: '我的昵称', fromMe: true };
    const seller = { sender: '卖家 老王', fromMe: false };
    expect(r.messages).toEqual([
      msg({
        line: 6,
        time: '2024-05-01T12:30:05+08:00',
        ...me,
        kind: 'text',
        text: '说好今天发 "货"，别再 <骗> 我</script><script>alert(1)</script>',
      }),
      msg({ line: 7, time: '2024-05-01T12:30:06+08:00', ...seller, kind: 'text', text: 'It\'s "fine" 你好' }),
      msg({
        line: 8,
        time: '2024-05-01T12:30:07+08:00',
        ...me,
        kind: 'transfer',
        text: '[转账]',
        amountFen: 128000,
        memo: '定金',
        transferDirection: 'sent',
      }),
      msg({
        line: 9,
        time: '2024-05-01T12:30:08+08:00',
        ...seller,
        kind: 'transfer',
        text: '[转账]',
        amountFen: 128000,
        memo: '定金',
        transferDirection: 'received',
      }),
      msg({
        line: 10,
        time: '2024-05-01T12:30:09+08:00',
        ...seller,
        kind: 'transfer',
        text: '[转账]',
        amountFen: 5000,
        transferDirection: 'returned',
      }),
      msg({
        line: 11,
        time: '2024-05-01T12:30:10+08:00',
        ...me,
        kind: 'transfer',
        text: '[转账]',
        amountFen: 990,
        transferDirection: 'delayed',
      }),
      msg({
        line: 13,
        time: '2024-05-01T12:30:12+08:00',
        sender: '',
        fromMe: false,
        kind: 'recall',
        text: '"卖家 老王" 撤回了一条消息',
      }),
    ]);
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([['memotrace.html', 12]]);
    expect(r.errors[0]?.message.en).toContain('damaged');
  });

  it('reports an array that never ends, keeping the complete messages before it', async () => {
    const text = fixture('memotrace.html').toString('utf8');
    const cut = text.slice(0, text.indexOf("{type:49, sub_type:2000, text:'[转账]', paysubtype:3") + 30);
    const r = await parseChat(Buffer.from(cut), 'cut.html');
    expect(r.messages.map((m) => m.line)).toEqual([6, 7, 8]);
    expect(r.errors.map((e) => e.line)).toEqual([9]);
    expect(r.errors[0]?.message.zh).toContain('没有结尾');
  });

  it('says so when a web page holds no MemoTrace list', async () => {
    const r = await parseChat(Buffer.from('<!DOCTYPE html><html><body>hello</body></html>'), 'page.html');
    expect(r.format).toBe('memotrace-html');
    expect(r.messages).toEqual([]);
    expect(r.errors[0]?.message.zh).toContain('const chatMessages');
  });
});

describe('files that hold no chat', () => {
  it('an empty file', async () => {
    const r = await parseChat(Buffer.alloc(0), 'empty.csv');
    expect(r).toEqual({
      format: 'unknown',
      encoding: null,
      messages: [],
      errors: [
        {
          file: 'empty.csv',
          line: null,
          message: expect.objectContaining({ zh: expect.stringContaining('空的') }),
        },
      ],
      missingDate: null,
    });
  });

  it('an export with a header and no message', async () => {
    const r = await parseChat(
      Buffer.from(`${fixture('memotrace.csv').toString('utf8').split('\n')[0]}\n`),
      'none.csv',
    );
    expect(r.format).toBe('memotrace-csv');
    expect(r.messages).toEqual([]);
    expect(r.errors.map((e) => e.message.en)).toEqual([expect.stringContaining('holds no messages')]);
  });

  it('a WeChat Pay bill, and binary data', async () => {
    const bill = await parseChat(
      Buffer.from('交易时间,交易类型,交易对方,商品\n2024-05-01 12:00:00,商户消费,某店,货\n'),
      'bill.csv',
    );
    expect(bill.format).toBe('unknown');
    expect(bill.errors.map((e) => e.message.zh)).toEqual([expect.stringContaining('没有认出聊天记录的格式')]);
    const png = await parseChat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), 'x.csv');
    expect(png.errors.map((e) => e.message.en)).toEqual([expect.stringContaining('binary data')]);
  });

  it('a CSV with an unclosed quote stops at the line that breaks, keeping what came before', async () => {
    const head = fixture('memotrace-group.csv').toString('utf8');
    const r = await parseChat(
      Buffer.from(`${head}4,x@chatroom,1,0,0,1714537808,2,"never closed,t,,a,b\n`),
      'q.csv',
    );
    expect(r.messages).toHaveLength(3);
    expect(r.errors.map((e) => e.line)).toEqual([5]);
    expect(r.errors[0]?.message.zh).toContain('引号未闭合');
  });
});
