-- PayProof vault schema, version 1.
-- STRICT tables; NOT NULL unless absence means something; money in integer fen; times ISO 8601 with offset.

CREATE TABLE profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL DEFAULT '',
  id_number TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  updated_at TEXT
) STRICT;
INSERT INTO profile (id) VALUES (1);

CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) > 0),
  route TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'submitted', 'resolved', 'closed')),
  narrative TEXT NOT NULL DEFAULT '',
  demand TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE counterparties (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'unknown' CHECK (kind IN ('merchant', 'person', 'unknown')),
  credit_code TEXT NOT NULL DEFAULT '',
  wechat_nicknames TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(wechat_nicknames)),
  wechat_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(wechat_ids)),
  phones TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones)),
  accounts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(accounts)),
  urls TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(urls)),
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX counterparties_case ON counterparties(case_id);

-- Content-addressed originals: one row per distinct sha256 in objects/.
CREATE TABLE objects (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  mime TEXT NOT NULL,
  stored_at TEXT NOT NULL
) STRICT;

CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL REFERENCES objects(sha256),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  captured_at TEXT,
  captured_at_source TEXT CHECK (captured_at_source IN ('exif', 'file-mtime', 'user')),
  original_name TEXT NOT NULL,
  file_modified_at TEXT,
  size INTEGER NOT NULL,
  mime TEXT NOT NULL,
  added_at TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_case ON evidence(case_id);
CREATE INDEX evidence_sha ON evidence(sha256);

CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('manual', 'bill')),
  txid TEXT NOT NULL,
  merchant_order_id TEXT,
  time TEXT NOT NULL,
  time_ms INTEGER NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  direction TEXT NOT NULL CHECK (direction IN ('expense', 'income', 'neutral')),
  type TEXT NOT NULL DEFAULT '',
  method TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
  refunded_fen INTEGER,
  counterparty TEXT NOT NULL DEFAULT '',
  counterparty_id INTEGER REFERENCES counterparties(id) ON DELETE SET NULL,
  note TEXT NOT NULL DEFAULT '',
  bill_evidence_id INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
  bill_row INTEGER,
  created_at TEXT NOT NULL
) STRICT;
-- The platform's own id is the identity of a payment inside a case: never insert it twice.
CREATE UNIQUE INDEX payments_case_txid ON payments(case_id, txid) WHERE txid <> '';
CREATE INDEX payments_case_time ON payments(case_id, time_ms);
CREATE INDEX payments_case_merchant_order ON payments(case_id, merchant_order_id) WHERE merchant_order_id IS NOT NULL;

CREATE TABLE evidence_payments (
  evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  payment_id INTEGER NOT NULL REFERENCES payments(id) ON DELETE CASCADE,
  PRIMARY KEY (evidence_id, payment_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX evidence_payments_payment ON evidence_payments(payment_id);

CREATE TABLE timeline_events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  text TEXT NOT NULL CHECK (length(text) > 0),
  ref TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('contact', 'complaint', 'police', 'refund', 'other')),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX timeline_case_date ON timeline_events(case_id, date);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  path TEXT NOT NULL,
  bundle_path TEXT,
  pages INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX documents_case ON documents(case_id);

-- Append-only, hash-chained. Triggers refuse edits and deletes so a casual UPDATE cannot rewrite history;
-- the chain makes any edit done around SQLite detectable by `payproof doctor`.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  case_id INTEGER,
  subject TEXT NOT NULL,
  details TEXT NOT NULL CHECK (json_valid(details)),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX audit_case ON audit_log(case_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
