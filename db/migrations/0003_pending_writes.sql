-- Crash consistency (docs/ARCHITECTURE.md "Crash consistency"): a file that must exist only if a row
-- commits (an original in objects/, a generated paper, a backup's .partial) is noted here, and the note
-- is committed BEFORE the file appears. The change's own transaction deletes its note. A note still here
-- when the vault next opens means a crash in between: db/pendingWrites.ts removes the file unless a
-- committed row holds it, then the note.
CREATE TABLE pending_writes (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('object', 'document', 'backup', 'legacy-sweep')),
  -- object: its sha256; document: its stored path (vault-relative in exports/, else absolute);
  -- backup: the absolute path of the .partial; legacy-sweep: ''.
  target TEXT NOT NULL,
  noted_at TEXT NOT NULL
) STRICT;
CREATE INDEX pending_writes_target ON pending_writes(kind, target);

-- Vaults written before this table may already hold such files (unreferenced originals, *.part and
-- unrecorded papers in exports/): the first open after this migration checks all of objects/ and exports/.
INSERT INTO pending_writes (kind, target, noted_at)
  VALUES ('legacy-sweep', '', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
