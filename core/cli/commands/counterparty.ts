/**
 * `counterparty set | add | update | remove | merge`. Only the options given change a party: lists are
 * replaced when the option is given at least once, kept otherwise.
 */
import type { Command } from 'commander';
import type { Counterparty } from '../../domain/types.ts';
import { accountFromText, accountText } from '../../input/accounts.ts';
import { parseId, runMethod } from '../runMethod.ts';

const repeatable = (v: string, acc: string[] | undefined) => [...(acc ?? []), v];

interface FieldOptions {
  name?: string;
  kind?: string;
  creditCode?: string;
  nickname?: string[];
  wechatId?: string[];
  phone?: string[];
  account?: string[];
  url?: string[];
  address?: string;
  platform?: string;
  note?: string;
}

function addFieldOptions(cmd: Command, nameRequired: boolean): Command {
  const named = nameRequired
    ? cmd.requiredOption('--name <name>', 'merchant full name or the person’s name / 商户全称或姓名')
    : cmd.option('--name <name>', 'merchant full name or the person’s name / 商户全称或姓名');
  return named
    .option('--kind <kind>', 'merchant | person | unknown')
    .option('--credit-code <code>', '统一社会信用代码 (18 characters, GB 32100; needed for 12315)')
    .option('--nickname <nick>', 'nickname on WeChat or the platform (repeatable) / 昵称', repeatable)
    .option('--wechat-id <id>', 'WeChat ID (repeatable) / 微信号', repeatable)
    .option('--phone <phone>', 'phone number (repeatable) / 电话', repeatable)
    .option(
      '--account <account>',
      'receiving account (repeatable): bank:6222…, alipay:…, wechat:…, other:…; a bare 15–19 digit number is a bank card / 收款账户',
      repeatable,
    )
    .option('--address <text>', 'address / 地址')
    .option('--platform <text>', 'where the shop lives: 闲鱼, 淘宝, an app… / 平台')
    .option('--url <url>', 'web address or app link (repeatable) / 网址', repeatable)
    .option('--note <text>', 'note / 备注');
}

/** Only what was given: an option left out keeps the stored value. */
function fieldsFrom(o: FieldOptions) {
  return {
    name: o.name,
    kind: o.kind as Counterparty['kind'] | undefined,
    creditCode: o.creditCode,
    wechatNicknames: o.nickname,
    wechatIds: o.wechatId,
    phones: o.phone,
    accounts: o.account?.map(accountFromText),
    urls: o.url,
    address: o.address,
    platform: o.platform,
    note: o.note,
  };
}

export function counterpartyText(c: Counterparty): string {
  return [
    `#${c.id} ${c.name} (${c.kind})`,
    c.creditCode && `  统一社会信用代码 ${c.creditCode}`,
    c.wechatNicknames.length && `  昵称 ${c.wechatNicknames.join(', ')}`,
    c.wechatIds.length && `  微信号 ${c.wechatIds.join(', ')}`,
    c.phones.length && `  电话 ${c.phones.join(', ')}`,
    c.accounts.length && `  收款账户 ${c.accounts.map((a) => accountText(a)).join(', ')}`,
    c.address && `  地址 ${c.address}`,
    c.platform && `  平台 ${c.platform}`,
    c.urls.length && `  网址 ${c.urls.join(', ')}`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function registerCounterparty(program: Command): void {
  const group = program
    .command('counterparty')
    .description('the other side: merchant or person, with every identifier collected / 对方信息');

  addFieldOptions(
    group
      .command('set')
      .description(
        'update the counterparty with this name (or --id), or add it when the case has none / 设置对方',
      )
      .requiredOption('--case <id>', 'case id')
      .option('--id <id>', 'the counterparty to change (needed when several share the name)'),
    true,
  ).action(async (o: FieldOptions & { case: string; id?: string }, cmd: Command) =>
    runMethod(
      cmd,
      'counterparty.save',
      {
        caseId: parseId(o.case),
        ...(o.id !== undefined ? { id: parseId(o.id) } : {}),
        ...fieldsFrom(o),
        name: o.name ?? '',
      },
      { human: (c) => `已保存对方 Saved counterparty ${counterpartyText(c)}` },
    ),
  );

  addFieldOptions(
    group
      .command('add')
      .description('add a counterparty, even if one with the same name exists / 添加对方')
      .requiredOption('--case <id>', 'case id'),
    true,
  ).action(async (o: FieldOptions & { case: string }, cmd: Command) =>
    runMethod(
      cmd,
      'counterparty.add',
      { caseId: parseId(o.case), ...fieldsFrom(o), name: o.name ?? '' },
      { human: (c) => `已添加对方 Added counterparty ${counterpartyText(c)}` },
    ),
  );

  addFieldOptions(
    group
      .command('update <id>')
      .description('change the options given / 修改对方')
      .option('--revision <n>', 'refuse if it changed since this revision'),
    false,
  ).action(async (id: string, o: FieldOptions & { revision?: string }, cmd: Command) =>
    runMethod(
      cmd,
      'counterparty.update',
      {
        id: parseId(id),
        ...(o.revision !== undefined ? { revision: Number(o.revision) } : {}),
        patch: fieldsFrom(o),
      },
      { human: (c) => `已更新对方 Updated counterparty ${counterpartyText(c)}` },
    ),
  );

  group
    .command('remove <id>')
    .description('remove a counterparty; its payments stay, unlinked / 删除对方')
    .action(async (id: string, _o, cmd: Command) =>
      runMethod(
        cmd,
        'counterparty.remove',
        { id: parseId(id) },
        {
          human: (r) =>
            `已删除对方 Removed counterparty #${r.counterparty.id} ${r.counterparty.name}; 解除关联的付款 payments unlinked: ${r.unlinkedPayments}`,
        },
      ),
    );

  group
    .command('merge <from> <into>')
    .description(
      'two entries are the same person: move <from>’s identifiers and payments into <into> / 合并对方',
    )
    .action(async (from: string, into: string, _o, cmd: Command) =>
      runMethod(
        cmd,
        'counterparty.merge',
        { from: parseId(from), into: parseId(into) },
        {
          human: (r) =>
            `已合并 Merged #${r.removedId} → ${counterpartyText(r.counterparty)}\n  转移的付款 payments moved: ${r.movedPayments}`,
        },
      ),
    );
}
