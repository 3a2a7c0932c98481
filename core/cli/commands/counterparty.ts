import type { Command } from 'commander';
import { accountFromText, accountText } from '../../input/accounts.ts';
import { parseId, runMethod } from '../runMethod.ts';

const repeatable = (v: string, acc: string[]) => [...acc, v];

export function registerCounterparty(program: Command): void {
  const group = program
    .command('counterparty')
    .description('the other side: merchant or person, with every identifier collected / 对方信息');

  group
    .command('set')
    .description('add or update a counterparty of a case (lists are replaced when given) / 添加或更新对方')
    .requiredOption('--case <id>', 'case id')
    .requiredOption('--name <name>', 'merchant full name or the person’s name / 商户全称或姓名')
    .option('--id <id>', 'update this counterparty instead of adding one')
    .option('--kind <kind>', 'merchant | person | unknown', 'unknown')
    .option('--credit-code <code>', '统一社会信用代码 (18 characters; needed for 12315)', '')
    .option('--nickname <nick>', 'WeChat nickname (repeatable) / 微信昵称', repeatable, [] as string[])
    .option('--wechat-id <id>', 'WeChat ID (repeatable) / 微信号', repeatable, [] as string[])
    .option('--phone <phone>', 'phone number (repeatable) / 电话', repeatable, [] as string[])
    .option(
      '--account <account>',
      'receiving account, bank card or Alipay (repeatable) / 收款账户',
      repeatable,
      [] as string[],
    )
    .option('--url <url>', 'web address or app name (repeatable) / 网址', repeatable, [] as string[])
    .option('--note <text>', 'note', '')
    .action(
      async (
        o: {
          case: string;
          name: string;
          id?: string;
          kind: string;
          creditCode: string;
          nickname: string[];
          wechatId: string[];
          phone: string[];
          account: string[];
          url: string[];
          note: string;
        },
        cmd: Command,
      ) =>
        runMethod(
          cmd,
          'counterparty.save',
          {
            caseId: parseId(o.case),
            id: o.id === undefined ? undefined : parseId(o.id),
            name: o.name,
            kind: o.kind as 'unknown',
            creditCode: o.creditCode,
            wechatNicknames: o.nickname,
            wechatIds: o.wechatId,
            phones: o.phone,
            accounts: o.account.map(accountFromText),
            urls: o.url,
            note: o.note,
          },
          {
            human: (c) =>
              [
                `已保存对方 Saved counterparty #${c.id} ${c.name}`,
                c.creditCode && `  统一社会信用代码 ${c.creditCode}`,
                c.wechatIds.length && `  微信号 ${c.wechatIds.join(', ')}`,
                c.phones.length && `  电话 ${c.phones.join(', ')}`,
                c.accounts.length && `  收款账户 ${c.accounts.map((a) => accountText(a)).join(', ')}`,
              ]
                .filter(Boolean)
                .join('\n'),
          },
        ),
    );
}
