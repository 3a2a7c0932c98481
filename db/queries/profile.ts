import type Database from 'better-sqlite3';
import type { Profile } from '../../core/domain/types.ts';
import { nowIso } from '../../core/beijingTime.ts';
import { definedOnly } from '../../core/util/definedOnly.ts';
import { appendAudit } from '../auditLog.ts';
import { stmt } from '../sql.ts';

interface ProfileRow {
  name: string;
  id_number: string;
  phone: string;
  address: string;
  updated_at: string | null;
}

export function getProfile(db: Database.Database): Profile {
  const r = stmt(db, 'SELECT * FROM profile WHERE id = 1').get() as ProfileRow;
  return { name: r.name, idNumber: r.id_number, phone: r.phone, address: r.address, updatedAt: r.updated_at };
}

export function updateProfile(db: Database.Database, patch: Partial<Omit<Profile, 'updatedAt'>>): Profile {
  return db.transaction(() => {
    const next = { ...getProfile(db), ...definedOnly(patch) };
    stmt(
      db,
      'UPDATE profile SET name = ?, id_number = ?, phone = ?, address = ?, updated_at = ? WHERE id = 1',
    ).run(next.name, next.idNumber, next.phone, next.address, nowIso());
    // Which fields changed, never their values: the audit log travels in bundles.
    appendAudit(db, {
      action: 'profile.updated',
      caseId: null,
      subject: 'profile',
      details: { fields: Object.keys(definedOnly(patch)) },
    });
    return getProfile(db);
  })();
}
