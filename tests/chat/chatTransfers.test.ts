/**
 * Transfers in a chat proposed as the case's payments (same amount, within the template's minutes)
 * and as timeline events; accepting one links the chat export to the payment and adds the event, once.
 */
import { describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { isAppError } from '../../core/errors.ts';
import { listAudit, verifyAuditChain } from '../../db/auditLog.ts';
import { getEvidence } from '../../db/queries/evidence.ts';
import { useTempDirs } from '../helpers/tmp.ts';
import { fixturePath, vaultWithCase } from './helpers/chatVault.ts';

const tmp = useTempDirs();

describe('chat.transfers / chat.acceptTransfer', () => {
  it('proposes the payment of the same amount minutes away, not one hours away, and accepts it once', async () => {
    const { ctx, caseId } = await vaultWithCase(tmp());
    const near = await invoke(ctx, 'payment.add', {
      caseId,
      txid: '4200002222202405011234567890',
      amount: '1,280.00',
      time: '2024-05-01 12:35:00',
    });
    const far = await invoke(ctx, 'payment.add', {
      caseId,
      txid: '4200002222202405011234567891',
      amount: '1280',
      time: '2024-05-01 14:00:00',
    });
    await invoke(ctx, 'payment.add', {
      caseId,
      txid: '4200002222202405011234567892',
      amount: '99',
      time: '2024-05-01 12:31:00',
    });
    const chat = await invoke(ctx, 'chat.import', {
      caseId,
      path: fixturePath('chatlog.csv'),
      me: 'wxid_me',
    });

    const proposals = await invoke(ctx, 'chat.transfers', { caseId });
    expect(
      proposals.map((p) => [p.line, p.amountFen, p.direction, p.payments.map((x) => [x.id, x.minutesApart])]),
    ).toEqual([
      [4, 128000, 'sent', [[near.id, 4]]],
      [5, 128000, 'received', [[near.id, 3]]],
      [6, 5000, 'returned', []],
    ]);
    const sent = proposals[0]!;
    expect(sent.eventText).toBe('微信聊天中我转账 ¥1,280.00，备注“定金(含运费)”（chatlog.csv 第 4 行）');
    expect(proposals[2]!.eventText).toBe(
      '微信聊天中卖家 老王退还转账 ¥50.00，备注“多付”（chatlog.csv 第 6 行）',
    );

    const notProposed = await invoke(ctx, 'chat.acceptTransfer', {
      caseId,
      messageId: sent.messageId,
      paymentId: far.id,
    }).catch((e: unknown) => e);
    expect(isAppError(notProposed) && notProposed.code).toBe('chat-payment-not-proposed');

    const accepted = await invoke(ctx, 'chat.acceptTransfer', {
      caseId,
      messageId: sent.messageId,
      paymentId: near.id,
    });
    expect(accepted).toMatchObject({
      messageId: sent.messageId,
      paymentId: near.id,
      eventId: expect.any(Number),
    });
    const { db } = ctx.vault();
    expect(getEvidence(db, chat.evidenceId).paymentIds).toEqual([near.id]);
    const events = await invoke(ctx, 'timeline.list', { caseId });
    expect(events.map((e) => [e.date, e.text])).toEqual([['2024-05-01T12:31:00+08:00', sent.eventText]]);
    expect((await invoke(ctx, 'chat.transfers', { caseId }))[0]!.accepted).toEqual({
      paymentId: near.id,
      eventId: accepted.eventId,
    });

    const twice = await invoke(ctx, 'chat.acceptTransfer', {
      caseId,
      messageId: sent.messageId,
      paymentId: near.id,
    }).catch((e: unknown) => e);
    expect(isAppError(twice) && twice.userMessage.zh).toBe(
      'chatlog.csv 第 4 行的转账已经确认过了，没有重复添加。',
    );
    const eventOnly = await invoke(ctx, 'chat.acceptTransfer', {
      caseId,
      messageId: proposals[2]!.messageId,
    });
    expect(eventOnly.paymentId).toBeNull();
    expect(listAudit(db, caseId).filter((a) => a.action === 'chat.transfer-linked')).toHaveLength(2);
    expect(verifyAuditChain(db).ok).toBe(true);
  });
});
