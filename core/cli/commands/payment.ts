import type { Command } from 'commander';
import { lines, paymentLine } from '../format.ts';
import { parseId, parseWindow, runMethod, type WindowOptions } from '../runMethod.ts';

export function registerPayment(program: Command): void {
  const group = program.command('payment').description('disputed payments / 争议付款');

  group
    .command('add')
    .description('add a payment by hand / 手动添加付款')
    .requiredOption('--case <id>', 'case id')
    .requiredOption('--txid <id>', '交易单号 (kept as text)')
    .requiredOption('--amount <yuan>', 'amount in yuan: 12.34, 5,200, 5200元, ¥1,299.00')
    .requiredOption(
      '--time <time>',
      '"2025-05-18 14:58" or "2025年5月18日 14:58", Beijing time unless a zone is given',
    )
    .option('--merchant-order <id>', '商户单号')
    .option('--counterparty <name>', 'merchant or person paid / 交易对方')
    .option('--direction <dir>', 'expense | income | neutral', 'expense')
    .option('--method <text>', 'paid with, e.g. 招商银行储蓄卡(1234) / 付款方式')
    .option('--receiving-account <text>', 'the account that received it / 收款账户')
    .option('--note <text>', 'note / 备注')
    .action(
      async (
        o: {
          case: string;
          txid: string;
          amount: string;
          time: string;
          merchantOrder?: string;
          counterparty?: string;
          direction: string;
          method?: string;
          receivingAccount?: string;
          note?: string;
        },
        cmd: Command,
      ) =>
        runMethod(
          cmd,
          'payment.add',
          {
            caseId: parseId(o.case),
            txid: o.txid,
            amount: o.amount,
            time: o.time,
            merchantOrderId: o.merchantOrder,
            counterparty: o.counterparty,
            direction: o.direction as 'expense',
            method: o.method,
            receivingAccount: o.receivingAccount,
            note: o.note,
          },
          { human: (p) => `已添加付款 Added payment ${paymentLine(p)}` },
        ),
    );

  group
    .command('list')
    .description('list payments of a case / 付款列表')
    .requiredOption('--case <id>', 'case id')
    .option('--offset <n>', 'skip the first n rows / 跳过前 n 条')
    .option('--limit <n>', 'at most n rows (1–10000) / 最多 n 条')
    .option('--direction <d>', 'expense | income | neutral')
    .action(async (o: WindowOptions & { direction?: string }, cmd: Command) =>
      runMethod(
        cmd,
        'payment.list',
        {
          caseId: parseId(o.case),
          ...parseWindow(o),
          ...(o.direction ? { direction: o.direction as 'expense' } : {}),
        },
        { human: (ps) => lines(ps, paymentLine, '没有付款 No payments.') },
      ),
    );

  group
    .command('remove <id>')
    .description('remove a payment (recorded in the audit log) / 删除付款')
    .action(async (id: string, _o, cmd: Command) =>
      runMethod(
        cmd,
        'payment.remove',
        { id: parseId(id) },
        {
          human: (p) =>
            [
              `已删除付款 Removed payment ${paymentLine(p)}`,
              p.counterpartyWithoutPayments
                ? `  对方 #${p.counterpartyWithoutPayments.id} ${p.counterpartyWithoutPayments.name} 已没有付款；如不再需要：payproof counterparty remove ${p.counterpartyWithoutPayments.id}\n  Counterparty #${p.counterpartyWithoutPayments.id} has no payment left; to remove it: payproof counterparty remove ${p.counterpartyWithoutPayments.id}`
                : '',
            ]
              .filter(Boolean)
              .join('\n'),
        },
      ),
    );

  group
    .command('update <id>')
    .description('change a payment; old → new values go to the audit log / 修改付款')
    .option('--amount <yuan>', 'amount in yuan')
    .option('--time <time>', '"2025-05-18 14:58" (Beijing time)')
    .option('--merchant-order <id>', '商户单号')
    .option('--counterparty <name>', '交易对方 as the bill names it')
    .option('--counterparty-id <id>', 'link to this counterparty of the case')
    .option('--direction <dir>', 'expense | income | neutral')
    .option('--method <text>', 'paid with / 付款方式')
    .option('--receiving-account <text>', 'the account that received it / 收款账户')
    .option('--status <text>', 'status / 状态')
    .option('--note <text>', 'note / 备注')
    .option('--revision <n>', 'refuse if it changed since this revision')
    .action(
      async (
        id: string,
        o: {
          amount?: string;
          time?: string;
          merchantOrder?: string;
          counterparty?: string;
          counterpartyId?: string;
          direction?: string;
          method?: string;
          receivingAccount?: string;
          status?: string;
          note?: string;
          revision?: string;
        },
        cmd: Command,
      ) =>
        runMethod(
          cmd,
          'payment.edit',
          {
            id: parseId(id),
            ...(o.revision !== undefined ? { revision: Number(o.revision) } : {}),
            patch: {
              amount: o.amount,
              time: o.time,
              merchantOrderId: o.merchantOrder,
              counterparty: o.counterparty,
              counterpartyId: o.counterpartyId === undefined ? undefined : parseId(o.counterpartyId),
              direction: o.direction as 'expense' | undefined,
              method: o.method,
              receivingAccount: o.receivingAccount,
              status: o.status,
              note: o.note,
            },
          },
          { human: (p) => `已更新付款 Updated payment ${paymentLine(p)}` },
        ),
    );
}
