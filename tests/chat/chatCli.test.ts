/**
 * `payproof chat show FILE`, run as a user would (the real CLI in a child process): parse without
 * storing, JSON with every message field, a human summary, exit 1 when the file holds no chat.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/chat/${name}`, import.meta.url));

describe('payproof chat show', () => {
  it('prints {format, messages, errors} as JSON and stores nothing', async () => {
    const vault = path.join(tmp(), 'vault');
    const r = await runCli(['chat', 'show', fixture('chatlog.csv'), '--json'], { vault });
    expect(r.code).toBe(0);
    const json = r.json as {
      format: string;
      messages: Record<string, unknown>[];
      errors: Record<string, unknown>[];
    };
    expect(json.format).toBe('chatlog-csv');
    expect(json.messages).toHaveLength(5);
    expect(json.messages[1]).toEqual({
      line: 4,
      time: '2024-05-01T12:31:00+08:00',
      sender: '我',
      senderId: 'wxid_me',
      fromMe: null,
      kind: 'transfer',
      text: '[转账|发送 ￥1,280.00](定金(含运费))',
      amountFen: 128000,
      memo: '定金(含运费)',
      transferDirection: 'sent',
    });
    expect(json.errors).toEqual([
      {
        file: 'chatlog.csv',
        line: 8,
        message: expect.stringContaining('无法识别'),
        messageEn: expect.stringContaining('cannot be read'),
      },
    ]);
    expect(existsSync(vault)).toBe(false);
  });

  it('prints a short human summary with transfers and problems by line', async () => {
    const r = await runCli(['chat', 'show', fixture('memotrace.html')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('格式 Format: memotrace-html');
    expect(r.stdout).toContain('消息 Messages: 7');
    expect(r.stdout).toContain('时间 Time: 2024-05-01T12:30:05+08:00 — 2024-05-01T12:30:12+08:00');
    expect(r.stdout).toContain('转账 Transfers: 4');
    expect(r.stdout).toContain('#9  2024-05-01T12:30:08+08:00  卖家 老王  ¥1,280.00  收款 received  定金');
    expect(r.stdout).toContain('问题 Problems in memotrace.html (1):');
    expect(r.stdout).toContain('#12 ');
  });

  it('exits 1 with a zh/en message for an empty file and for a file that is no chat', async () => {
    const dir = tmp();
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const e = await runCli(['chat', 'show', empty, '--json']);
    expect(e.code).toBe(1);
    expect((e.json as { errors: { message: string; messageEn: string }[] }).errors[0]).toMatchObject({
      file: 'empty.txt',
      line: null,
      message: expect.stringContaining('文件是空的'),
      messageEn: expect.stringContaining('The file is empty'),
    });
    const notChat = path.join(dir, 'notes.txt');
    writeFileSync(notChat, '买菜\n交电费\n');
    const n = await runCli(['chat', 'show', notChat]);
    expect(n.code).toBe(1);
    expect(n.stdout).toContain('没有认出聊天记录的格式');
    expect(n.stdout).toContain('Could not recognise a chat export');
  });

  it('a missing file is an error naming it', async () => {
    const r = await runCli(['chat', 'show', path.join(tmp(), 'nope.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.csv');
  });
});
