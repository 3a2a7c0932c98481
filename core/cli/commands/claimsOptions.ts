/** The 诉求 options shared by `case create` and `case update`: given together, they replace the whole set. */
import type { Command } from 'commander';
import type { MethodInput } from '../../api/contract.ts';

export interface ClaimsOptions {
  refund?: string;
  rescind?: boolean;
  compensation?: string;
  compensationAmount?: string;
  interest?: boolean;
}

export function addClaimsOptions(cmd: Command): Command {
  return cmd
    .option('--refund <yuan>', 'ask for this refund, e.g. 5,200 / 要求退还的金额')
    .option('--rescind', 'ask to rescind the contract / 解除合同')
    .option('--compensation <kind>', 'none | triple (退一赔三) | tenfold (食品十倍) | amount / 赔偿')
    .option('--compensation-amount <yuan>', 'with --compensation amount / 赔偿金额')
    .option('--interest', 'ask for interest on the money / 利息');
}

type ClaimsInput = NonNullable<MethodInput<'case.create'>['claims']>;

/** undefined when no 诉求 option was given (the stored ones stay as they are). */
export function claimsFrom(o: ClaimsOptions): ClaimsInput | undefined {
  const given =
    o.refund !== undefined ||
    o.rescind ||
    o.compensation !== undefined ||
    o.compensationAmount !== undefined ||
    o.interest;
  if (!given) return undefined;
  return {
    refund: o.refund ?? null,
    rescind: Boolean(o.rescind),
    compensation: (o.compensation ?? (o.compensationAmount !== undefined ? 'amount' : 'none')) as 'none',
    compensationAmount: o.compensationAmount ?? null,
    interest: Boolean(o.interest),
  };
}
