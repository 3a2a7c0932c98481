/** A real vault in a temp folder with one case, and a snapshot of everything a failed import must not touch. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { invoke } from '../../../core/api/dispatch.ts';
import { createVaultContext } from '../../../core/api/vaultContext.ts';
import type { ApiContext } from '../../../core/api/context.ts';

export const fixturePath = (name: string): string =>
  path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'fixtures', 'chat', name);

export async function vaultWithCase(dir: string): Promise<{ ctx: ApiContext; caseId: number }> {
  const ctx = createVaultContext(path.join(dir, 'vault'));
  const c = await invoke(ctx, 'case.create', {
    title: '闲鱼买手机未发货',
    route: 'not-received',
    counterparty: '卖家 老王',
  });
  return { ctx, caseId: c.id };
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out.sort();
}

/** Row counts of every table a chat import writes, the audit head and the files in objects/ and tmp/. */
export function vaultState(ctx: ApiContext): Record<string, unknown> {
  const v = ctx.vault();
  const count = (table: string) =>
    (v.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    evidence: count('evidence'),
    objects: count('objects'),
    chats: count('chat_imports'),
    messages: count('chat_messages'),
    search: count('search_index'),
    audit: count('audit_log'),
    pending: count('pending_writes'),
    objectFiles: files(v.objectsDir),
    tmpFiles: files(v.tmpDir),
  };
}
