/**
 * `payproof chat transfers --case N`: transfers in the case's chats with the payments they may be
 * (same amount, within minutes) and the timeline text; `payproof chat accept-transfer` accepts one.
 */
import type { Command } from 'commander';
import { yuan } from '../format.ts';
import { parseId, runMethod } from '../runMethod.ts';

export function registerChatTransfers(group: Command): void {
  group
    .command('transfers')
    .description('transfers in the chats, proposed as payments and timeline events / 聊天中的转账建议')
    .requiredOption('--case <id>', 'case id')
    .action(async (o: { case: string }, cmd: Command) =>
      runMethod(
        cmd,
        'chat.transfers',
        { caseId: parseId(o.case) },
        {
          human: (list) =>
            list.length === 0
              ? '聊天记录里没有带金额的转账。 No transfer with an amount in the chats.'
              : list
                  .map((t) =>
                    [
                      `消息 message ${t.messageId}  ${t.time}  ${t.sender}  ${yuan(t.amountFen)}${t.memo ? `  ${t.memo}` : ''}${
                        t.accepted ? '  [已确认 accepted]' : ''
                      }`,
                      ...t.payments.map(
                        (p) =>
                          `  付款 payment ${p.id}  ${p.txid}  ${p.time}  相差 ${p.minutesApart} 分钟 min apart`,
                      ),
                      `  时间线 timeline: ${t.eventText}`,
                    ].join('\n'),
                  )
                  .join('\n'),
        },
      ),
    );

  group
    .command('accept-transfer')
    .description('accept a proposed transfer: link the payment and/or add the timeline event / 确认转账')
    .requiredOption('--case <id>', 'case id')
    .requiredOption('--message <id>', 'the transfer message id (from chat transfers)')
    .option('--payment <id>', 'the proposed payment it is')
    .option('--no-event', 'do not add the timeline event')
    .action(async (o: { case: string; message: string; payment?: string; event: boolean }, cmd: Command) =>
      runMethod(
        cmd,
        'chat.acceptTransfer',
        {
          caseId: parseId(o.case),
          messageId: parseId(o.message),
          ...(o.payment !== undefined ? { paymentId: parseId(o.payment) } : {}),
          addEvent: o.event,
        },
        {
          human: (r) =>
            `已确认 Accepted: 消息 message ${r.messageId}${r.paymentId !== null ? ` → 付款 payment ${r.paymentId}` : ''}${
              r.eventId !== null ? `，时间线事件 event ${r.eventId}` : ''
            }`,
        },
      ),
    );
}
