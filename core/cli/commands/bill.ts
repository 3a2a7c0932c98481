/**
 * `payproof bill show FILE` parses an official WeChat Pay / Alipay bill export (or the password zip it
 * came in) without storing anything; `payproof bill import FILE --case ID` stores the file as evidence
 * and the picked rows as payments. In JSON, each error's `message` is the Chinese text and
 * `messageEn` the English one.
 */
import type { Command } from 'commander';
import type { BillError, BillRow } from '../../importers/types.ts';
import { yuan } from '../format.ts';
import type { MethodInput } from '../../api/contract.ts';
import { EXIT } from '../output.ts';
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
    .option('--counterparty-id <id>', 'link every imported row to this counterparty / 关联到已有对方')
    .option('--new-counterparty <name>', 'add this counterparty and link the rows to it / 新建对方并关联')
    .option('--unlinked', 'link the rows to no counterparty / 不关联对方')
    .addHelpText(
      'after',
      '\nWithout a counterparty option a row links only to a counterparty with exactly its 交易对方 name; none is added.\n' +
        'Exit 1 when nothing could be imported (not a bill, wrong password, no row matched --pick).',
    )
    .action(
      async (
        file: string,
        o: {
          case: string;
          pick?: string;
          password?: string;
          counterpartyId?: string;
          newCounterparty?: string;
          unlinked?: boolean;
        },
        cmd: Command,
      ) => {
        const chosen = [o.counterpartyId !== undefined, o.newCounterparty !== undefined, Boolean(o.unlinked)];
        if (chosen.filter(Boolean).length > 1)
          cmd.error(
            '错误：--counterparty-id、--new-counterparty 和 --unlinked 只能选一个。\nError: choose one of --counterparty-id, --new-counterparty and --unlinked.',
            { exitCode: EXIT.usage },
          );
        return runMethod(
          cmd,
          'bill.import',
          {
            caseId: parseId(o.case),
            path: file,
            ...(o.pick ? { pick: list(o.pick) } : {}),
            ...(o.password ? { password: o.password } : {}),
            ...billCounterpartyOption(o),
          },
          {
            // Duplicates only (the bill was imported before) is not a failure; nothing usable is.
            exitCode: (r) => (r.imported === 0 && r.duplicates === 0 ? EXIT.failed : EXIT.ok),
            project: (r) => ({ ...r, errors: r.errors.map(errorJson) }),
            human: (r) =>
              [
                `格式 Format: ${r.format}  账单 ${r.rows} 行 rows  选中 picked ${r.picked}  导入 imported ${r.imported}  重复 duplicates ${r.duplicates}`,
                `导入 Imported: 支出 expense ${yuan(r.expenseFen)}  收入 income ${yuan(r.incomeFen)}${
                  r.evidenceId
                    ? `  账单文件证据 bill evidence #${r.evidenceId}${r.evidenceReused ? '（已有 existing）' : ''}`
                    : ''
                }`,
                // One line per reason (the row, or the count and the first rows); --json lists every row.
                ...r.skippedGroups.map((g) => `  跳过 skipped: ${g.message.zh} / ${g.message.en}`),
                ...errorLines(r.errors),
                ...r.counterparty.unlinkedNames.map(
                  (u) =>
                    `  未关联对方 Not linked: “${u.name}” (${u.rows} 行 rows) — 用 --counterparty-id 或 --new-counterparty 关联 / link with --counterparty-id or --new-counterparty`,
                ),
                ...(r.imported === 0 && r.duplicates === 0
                  ? ['没有导入任何付款 Nothing was imported: 见上面的说明 see the notes above.']
                  : []),
              ].join('\n'),
          },
        );
      },
    );
}

/** The counterparty option given (the action refuses more than one). */
function billCounterpartyOption(o: {
  counterpartyId?: string;
  newCounterparty?: string;
  unlinked?: boolean;
}): { counterparty?: MethodInput<'bill.import'>['counterparty'] } {
  if (o.counterpartyId !== undefined) return { counterparty: { existingId: parseId(o.counterpartyId) } };
  if (o.newCounterparty !== undefined) return { counterparty: { create: { name: o.newCounterparty } } };
  if (o.unlinked) return { counterparty: 'none' };
  return {};
}
