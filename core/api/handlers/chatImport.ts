/**
 * chat.import: a chat export becomes chat-backup evidence (hashed and kept like every original) and
 * the messages read from it are stored linked to that evidence, searchable. Crash-safe the way
 * bill.import is: the file is staged (copied and hashed) first and parsed from that copy, so the
 * messages are exactly those of the hashed bytes; then the object is published under a durable note
 * (db/objectBatch.ts) and ONE synchronous transaction writes the evidence row, the chat, every message
 * and the audit entries and drops the note. A file with no readable message stores nothing.
 *
 * Idempotent: the same file again (same SHA-256 in this case) finds its evidence and its chat and adds
 * nothing; with `me` it only says which sender is the person where the export does not.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parseChatStream } from '../../chat/parseChat.ts';
import type { ChatError, ChatParseResult } from '../../chat/types.ts';
import { nowIso, toBeijingIso } from '../../beijingTime.ts';
import { AppError } from '../../errors.ts';
import type { ProgressReporter } from '../../progress.ts';
import { appendAudit } from '../../../db/auditLog.ts';
import { ObjectBatch } from '../../../db/objectBatch.ts';
import { objectPath, type StagedObject } from '../../../db/objectStore.ts';
import type { Vault } from '../../../db/openVault.ts';
import { getCase, touchCase } from '../../../db/queries/cases.ts';
import {
  chatErrors,
  chatSenders,
  findChatByEvidence,
  insertChatImport,
  insertChatMessages,
  isFromMe,
  sendersOf,
  setChatMe,
  unknownSideCount,
  type ChatImportRecord,
  type ChatSender,
} from '../../../db/queries/chats.ts';
import { getEvidence, insertEvidenceRow } from '../../../db/queries/evidence.ts';
import { sniffMime } from '../../../db/sniffMime.ts';
import { stmt } from '../../../db/sql.ts';
import type { ParsedInput } from '../contract.ts';
import type { ChatImportResult } from '../schemas/chat.ts';
import { statRegularFile } from './regularFile.ts';

type ImportInput = ParsedInput<'chat.import'>;

/** The export to read: a file just staged, or an original already in the vault. */
type Source =
  | { kind: 'file'; staged: StagedObject; fileName: string; mtimeMs: number }
  | { kind: 'evidence'; evidenceId: number; sha256: string; fileName: string };

function evidenceWithSha(vault: Vault, caseId: number, sha256: string): number | null {
  const row = stmt(
    vault.db,
    "SELECT id FROM evidence WHERE case_id = ? AND sha256 = ? ORDER BY kind = 'chat-backup' DESC, id LIMIT 1",
  ).get(caseId, sha256) as { id: number } | undefined;
  return row?.id ?? null;
}

function senderList(senders: readonly ChatSender[]): string {
  return senders
    .slice(0, 20)
    .map((s) => (s.senderId && s.senderId !== s.sender ? `${s.sender}（${s.senderId}）` : s.sender))
    .join('、');
}

function checkMe(me: string | undefined, senders: readonly ChatSender[]): void {
  if (me === undefined || senders.some((s) => s.key === me)) return;
  throw new AppError('chat-me-unknown', { me, senders: senderList(senders) }, { senders });
}

function nothingImported(file: string, parsed: ChatParseResult): AppError {
  const first: ChatError | undefined = parsed.errors[0];
  const line = first?.line ?? null;
  return new AppError(
    'chat-nothing-imported',
    {
      file,
      where: line !== null ? `第 ${line} 行：` : '',
      whereEn: line !== null ? `Line ${line}: ` : '',
      reason: first?.message.zh ?? '',
      reasonEn: first?.message.en ?? '',
    },
    { errors: parsed.errors.slice(0, 20), missingDate: parsed.missingDate, format: parsed.format },
  );
}

/** The answer for a chat already stored (re-import, or `me` given afterwards). */
function storedOutcome(vault: Vault, chat: ChatImportRecord, evidenceReused: boolean): ChatImportResult {
  const errors = chatErrors(vault.db, chat.id);
  return {
    chatId: chat.id,
    evidenceId: chat.evidenceId,
    evidenceReused,
    alreadyImported: true,
    format: chat.format as ChatImportResult['format'],
    encoding: chat.encoding,
    messageCount: chat.messageCount,
    errors,
    errorCount: chat.errorCount,
    me: chat.me,
    needsMe: unknownSideCount(vault.db, chat.id) > 0,
    senders: chatSenders(vault.db, chat.id),
  };
}

/** Re-import: nothing new; a `me` not given before is recorded (audited) and applied. */
function reimport(vault: Vault, chat: ChatImportRecord, input: ImportInput, evidenceReused: boolean) {
  const { db } = vault;
  if (input.me !== undefined && input.me !== chat.me) {
    checkMe(input.me, chatSenders(db, chat.id));
    const me = input.me;
    db.transaction(() => {
      const changed = setChatMe(db, chat.id, me);
      appendAudit(db, {
        action: 'chat.me-set',
        caseId: chat.caseId,
        subject: `chat:${chat.id}`,
        details: { me, before: chat.me, messagesChanged: changed },
      });
      touchCase(db, chat.caseId);
    })();
    return storedOutcome(vault, { ...chat, me }, evidenceReused);
  }
  return storedOutcome(vault, chat, evidenceReused);
}

