import type Database from 'better-sqlite3';
import type { Profile, ProfileFields } from '../../core/domain/types.ts';
import { nowIso } from '../../core/beijingTime.ts';
import { idNumberFacts } from '../../core/input/idNumber.ts';
import { definedOnly } from '../../core/util/definedOnly.ts';
import { appendAudit } from '../auditLog.ts';
import { stmt } from '../sql.ts';

interface ProfileRow {
  name: string;
  id_number: string;
  phone: string;
  address: string;
  ethnicity: string;
  employer: string;
  residence: string;
  email: string;
  updated_at: string | null;
}

export function getProfile(db: Database.Database): Profile {
  const r = stmt(db, 'SELECT * FROM profile WHERE id = 1').get() as ProfileRow;
  return {
    name: r.name,
    idNumber: r.id_number,
    phone: r.phone,
    address: r.address,
    ethnicity: r.ethnicity,
    employer: r.employer,
    residence: r.residence,
    email: r.email,
    // Derived on read, so they can never disagree with the number.
    ...idNumberFacts(r.id_number),
    updatedAt: r.updated_at,
  };
}

export function updateProfile(db: Database.Database, patch: Partial<ProfileFields>): Profile {
  return db.transaction(() => {
    const next = { ...getProfile(db), ...definedOnly(patch) };
    stmt(
      db,
      `UPDATE profile SET name = ?, id_number = ?, phone = ?, address = ?, ethnicity = ?, employer = ?, residence = ?,
        email = ?, updated_at = ? WHERE id = 1`,
    ).run(
      next.name,
      next.idNumber,
      next.phone,
      next.address,
      next.ethnicity,
      next.employer,
      next.residence,
      next.email,
      nowIso(),
    );
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
