/**
 * The court-practice checks for chat evidence (templates/rules/warnings.json, DOMAIN.md §3.3) on a real
 * vault: the other side's profile page with 微信号, complete context around an excerpt, voice
 * transcribed, the original phone kept — each shown exactly while it applies.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import { fixturePath, vaultWithCase } from './helpers/chatVault.ts';

const tmp = useTempDirs();
const CHAT_RULES = [
  'chat-profile-page',
  'chat-complete-context',
  'chat-voice-transcribe',
  'chat-original-device',
];

describe('chat evidence rules', () => {
  it('each check appears while it applies and goes when it is done', async () => {
    const dir = tmp();
    const { ctx, caseId } = await vaultWithCase(dir);
    // The case route comes first in the report; its warnings are where these checks live.
    const routeWarnings = async () => (await invoke(ctx, 'rules.check', { caseId })).routes[0]!.warnings;
    const warned = async () =>
      (await routeWarnings()).map((w) => w.id).filter((id) => CHAT_RULES.includes(id));
    expect(await warned()).toEqual([]);

    const chat = await invoke(ctx, 'chat.import', { caseId, path: fixturePath('chatlog.json') });
    expect(await warned()).toEqual(['chat-profile-page', 'chat-voice-transcribe', 'chat-original-device']);
    const shown = await routeWarnings();
    expect(shown.find((w) => w.id === 'chat-profile-page')?.message.zh).toContain('微信号');
    expect(shown.find((w) => w.id === 'chat-original-device')?.source).toContain('民事诉讼证据规定');

    await invoke(ctx, 'chat.saveExcerpt', { chatId: chat.chatId, firstSeq: 1, lastSeq: 2 });
    expect(await warned()).toContain('chat-complete-context');

    const { messages } = await invoke(ctx, 'chat.messages', { chatId: chat.chatId });
    await invoke(ctx, 'chat.transcribe', {
      messageId: messages.find((m) => m.kind === 'voice')!.id,
      transcript: '明天发',
    });
    const profile = path.join(dir, '对方资料页.txt');
    writeFileSync(profile, '微信号 wxid_seller01');
    await invoke(ctx, 'evidence.add', { caseId, paths: [profile], kind: 'counterparty-profile' });
    expect(await warned()).toEqual(['chat-complete-context', 'chat-original-device']);
  });
});
