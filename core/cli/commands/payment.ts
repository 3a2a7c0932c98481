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
    .requiredOption('--amount <yuan>', 'amount in yuan, e.g. 12.34')
    .requiredOption('--time <time>', '"YYYY-MM-DD HH:MM:SS", Beijing time unless a zone is given')
    .option('--merchant-order <id>', '商户单号')
    .option('--counterparty <name>', 'merchant or person paid / 交易对方')
    .option('--direction <dir>', 'expense | income | neutral', 'expense')
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
        { human: (p) => `已删除付款 Removed payment ${paymentLine(p)}` },
      ),
    );
}
