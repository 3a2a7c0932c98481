import type Database from 'better-sqlite3';
import { caseChatFacts } from './chatFacts.ts';
import type { CaseSnapshot } from '../../core/domain/types.ts';
import { getCase } from './cases.ts';
import { listCounterparties } from './counterparties.ts';
import { listDocuments } from './documents.ts';
import { listEvidence } from './evidence.ts';
import { getProfile } from './profile.ts';
import { listPayments } from './payments.ts';
import { listEvents } from './timeline.ts';

/** Everything the rules engine and document writers need about one case, read in one transaction. */
export function caseSnapshot(db: Database.Database, caseId: number): CaseSnapshot {
  return db.transaction(() => ({
    case: getCase(db, caseId),
    profile: getProfile(db),
    counterparties: listCounterparties(db, caseId),
    payments: listPayments(db, caseId),
    evidence: listEvidence(db, caseId),
    events: listEvents(db, caseId),
    documents: listDocuments(db, caseId),
    chats: caseChatFacts(db, caseId),
  }))();
}
