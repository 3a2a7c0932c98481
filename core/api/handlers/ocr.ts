import path from 'node:path';
import { appendAudit } from '../../../db/auditLog.ts';
import {
  findEvidenceText,
  getEvidenceText,
  listEvidenceTextBriefs,
  requestEvidenceText,
} from '../../../db/queries/evidenceText.ts';
import { getEvidence, linkEvidenceToPayments } from '../../../db/queries/evidence.ts';
import { findPaymentByPlatformIds, getPayment } from '../../../db/queries/payments.ts';
import type { Payment } from '../../domain/types.ts';
import { paymentHandlers } from './payment.ts';
import { silentProgress } from '../../progress.ts';
import { parseBeijingDateTime } from '../../beijingTime.ts';
import { AppError } from '../../errors.ts';
import { parseYuanToFen } from '../../money.ts';
import { findIdentifiers } from '../../ocr/identifiers.ts';
import { readEvidenceText } from '../../ocr/readEvidenceText.ts';
import { suggestKindFromText } from '../../ocr/suggestKindFromText.ts';
import { textQueueFor } from '../../ocr/textQueue.ts';
import type { HandlerMap } from '../context.ts';
import type { ocrSchemas, ScreenshotReading } from '../schemas/ocr.ts';

export const ocrHandlers: HandlerMap<keyof typeof ocrSchemas> = {
  'screenshot.read': async (_ctx, { paths }, progress) => {
    let done = 0;
    progress.report({ phase: 'reading', done, total: paths.length });
    // The pool bounds the concurrency (one worker per core); each file is independent.
    return Promise.all(
      paths.map(async (file): Promise<ScreenshotReading> => {
        const outcome = await readEvidenceText(path.resolve(file), 'ocr', path.basename(file), {
          signal: progress.signal,
        });
        progress.throwIfCancelled();
        done++;
        progress.report({ phase: 'reading', done, total: paths.length });
        if (!outcome.ok) {
          return {
            file,
            platform: null,
            fields: {},
            uncertain: [],
            text: '',
            error: { code: outcome.error.code, message: outcome.error.userMessage },
          };
        }
        const payment = outcome.result.payment;
        return {
          file,
          platform: payment?.platform ?? null,
          fields: payment?.fields ?? {},
          uncertain: payment?.uncertain ?? [],
          text: outcome.result.text,
        };
      }),
    );
  },
  'ocr.get': (ctx, { evidenceId }) => {
    const vault = ctx.vault();
    getEvidence(vault.db, evidenceId);
    textQueueFor(vault).kick();
    const t = getEvidenceText(vault.db, evidenceId);
    return {
      ...t,
      identifiers: findIdentifiers(t.text),
      suggestedKind: t.status === 'done' ? suggestKindFromText(t.text, t.payment) : null,
    };
  },
  'ocr.status': (ctx, { evidenceIds }) => {
    const vault = ctx.vault();
    textQueueFor(vault).kick();
    return listEvidenceTextBriefs(vault.db, evidenceIds).map((t) => ({
      evidenceId: t.evidenceId,
      status: t.status,
      hasPayment: t.status === 'done' && t.payment?.platform != null,
      suggestedKind: t.status === 'done' ? suggestKindFromText(t.text, t.payment) : null,
      error: t.error,
    }));
  },
  'ocr.rerun': (ctx, { evidenceId }) => {
    const vault = ctx.vault();
    const item = getEvidence(vault.db, evidenceId);
    const [queued] = requestEvidenceText(vault.db, [item]);
    if (queued === undefined) throw new AppError('ocr-not-found', { id: evidenceId });
    textQueueFor(vault).kick();
    return findEvidenceText(vault.db, evidenceId)!;
  },
  'ocr.confirmPayment': (ctx, input) => {
    const { db } = ctx.vault();
    const item = getEvidence(db, input.evidenceId);
    const amountFen = parseYuanToFen(input.amount);
    const time = parseBeijingDateTime(input.time);
    return db.transaction(() => {
      const existing = findPaymentByPlatformIds(db, item.caseId, input.txid, input.merchantOrderId ?? null);
      let paymentId: number;
      const differences: ('amount' | 'time')[] = [];
      if (existing) {
        paymentId = existing.id;
        if (existing.amountFen !== amountFen) differences.push('amount');
        if (Date.parse(existing.time) !== Date.parse(time)) differences.push('time');
      } else {
        // The same path as a payment typed by hand (payment.add), inside this transaction.
        paymentId = (
          paymentHandlers['payment.add'](
            ctx,
            {
              caseId: item.caseId,
              txid: input.txid,
              merchantOrderId: input.merchantOrderId,
              amount: amountFen,
              time,
              direction: input.direction,
              counterparty: input.counterparty,
              method: input.method,
              status: input.status,
            },
            silentProgress,
          ) as Payment
        ).id;
      }
      linkEvidenceToPayments(db, item.id, [paymentId]);
      appendAudit(db, {
        action: 'evidence.edited',
        caseId: item.caseId,
        subject: `evidence:${item.id}`,
        details: { linkedPayment: paymentId, from: 'screenshot', outcome: existing ? 'existing' : 'created' },
      });
      return {
        payment: getPayment(db, paymentId),
        outcome: existing ? ('existing' as const) : ('created' as const),
        differences,
      };
    })();
  },
};
