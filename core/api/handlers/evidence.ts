import { addEvidenceFiles } from '../../../db/evidenceIngest.ts';
import { findEvidenceText, requestEvidenceText } from '../../../db/queries/evidenceText.ts';
import { textQueueFor } from '../../ocr/textQueue.ts';
import { getCase } from '../../../db/queries/cases.ts';
import { editEvidence, listEvidence } from '../../../db/queries/evidence.ts';
import { findPaymentByPlatformIds } from '../../../db/queries/payments.ts';
import { removeEvidence } from '../../../db/removeEvidence.ts';
import { parseBeijingDateTime } from '../../beijingTime.ts';
import { definedOnly } from '../../util/definedOnly.ts';
import { AppError } from '../../errors.ts';
import { suggestEvidenceKind } from '../../rules/suggestEvidenceKind.ts';
import type { evidenceSchemas } from '../schemas/evidence.ts';
import type { HandlerMap } from '../context.ts';
import { assertEvidenceKind } from '../validateIds.ts';

export const evidenceHandlers: HandlerMap<keyof typeof evidenceSchemas> = {
  'evidence.add': async (ctx, input, progress) => {
    const vault = ctx.vault();
    getCase(vault.db, input.caseId);
    if (input.kind) assertEvidenceKind(input.kind);
    const paymentIds = (input.paymentTxids ?? []).map((txid) => {
      const p = findPaymentByPlatformIds(vault.db, input.caseId, txid, null);
      if (!p) throw new AppError('payment-not-in-case', { txid });
      return p.id;
    });
    const added = await addEvidenceFiles(
      vault,
      {
        caseId: input.caseId,
        paths: input.paths,
        kind: input.kind ?? suggestEvidenceKind,
        paymentIds,
        title: input.title,
        description: input.description,
        originalNames: input.originalNames,
      },
      progress,
    );
    if (input.ocr === 'off') return added.map((e) => ({ ...e, textStatus: null }));
    const queued = requestEvidenceText(vault.db, added);
    const queue = textQueueFor(vault);
    if (input.ocr === 'wait') await queue.waitFor(queued, progress);
    else queue.kick();
    return added.map((e) => ({ ...e, textStatus: findEvidenceText(vault.db, e.id)?.status ?? null }));
  },
  'evidence.list': (ctx, { caseId, ...window }) => {
    const { db } = ctx.vault();
    getCase(db, caseId);
    return listEvidence(db, caseId, definedOnly(window));
  },
  'evidence.edit': (ctx, { id, patch }) => {
    if (patch.kind) assertEvidenceKind(patch.kind);
    const capturedAt = patch.capturedAt ? parseBeijingDateTime(patch.capturedAt) : patch.capturedAt;
    return editEvidence(ctx.vault().db, id, {
      ...patch,
      ...(capturedAt !== undefined ? { capturedAt } : {}),
    });
  },
  'evidence.remove': (ctx, { id }) => removeEvidence(ctx.vault(), id),
};
