/**
 * `payproof bill show FILE` parses an official WeChat Pay / Alipay bill export (or the password zip it
 * came in) without storing anything; `payproof bill import FILE --case ID` stores the file as evidence
 * and the picked rows as payments. In JSON, each error's `message` is the Chinese text and
 * `messageEn` the English one.
 */
import type { Command } from 'commander';
import type { BillError, BillRow } from '../../importers/types.ts';
import { yuan } from '../format.ts';
import { parseId, runMethod } from '../runMethod.ts';

interface ErrorJson {
  file: string;
  row: number | null;
  column: string | null;
  message: string;
  messageEn: string;
}

const errorJson = (e: BillError): ErrorJson => ({
  file: e.file,
  row: e.row,
  column: e.column,
  message: e.message.zh,
  messageEn: e.message.en,
});

function errorLines(errors: ErrorJson[]): string[] {
  if (errors.length === 0) return [];
  const where = (e: ErrorJson) => `${e.row !== null ? `#${e.row} ` : ''}${e.column ? `${e.column}: ` : ''}`;
  return [
    `问题 Problems (${errors.length}):`,
    ...errors.map((e) => `  ${where(e)}${e.message} / ${e.messageEn}`),
  ];
}

const rowLine = (r: BillRow): string =>
  `#${r.row}  ${r.time}  ${r.direction === 'income' ? '+' : r.direction === 'expense' ? '-' : ' '}${yuan(r.amountFen)}  ${
    r.txid ? `交易单号 ${r.txid}` : '交易单号不可用 (id unusable)'
  }${r.merchantOrderId ? `  商户单号 ${r.merchantOrderId}` : ''}  ${r.counterparty}`;

const list = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function registerBill(program: Command): void {
  const group = program.command('bill').description('official bill exports (WeChat Pay / Alipay) / 官方账单');

  group
    .command('show <file>')
    .description('parse a bill (.csv, .xlsx or the .zip) without storing it / 预览账单，不保存')
    .option('--password <password>', 'unzip password the platform sent / 解压密码')
    .action(async (file: string, o: { password?: string }, cmd: Command) =>
      runMethod(
        cmd,
        'bill.show',
        { path: file, ...(o.password ? { password: o.password } : {}) },
        {
          project: (r) => ({
            format: r.format,
            rows: r.rows,
            errors: r.errors.map(errorJson),
            summary: r.summary,
          }),
          human: (r) =>
            [
              `格式 Format: ${r.format}  ${r.rows.length} 行 rows  支出 expense ${r.summary.expenseCount} 笔 ${yuan(r.summary.expenseFen)}  收入 income ${r.summary.incomeCount} 笔 ${yuan(r.summary.incomeFen)}`,
              ...r.rows.map(rowLine),
              ...errorLines(r.errors),
            ].join('\n'),
        },
      ),
    );

  group
    .command('import <file>')
    .description('import bill rows as payments of a case; the file is kept as evidence / 从账单导入付款')
    .requiredOption('--case <id>', 'case id')
    .option('--pick <txids>', 'only these 交易单号, comma-separated (default: every row)')
    .option('--password <password>', 'unzip password the platform sent / 解压密码')
    .action(async (file: string, o: { case: string; pick?: string; password?: string }, cmd: Command) =>
      runMethod(
        cmd,
        'bill.import',
        {
          caseId: parseId(o.case),
          path: file,
          ...(o.pick ? { pick: list(o.pick) } : {}),
          ...(o.password ? { password: o.password } : {}),
        },
        {
          project: (r) => ({ ...r, errors: r.errors.map(errorJson) }),
          human: (r) =>
            [
              `格式 Format: ${r.format}  账单 ${r.rows} 行 rows  选中 picked ${r.picked}  导入 imported ${r.imported}  重复 duplicates ${r.duplicates}`,
              `导入 Imported: 支出 expense ${yuan(r.expenseFen)}  收入 income ${yuan(r.incomeFen)}${
                r.evidenceId
                  ? `  账单文件证据 bill evidence #${r.evidenceId}${r.evidenceReused ? '（已有 existing）' : ''}`
                  : ''
              }`,
              ...r.skipped.map(
                (s) => `  跳过 skipped #${s.row} ${s.txid}: ${s.message.zh} / ${s.message.en}`,
              ),
              ...errorLines(r.errors),
            ].join('\n'),
        },
      ),
    );
}
