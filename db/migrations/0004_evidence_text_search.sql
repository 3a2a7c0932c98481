-- Text read from evidence and a full-text index over the vault.
--
-- evidence_text: what was read from an evidence item — OCR of an image (tesseract.js) or a decoded text
-- file. Derived data: the original is never touched, and a row can be made again at any time (status
-- back to 'pending'). A failure keeps the reason (code + zh/en message) so the person sees why.
CREATE TABLE evidence_text (
  evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('ocr', 'text-file')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'done', 'failed')),
  text TEXT NOT NULL DEFAULT '',
  -- OcrLine[] (core/ocr/types.ts): lines with word boxes and confidences, in the original's pixels.
  lines TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(lines)),
  confidence REAL,
  width INTEGER,
  height INTEGER,
  inverted INTEGER NOT NULL DEFAULT 0 CHECK (inverted IN (0, 1)),
  engine TEXT NOT NULL DEFAULT '',
  engine_version TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  data_sha256 TEXT NOT NULL DEFAULT '',
  -- PaymentScreenReading when the image is a 账单详情 screen, else NULL.
  payment TEXT CHECK (payment IS NULL OR json_valid(payment)),
  error_code TEXT,
  error_zh TEXT,
  error_en TEXT,
  duration_ms INTEGER,
  requested_at TEXT NOT NULL,
  finished_at TEXT
) STRICT;
CREATE INDEX evidence_text_open ON evidence_text(status) WHERE status IN ('pending', 'running');

-- One full-text index for the vault's search box. The trigram tokenizer matches any 3+ character
-- substring, which is what Chinese text (no spaces between words) needs; shorter queries fall back to
-- a bounded LIKE scan in db/queries/search.ts. rowid = source id * 8 + kind, so a change replaces its
-- own entry by rowid (no scan):
--   1 payment (交易单号, 商户单号, counterparty, type, note)   2 evidence (title, file name, description)
--   3 evidence text (OCR, text files)                         4 timeline event   5 case (title, narrative)
CREATE VIRTUAL TABLE search_index USING fts5(body, case_id UNINDEXED, tokenize = 'trigram');

CREATE TRIGGER search_payment_ai AFTER INSERT ON payments BEGIN
  INSERT INTO search_index(rowid, body, case_id) VALUES (new.id * 8 + 1,
    new.txid || ' ' || ifnull(new.merchant_order_id, '') || ' ' || new.counterparty || ' ' || new.type || ' ' || new.note,
    new.case_id);
END;
CREATE TRIGGER search_payment_au AFTER UPDATE ON payments BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
  INSERT INTO search_index(rowid, body, case_id) VALUES (new.id * 8 + 1,
    new.txid || ' ' || ifnull(new.merchant_order_id, '') || ' ' || new.counterparty || ' ' || new.type || ' ' || new.note,
    new.case_id);
END;
CREATE TRIGGER search_payment_ad AFTER DELETE ON payments BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER search_evidence_ai AFTER INSERT ON evidence BEGIN
  INSERT INTO search_index(rowid, body, case_id) VALUES (new.id * 8 + 2,
    new.title || ' ' || new.original_name || ' ' || new.description, new.case_id);
END;
CREATE TRIGGER search_evidence_au AFTER UPDATE OF title, original_name, description ON evidence BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
  INSERT INTO search_index(rowid, body, case_id) VALUES (new.id * 8 + 2,
    new.title || ' ' || new.original_name || ' ' || new.description, new.case_id);
END;
CREATE TRIGGER search_evidence_ad AFTER DELETE ON evidence BEGIN
  DELETE FROM search_index WHERE rowid IN (old.id * 8 + 2, old.id * 8 + 3);
END;

CREATE TRIGGER search_text_ai AFTER INSERT ON evidence_text WHEN new.text <> '' BEGIN
  INSERT INTO search_index(rowid, body, case_id)
    SELECT new.evidence_id * 8 + 3, new.text, e.case_id FROM evidence e WHERE e.id = new.evidence_id;
END;
CREATE TRIGGER search_text_au AFTER UPDATE OF text ON evidence_text BEGIN
  DELETE FROM search_index WHERE rowid = old.evidence_id * 8 + 3;
  INSERT INTO search_index(rowid, body, case_id)
    SELECT new.evidence_id * 8 + 3, new.text, e.case_id FROM evidence e WHERE e.id = new.evidence_id AND new.text <> '';
END;
CREATE TRIGGER search_text_ad AFTER DELETE ON evidence_text BEGIN
  DELETE FROM search_index WHERE rowid = old.evidence_id * 8 + 3;
END;

CREATE TRIGGER search_event_ai AFTER INSERT ON timeline_events BEGIN
  INSERT INTO search_index(rowid, body, case_id) VALUES (new.id * 8 + 4, new.text || ' ' || new.ref, new.case_id);
END;
CREATE TRIGGER search_event_au AFTER UPDATE ON timeline_events BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
  INSERT INTO search_index(rowid, body, case_id) VALUES (new.id * 8 + 4, new.text || ' ' || new.ref, new.case_id);
END;
CREATE TRIGGER search_event_ad AFTER DELETE ON timeline_events BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;

CREATE TRIGGER search_case_ai AFTER INSERT ON cases BEGIN
  INSERT INTO search_index(rowid, body, case_id) VALUES (new.id * 8 + 5, new.title || ' ' || new.narrative, new.id);
END;
CREATE TRIGGER search_case_au AFTER UPDATE OF title, narrative ON cases BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
  INSERT INTO search_index(rowid, body, case_id) VALUES (new.id * 8 + 5, new.title || ' ' || new.narrative, new.id);
END;
CREATE TRIGGER search_case_ad AFTER DELETE ON cases BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;

-- What the vault already holds.
INSERT INTO search_index(rowid, body, case_id)
  SELECT id * 8 + 1, txid || ' ' || ifnull(merchant_order_id, '') || ' ' || counterparty || ' ' || type || ' ' || note, case_id FROM payments;
INSERT INTO search_index(rowid, body, case_id)
  SELECT id * 8 + 2, title || ' ' || original_name || ' ' || description, case_id FROM evidence;
INSERT INTO search_index(rowid, body, case_id) SELECT id * 8 + 4, text || ' ' || ref, case_id FROM timeline_events;
INSERT INTO search_index(rowid, body, case_id) SELECT id * 8 + 5, title || ' ' || narrative, id FROM cases;
-- Images and text files already stored are read by the background queue.
INSERT INTO evidence_text(evidence_id, source, status, requested_at)
  SELECT id, CASE WHEN mime LIKE 'text/%' THEN 'text-file' ELSE 'ocr' END, 'pending', strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
  FROM evidence WHERE mime IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/tiff', 'image/heic', 'image/heif') OR mime LIKE 'text/%';
