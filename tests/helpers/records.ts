/**
 * Complete domain records for tests and benchmarks that build a CaseSnapshot by hand. One place holds
 * the defaults, so a field added to CaseRecord, Profile or Counterparty is added here once rather than in
 * every fixture; each caller states only what its case is about.
 */
import {
  EMPTY_COUNTERPARTY,
  NO_CLAIMS,
  type CaseRecord,
  type Counterparty,
  type Profile,
} from '../../core/domain/types.ts';

const FIXED_TIME = '2025-05-19T09:00:00+08:00';

export function caseRecord(patch: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 1,
    title: 'test case',
    route: 'fraud',
    status: 'open',
    recoveredFen: 0,
    item: '',
    claims: { ...NO_CLAIMS },
    deletedAt: null,
    revision: 1,
    narrative: '',
    demand: '',
    place: '',
    createdAt: FIXED_TIME,
    updatedAt: FIXED_TIME,
    ...patch,
  };
}

export function profileRecord(patch: Partial<Profile> = {}): Profile {
  return {
    name: '',
    idNumber: '',
    phone: '',
    address: '',
    ethnicity: '',
    employer: '',
    residence: '',
    email: '',
    gender: null,
    birthDate: null,
    updatedAt: null,
    ...patch,
  };
}

export function counterpartyRecord(id: number, patch: Partial<Counterparty> = {}): Counterparty {
  return { id, caseId: 1, name: '', revision: 1, ...EMPTY_COUNTERPARTY, ...patch };
}