async function openSource(vault: Vault, input: ImportInput, batch: ObjectBatch): Promise<Source> {
  if (input.evidenceId !== undefined) {
    const ev = getEvidence(vault.db, input.evidenceId);
    if (ev.caseId !== input.caseId)
      throw new AppError('chat-evidence-other-case', { id: ev.id, caseId: input.caseId });
    return { kind: 'evidence', evidenceId: ev.id, sha256: ev.sha256, fileName: ev.originalName };
  }
  const file = input.path as string;
  const info = await statRegularFile(file);
  const staged = await batch.stage(file);
  return { kind: 'file', staged, fileName: input.originalName ?? path.basename(file), mtimeMs: info.mtimeMs };
}

export async function importChat(
  vault: Vault,
  input: ImportInput,
  progress: ProgressReporter,
): Promise<ChatImportResult> {
  const { db } = vault;
  getCase(db, input.caseId);
  const batch = new ObjectBatch(vault);
  try {
    progress.report({ phase: 'hashing', done: 0, total: 1 });
    const source = await openSource(vault, input, batch);
    const sha256 = source.kind === 'file' ? source.staged.sha256 : source.sha256;
    const existingEvidence =
      source.kind === 'evidence' ? source.evidenceId : evidenceWithSha(vault, input.caseId, sha256);
    const existingChat = existingEvidence !== null ? findChatByEvidence(db, existingEvidence) : null;
    if (existingChat) {
      batch.discard();
      return reimport(vault, existingChat, input, source.kind === 'file');
    }

    progress.report({ phase: 'parsing', done: 0, total: 1 });
    // Parsed from the staged copy (or the stored original): exactly the bytes whose hash is kept.
    const readPath = source.kind === 'file' ? source.staged.stagedPath : objectPath(vault.objectsDir, sha256);
    const options = { year: input.year, date: input.date };
    const parsed = await parseChatStream(
      createReadStream(readPath, { highWaterMark: 256 * 1024 }),
      source.fileName,
      options,
    );
    if (parsed.messages.length === 0) throw nothingImported(source.fileName, parsed);
    const senders = sendersOf(parsed.messages);
    checkMe(input.me, senders);
    const me = input.me ?? null;
    const mime = source.kind === 'file' ? await sniffMime(source.staged.head, source.fileName) : '';
    progress.throwIfCancelled();

    progress.report({ phase: 'saving', done: 0, total: parsed.messages.length });
    if (existingEvidence === null) batch.publish();
    let chatId = 0;
    let evidenceId = existingEvidence ?? 0;
    db.transaction(() => {
      if (existingEvidence === null && source.kind === 'file') {
        evidenceId = insertChatEvidence(vault, input.caseId, source, mime, parsed.format);
      }
      chatId = insertChatImport(db, {
        caseId: input.caseId,
        evidenceId,
        format: parsed.format,
        encoding: parsed.encoding,
        year: input.year ?? null,
        date: input.date ?? null,
        me,
        messageCount: parsed.messages.length,
        errors: parsed.errors,
        importedAt: nowIso(),
      });
      insertChatMessages(db, chatId, parsed.messages, me);
      appendAudit(db, {
        action: 'chat.imported',
        caseId: input.caseId,
        subject: `chat:${chatId}`,
        details: {
          evidenceId,
          sha256,
          format: parsed.format,
          messages: parsed.messages.length,
          problems: parsed.errors.length,
          ...(me !== null ? { me } : {}),
          ...(input.year !== undefined ? { year: input.year } : {}),
          ...(input.date !== undefined ? { date: input.date } : {}),
        },
      });
      touchCase(db, input.caseId);
      batch.settle();
    })();
    if (existingEvidence !== null) batch.discard(); // the staged copy of an original already stored
    progress.report({ phase: 'saving', done: parsed.messages.length, total: parsed.messages.length });
    return {
      chatId,
      evidenceId,
      evidenceReused: existingEvidence !== null,
      alreadyImported: false,
      format: parsed.format,
      encoding: parsed.encoding,
      messageCount: parsed.messages.length,
      errors: parsed.errors.slice(0, 200),
      errorCount: parsed.errors.length,
      me,
      needsMe: parsed.messages.some((m) => isFromMe(m, me) === null),
      senders:
        me === null ? senders : sendersOf(parsed.messages.map((m) => ({ ...m, fromMe: isFromMe(m, me) }))),
    };
  } catch (err) {
    batch.discard();
    throw err;
  }
}

function insertChatEvidence(
  vault: Vault,
  caseId: number,
  source: Extract<Source, { kind: 'file' }>,
  mime: string,
  format: string,
): number {
  const { db } = vault;
  const fileModifiedAt = toBeijingIso(new Date(source.mtimeMs));
  const { sha256, size } = source.staged;
  const deduplicated = !!stmt(db, 'SELECT 1 FROM objects WHERE sha256 = ?').get(sha256);
  const evidenceId = insertEvidenceRow(
    db,
    caseId,
    {
      sha256,
      kind: 'chat-backup',
      title: source.fileName,
      description: `聊天记录导出文件，格式 ${format}`,
      capturedAt: fileModifiedAt,
      capturedAtSource: 'file-mtime',
      originalName: source.fileName,
      fileModifiedAt,
      size,
      mime,
      addedAt: nowIso(),
    },
    [],
  );
  appendAudit(db, {
    action: 'evidence.added',
    caseId,
    subject: `evidence:${evidenceId}`,
    details: { sha256, size, mime, kind: 'chat-backup', deduplicated, format },
  });
  return evidenceId;
}
