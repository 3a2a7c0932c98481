import { z } from 'zod';
import type { AuditEntry } from '../../domain/types.ts';
import type { DoctorReport } from '../../../db/doctor.ts';
import { id } from './common.ts';

export interface VaultInfo {
  dir: string;
  schemaVersion: number;
  cases: number;
  evidence: number;
  objects: number;
  payments: number;
  auditEntries: number;
  auditHead: string;
}

export const vaultSchemas = {
  'vault.info': z.object({}).default({}),
  'vault.doctor': z.object({}).default({}),
  'audit.list': z.object({ caseId: id.optional() }).default({}),
};

export interface VaultResults {
  'vault.info': VaultInfo;
  'vault.doctor': DoctorReport;
  'audit.list': AuditEntry[];
}
