-- payproof:foreign-keys-off
-- Schema 2: the facts the papers ask for, a case status that says how much came back, a 回收站, and a
-- revision per editable row so two windows cannot silently overwrite each other.
--
-- cases is rebuilt (SQLite cannot change a CHECK in place). The first line above makes db/migrations.ts
-- run this file with foreign_keys OFF (it cannot be switched inside a transaction): with it ON, DROP TABLE
-- cases would cascade-delete every payment, evidence item, event and document. A foreign_key_check runs
-- before the commit.
--
-- Old statuses: 'submitted' (已提交) is still in progress → 'open'; 'resolved' (已解决) said nothing about the
-- money → 'closed', never a recovery the person did not record.

CREATE TABLE cases_v2 (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) > 0),
  route TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'partly-recovered', 'recovered', 'closed')),
  recovered_fen INTEGER NOT NULL DEFAULT 0 CHECK (recovered_fen >= 0),
  item TEXT NOT NULL DEFAULT '',
  narrative TEXT NOT NULL DEFAULT '',
  -- Structured 诉求 (CaseClaims); missing keys read as "not asked".
  claims TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(claims) AND json_type(claims) = 'object'),
  demand TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)
) STRICT;

INSERT INTO cases_v2 (id, title, route, status, narrative, demand, place, created_at, updated_at)
SELECT id, title, route,
       CASE status WHEN 'submitted' THEN 'open' WHEN 'resolved' THEN 'closed' ELSE status END,
       narrative, demand, place, created_at, updated_at
FROM cases;

DROP TABLE cases;
ALTER TABLE cases_v2 RENAME TO cases;
-- The live list and the 回收站 are both read by this column.
CREATE INDEX cases_deleted_at ON cases(deleted_at);

-- Counterparties: where the shop lives, its address, and receiving accounts with their type.
ALTER TABLE counterparties ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE counterparties ADD COLUMN platform TEXT NOT NULL DEFAULT '';
ALTER TABLE counterparties ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
-- accounts was a JSON list of strings; now a list of {type, number, bank?, holder?}. A string of 15–19
-- digits (spaces allowed) was a bank card; anything else is kept as 'other' for the person to classify.
UPDATE counterparties SET accounts = (
  SELECT json_group_array(json_object(
           'type',
           CASE WHEN replace(value, ' ', '') NOT GLOB '*[^0-9]*' AND length(replace(value, ' ', '')) BETWEEN 15 AND 19
                THEN 'bank' ELSE 'other' END,
           'number', trim(value)))
  FROM json_each(counterparties.accounts)
  WHERE json_each.type = 'text' AND trim(value) <> ''
);

-- Payments: the account that received each one (per transfer in a police report).
ALTER TABLE payments ADD COLUMN receiving_account TEXT NOT NULL DEFAULT '';
ALTER TABLE payments ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);

ALTER TABLE timeline_events ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);

-- The person filing: what a civil complaint's 原告 block and 电子送达 ask for. Gender and birth date are
-- derived from the ID number when read, never stored twice.
ALTER TABLE profile ADD COLUMN ethnicity TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN employer TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN residence TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN email TEXT NOT NULL DEFAULT '';
