/** Human-readable lines for CLI output. Amounts in yuan with two decimals; ids shown as text. */
import type { CaseRecord, EvidenceItem, Payment, TimelineEvent } from '../domain/types.ts';
import { formatFen } from '../money.ts';

export const yuan = (fen: number): string => `¥${formatFen(fen)}`;

export function caseLine(
  c: CaseRecord & { paymentCount?: number; expenseFen?: number; evidenceCount?: number },
): string {
  const extra =
    c.paymentCount !== undefined
      ? `  ${c.paymentCount} 笔付款 ${yuan(c.expenseFen ?? 0)}  ${c.evidenceCount} 件证据`
      : '';
  return `#${c.id}  [${c.route}] ${c.title}  (${c.status})${extra}`;
}

export function paymentLine(p: Payment): string {
  return `#${p.id}  ${p.time}  ${p.direction === 'income' ? '+' : '-'}${yuan(p.amountFen)}  交易单号 ${p.txid}${
    p.merchantOrderId ? `  商户单号 ${p.merchantOrderId}` : ''
  }${p.counterparty ? `  ${p.counterparty}` : ''}`;
}

const WARNING_TEXT: Record<string, string> = {
  'empty-file': '空文件 (empty file)',
  'undecodable-name':
    '文件名不是有效的 UTF-8，无法识别的字节记为 \\xNN (file name is not valid UTF-8; bad bytes recorded as \\xNN)',
};

export function evidenceLine(
  e: EvidenceItem & {
    deduplicated?: boolean;
    duplicateOf?: { id: number; caseId: number } | null;
    warnings?: string[];
  },
): string {
  const flags = [
    e.duplicateOf
      ? `已在证据库中（第${e.duplicateOf.id}号证据，案件 ${e.duplicateOf.caseId}） (already in the vault as evidence #${e.duplicateOf.id})`
      : e.deduplicated
        ? '已存在相同内容 (deduplicated)'
        : '',
    ...(e.warnings ?? []).map((w) => WARNING_TEXT[w] ?? w),
    e.symlink ? `经由符号链接 via symlink ${e.symlink.path} → ${e.symlink.target}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `#${e.id}  [${e.kind}] ${e.originalName}  ${e.size} B  ${e.mime}  sha256 ${e.sha256}${flags ? `  — ${flags}` : ''}`;
}

export function eventLine(e: TimelineEvent): string {
  return `#${e.id}  ${e.date}  [${e.kind}] ${e.text}${e.ref ? `  (编号 ${e.ref})` : ''}`;
}

export const lines = <T>(items: T[], line: (t: T) => string, empty: string): string =>
  items.length ? items.map(line).join('\n') : empty;
