/**
 * The 聊天记录 exhibit in a real civil dossier, read back with pdftotext: the chosen range complete and
 * in order, the omitted messages counted, names with 微信号, times, transfer lines, a typed voice
 * transcript, the source file's SHA-256 and the note that the original phone is kept.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { listAudit } from '../../db/auditLog.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import { fixturePath, vaultWithCase } from './helpers/chatVault.ts';

const tmp = useTempDirs();

describe('chat excerpt exhibit', () => {
  it('prints the range whole, the omissions counted, the hash and the kept phone', async () => {
    const { ctx, caseId } = await vaultWithCase(tmp());
    const file = fixturePath('chatlog.json');
    const chat = await invoke(ctx, 'chat.import', { caseId, path: file });
    const { messages } = await invoke(ctx, 'chat.messages', { chatId: chat.chatId });
    const voice = messages.find((m) => m.kind === 'voice')!;
    await invoke(ctx, 'chat.transcribe', { messageId: voice.id, transcript: '货明天一定发，放心' });
    const filtered = await invoke(ctx, 'chat.messages', { chatId: chat.chatId, query: '一定发' });
    expect(filtered.messages.map((m) => m.id)).toEqual([voice.id]);
    const byDay = await invoke(ctx, 'chat.messages', {
      chatId: chat.chatId,
      from: '2024-05-02',
      to: '2024-05-02',
    });
    expect(byDay.total).toBe(3);
    const out = await invoke(ctx, 'chat.saveExcerpt', {
      chatId: chat.chatId,
      firstSeq: 1,
      lastSeq: 4,
      title: '定金与退款',
    });
    expect(out).toMatchObject({ firstSeq: 1, lastSeq: 4 });
    expect(
      listAudit(ctx.vault().db, caseId)
        .map((a) => a.action)
        .slice(-2),
    ).toEqual(['chat.transcribed', 'chat.excerpt-saved']);

    const doc = await invoke(ctx, 'dossier.generate', { caseId, doc: 'civil' });
    const text = execFileSync('pdftotext', ['-layout', doc.pdf, '-'], { encoding: 'utf8' });
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    const at = text.indexOf('聊天记录（摘录）');
    expect(at).toBeGreaterThan(0);
    const exhibit = text.slice(Math.max(0, at - 30)).replace(/[ \t]+/g, ' ');
    expect(exhibit).toMatch(/证据\d+之1 聊天记录（摘录）/);
    if (process.env.CHAT_EXHIBIT_OUT) copyFileSync(doc.pdf, process.env.CHAT_EXHIBIT_OUT);
    expect(exhibit).toContain(sha);
    expect(exhibit).toContain('卖家 老王（微信号：wxid_seller01）');
    expect(exhibit).toContain('我的昵称（微信号：wxid_me），即本人');
    expect(exhibit).toContain('第 2 至第 5 条（共 6 条）');
    let from = 0;
    const positions = [
      '……此处省略 1 条……',
      '2024-05-01 12:31:00 我的昵称（本人）',
      '【微信转账】¥1,280.00（转出），转账说明：定金',
      '2024-05-01 12:32:00 卖家 老王（wxid_seller01）',
      '【微信转账】¥1,280.00（确认收款）',
      '【微信转账】¥50.00（退还），转账说明：多付',
      '【语音消息，本人转写】货明天一定发，放心',
      '……此处省略 1 条……',
      '手机原件已妥善保管',
    ].map((s) => {
      const i = exhibit.indexOf(s, from);
      expect(i, s).toBeGreaterThanOrEqual(0); // each piece, after the one before
      from = i + s.length;
      return i;
    });
    expect(positions).toHaveLength(9);
    // The first message (outside the range) is not printed.
    expect(exhibit).not.toContain('货已经发了');
  }, 120_000);
});
