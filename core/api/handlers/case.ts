import { rmSync } from 'node:fs';
import { deleteObject } from '../../../db/objectStore.ts';
import { resolveDocumentPath } from '../../../db/documentPaths.ts';
import { caseOverview } from '../../../db/queries/caseOverview.ts';
import { caseSnapshot } from '../../../db/queries/caseSnapshot.ts';
import { purgeCaseRows, restoreCase, softDeleteCase, caseContents } from '../../../db/queries/caseTrash.ts';
import { createCase, getCase, listCases, listDeletedCases, updateCase } from '../../../db/queries/cases.ts';
import { ensureCounterpartyByName, saveCounterparty } from '../../../db/queries/counterparties.ts';
import { addPayment } from '../../../db/queries/payments.ts';
import { assertCaseNotBusy } from '../busyCases.ts';
import type { caseSchemas } from '../schemas/case.ts';
import type { HandlerMap } from '../context.ts';
import { assertRoute } from '../validateIds.ts';
import { manualPayment } from './payment.ts';

export const caseHandlers: HandlerMap<keyof typeof caseSchemas> = {
  'case.create': (ctx, input) => {
    assertRoute(input.route);
    const { db } = ctx.vault();
    return db.transaction(() => {
      const created = createCase(db, input);
      const counterparty = input.counterparty
        ? ensureCounterpartyByName(db, created.id, input.counterparty)
        : null;
      return { ...getCase(db, created.id), counterparty };
    })();
  },
  'case.createWithPayments': (ctx, input) => {
    // Every field was parsed by the schema before this runs; what is left to fail (a route, a repeated
    // 交易单号) fails inside the one transaction, which then leaves no case behind.
    assertRoute(input.case.route);
    const { db } = ctx.vault();
    return db.transaction(() => {
      const created = createCase(db, input.case);
      const counterparty = input.counterparty ? saveCounterparty(db, created.id, input.counterparty) : null;
      const payments = input.payments.map((p) =>
        addPayment(db, created.id, manualPayment(p, counterparty?.id ?? null)),
      );
      return { ...getCase(db, created.id), counterparty, payments };
    })();
  },
  'case.list': (ctx) => listCases(ctx.vault().db),
  'case.get': (ctx, { id }) => caseSnapshot(ctx.vault().db, id),
  'case.overview': (ctx, { id }) => caseOverview(ctx.vault().db, id),
  'case.update': (ctx, { id, revision, patch }) => {
    if (patch.route) assertRoute(patch.route);
    const { recovered, ...rest } = patch;
    return updateCase(ctx.vault().db, id, { ...rest, recoveredFen: recovered }, revision);
  },
  'case.delete': (ctx, { id, revision, dryRun }) => {
    const { db } = ctx.vault();
    if (dryRun) return { case: getCase(db, id), contents: caseContents(db, id), dryRun };
    assertCaseNotBusy(db, id);
    return { ...softDeleteCase(db, id, revision), dryRun };
  },
  'case.restore': (ctx, { id }) => restoreCase(ctx.vault().db, id),
  'case.purge': (ctx, { id }) => {
    const vault = ctx.vault();
    assertCaseNotBusy(vault.db, id);
    const purged = purgeCaseRows(vault.db, id);
    // Files after the commit: a crash in between leaves orphan files (doctor lists them), never rows
    // pointing at a missing file.
    for (const sha of purged.orphanedSha256) deleteObject(vault.objectsDir, sha);
    let documentFilesDeleted = 0;
    for (const stored of purged.documentPaths) {
      // Only papers inside the vault: a PDF written elsewhere with --out belongs to the person.
      if (stored.startsWith('/') || /^[A-Za-z]:[\\/]/.test(stored)) continue;
      rmSync(resolveDocumentPath(vault.dir, stored), { force: true });
      documentFilesDeleted++;
    }
    return {
      caseId: id,
      contents: purged.contents,
      objectsDeleted: purged.orphanedSha256.length,
      documentFilesDeleted,
    };
  },
  'case.listDeleted': (ctx) => listDeletedCases(ctx.vault().db),
};
