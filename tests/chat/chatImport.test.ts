/**
 * chat.import on a real vault: the export is stored as chat-backup evidence with its SHA-256, the
 * messages go in linked to it and into search, a re-import adds nothing, "这些人里哪一位是你？" is
 * answered with `me`, and every bad file (empty, binary, no chat, a chatlog text without its year,
 * a broken CSV with nothing before the break) is refused with its file and line, leaving the vault
 * exactly as it was.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { isAppError } from '../../core/errors.ts';
import { listAudit, verifyAuditChain } from '../../db/auditLog.ts';
import { runDoctor } from '../../db/doctor.ts';
import { getEvidence } from '../../db/queries/evidence.ts';
import { createProgress } from '../../core/progress.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import { fixturePath, vaultState, vaultWithCase } from './helpers/chatVault.ts';

const tmp = useTempDirs();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    if (isAppError(err)) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('chat.import', () => {
  it('keeps the export as chat-backup evidence and stores its messages, searchable, audited', async () => {
    const { ctx, caseId } = await vaultWithCase(tmp());
    const file = fixturePath('memotrace.csv');
    const r = await invoke(ctx, 'chat.import', { caseId, path: file });
    expect(r).toMatchObject({
      alreadyImported: false,
      evidenceReused: false,
      format: 'memotrace-csv',
      messageCount: 4,
      errorCount: 2,
      needsMe: false,
      me: null,
    });
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([
      ['memotrace.csv', 8],
      ['memotrace.csv', 9],
    ]);
    const ev = getEvidence(ctx.vault().db, r.evidenceId);
    expect(ev).toMatchObject({
      kind: 'chat-backup',
      sha256: sha(file),
      originalName: 'memotrace.csv',
      caseId,
    });
    const { db } = ctx.vault();
    const rows = db
      .prepare(
        'SELECT seq, line, time, sender, from_me, kind FROM chat_messages WHERE chat_id = ? ORDER BY seq',
      )
      .all(r.chatId);
    expect(rows).toEqual([
      { seq: 0, line: 2, time: '2024-05-01T12:30:05+08:00', sender: '卖家 老王', from_me: 0, kind: 'text' },
      { seq: 1, line: 3, time: '2024-05-01T12:31:05+08:00', sender: '我的昵称', from_me: 1, kind: 'text' },
      {
        seq: 2,
        line: 6,
        time: '2024-05-01T12:32:05+08:00',
        sender: '我的昵称',
        from_me: 1,
        kind: 'transfer',
      },
      { seq: 3, line: 7, time: '2024-05-01T12:33:05+08:00', sender: '', from_me: 0, kind: 'recall' },
    ]);
    const found = await invoke(ctx, 'search.query', { query: '怎么还没有单号', caseId });
    expect(found.hits).toEqual([expect.objectContaining({ kind: 'chat-message', caseId })]);
    expect(listAudit(db, caseId).map((a) => a.action)).toEqual([
      'case.created',
      'counterparty.saved',
      'evidence.added',
      'chat.imported',
    ]);
    const doctor = await runDoctor(ctx.vault(), createProgress({}));
    expect(doctor.ok).toBe(true);
  });

  it('a second import of the same file adds nothing', async () => {
    const { ctx, caseId } = await vaultWithCase(tmp());
    const first = await invoke(ctx, 'chat.import', { caseId, path: fixturePath('memotrace.html') });
    const before = vaultState(ctx);
    const copy = path.join(tmp(), '另存的聊天记录.html');
    writeFileSync(copy, readFileSync(fixturePath('memotrace.html')));
    const again = await invoke(ctx, 'chat.import', { caseId, path: copy });
    expect(again).toMatchObject({
      alreadyImported: true,
      evidenceReused: true,
      chatId: first.chatId,
      evidenceId: first.evidenceId,
    });
    expect(vaultState(ctx)).toEqual(before);
  });

  it('asks which sender is the person when the export does not say, and takes `me` afterwards', async () => {
    const { ctx, caseId } = await vaultWithCase(tmp());
    const r = await invoke(ctx, 'chat.import', { caseId, path: fixturePath('chatlog.csv') });
    expect(r.needsMe).toBe(true);
    expect(r.senders.map((s) => [s.key, s.sender, s.messages, s.fromMe])).toEqual([
      ['wxid_seller01', '卖家 老王', 4, null],
      ['wxid_me', '我', 1, null],
    ]);
    const wrong = await refusal(
      invoke(ctx, 'chat.import', { caseId, evidenceId: r.evidenceId, me: 'wxid_nobody' }),
    );
    expect(wrong.code).toBe('chat-me-unknown');
    expect(wrong.userMessage.zh).toContain('这些人里哪一位是你？卖家 老王（wxid_seller01）、我（wxid_me）');
    const answered = await invoke(ctx, 'chat.import', { caseId, evidenceId: r.evidenceId, me: 'wxid_me' });
    expect(answered).toMatchObject({ alreadyImported: true, needsMe: false, me: 'wxid_me' });
    expect(answered.senders.map((s) => [s.key, s.fromMe])).toEqual([
      ['wxid_seller01', false],
      ['wxid_me', true],
    ]);
    const { db } = ctx.vault();
    expect(listAudit(db, caseId).at(-1)).toMatchObject({
      action: 'chat.me-set',
      details: { me: 'wxid_me', messagesChanged: 5 },
    });
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('takes `me` on the first import too, and never overrides what the export itself says', async () => {
    const { ctx, caseId } = await vaultWithCase(tmp());
    const r = await invoke(ctx, 'chat.import', { caseId, path: fixturePath('memotrace-group.csv') });
    expect(r.needsMe).toBe(false);
    const direct = await invoke(ctx, 'chat.import', {
      caseId,
      path: fixturePath('chatlog.csv'),
      me: 'wxid_seller01',
    });
    expect(direct).toMatchObject({ alreadyImported: false, needsMe: false, me: 'wxid_seller01' });
  });

  it('reads GBK and UTF-16 exports into the same messages', async () => {
    const { ctx, caseId } = await vaultWithCase(tmp());
    const text = readFileSync(fixturePath('memotrace.txt'), 'utf8');
    const gbk = path.join(tmp(), 'gbk.txt');
    writeFileSync(gbk, iconv.encode(text, 'gb18030'));
    const utf16 = path.join(tmp(), 'utf16.txt');
    writeFileSync(utf16, iconv.encode(text, 'utf-16le', { addBOM: true }));
    const a = await invoke(ctx, 'chat.import', { caseId, path: gbk, me: '我 的 昵称' });
    const b = await invoke(ctx, 'chat.import', { caseId, path: utf16, me: '我 的 昵称' });
    expect([a.encoding, b.encoding]).toEqual(['gb18030', 'utf-16le']);
    const { db } = ctx.vault();
    const texts = (id: number) =>
      db.prepare('SELECT sender, text FROM chat_messages WHERE chat_id = ? ORDER BY seq').all(id);
    expect(texts(a.chatId)).toEqual(texts(b.chatId));
    expect(a.messageCount).toBeGreaterThan(2);
  });
});

describe('chat.import refuses bad files and leaves the vault unchanged', () => {
  const cases: [string, string | Buffer, string, RegExp][] = [
    ['empty.csv', '', 'empty.csv', /文件是空的/],
    ['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), 'photo.png', /二进制数据/],
    ['notes.txt', '买菜\n交电费\n', 'notes.txt', /没有认出聊天记录的格式/],
    [
      'chatlog.txt',
      readFileSync(fixturePath('chatlog.txt')),
      'chatlog.txt：没有读到任何聊天消息，证据库里什么都没有改动。第 1 行',
      /--year 2024/,
    ],
    [
      'broken.csv',
      'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n1,x,1,0,0,1714537808,2,"never closed,t,,a,b\n',
      'broken.csv：没有读到任何聊天消息，证据库里什么都没有改动。第 2 行',
      /引号未闭合/,
    ],
    [
      'header-only.csv',
      'Time,SenderName,Sender,TalkerName,Talker,Content\n',
      'header-only.csv',
      /没有任何消息/,
    ],
  ];
  for (const [name, bytes, names, reason] of cases) {
    it(`${name}: a zh/en error naming the file${names.includes('行') ? ' and line' : ''}`, async () => {
      const dir = tmp();
      const { ctx, caseId } = await vaultWithCase(dir);
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const before = vaultState(ctx);
      const err = await refusal(invoke(ctx, 'chat.import', { caseId, path: file }));
      expect(err.code).toBe('chat-nothing-imported');
      expect(err.userMessage.zh).toContain(names);
      expect(err.userMessage.zh).toMatch(reason);
      expect(err.userMessage.en).toContain(
        `${name}: no chat message could be read; nothing in the vault was changed.`,
      );
      expect(vaultState(ctx)).toEqual(before);
    });
  }

  it('evidence of another case is refused by name', async () => {
    const { ctx, caseId } = await vaultWithCase(tmp());
    const r = await invoke(ctx, 'chat.import', { caseId, path: fixturePath('memotrace.csv') });
    const other = await invoke(ctx, 'case.create', {
      title: '另一件事',
      route: 'fraud',
      counterparty: '某人',
    });
    const before = vaultState(ctx);
    const err = await refusal(invoke(ctx, 'chat.import', { caseId: other.id, evidenceId: r.evidenceId }));
    expect(err.code).toBe('chat-evidence-other-case');
    expect(vaultState(ctx)).toEqual(before);
  });
});
