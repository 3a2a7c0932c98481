import type { Command } from 'commander';
import { caseLine, eventLine, evidenceLine, lines, paymentLine, yuan } from '../format.ts';
import { parseId, runMethod } from '../runMethod.ts';
import { registerCaseTrash } from './caseTrash.ts';
import { addClaimsOptions, claimsFrom, type ClaimsOptions } from './claimsOptions.ts';

interface CaseTextOptions {
  item?: string;
  narrative?: string;
  demand?: string;
  place?: string;
}

export function registerCase(program: Command): void {
  const group = program.command('case').description('cases / 案件');

  addClaimsOptions(
    group
      .command('create')
      .description('create a case / 新建案件')
      .requiredOption('--title <title>', 'a short title, e.g. "闲鱼买手机未发货"')
      .requiredOption(
        '--type <route>',
        'route id: fraud, not-received, duplicate-charge, transfer-scam, virtual-goods, cross-border (see `payproof routes`)',
      )
      .option('--counterparty <name>', 'merchant or person on the other side / 对方名称')
      .option('--item <text>', 'the goods or service bought / 购买的商品或服务')
      .option('--narrative <text>', 'what happened, in your words / 经过')
      .option('--demand <text>', 'anything else you ask for, in your words / 其他诉求')
      .option('--place <text>', 'where it happened (city, district) / 地点'),
  ).action(
    async (
      o: CaseTextOptions & ClaimsOptions & { title: string; type: string; counterparty?: string },
      cmd: Command,
    ) =>
      runMethod(
        cmd,
        'case.create',
        {
          title: o.title,
          route: o.type,
          counterparty: o.counterparty,
          item: o.item,
          narrative: o.narrative,
          demand: o.demand,
          place: o.place,
          claims: claimsFrom(o),
        },
        { human: (c) => `已创建案件 Created case ${caseLine(c)}` },
      ),
  );

  addClaimsOptions(
    group
      .command('update <id>')
      .description('change the facts of a case; only the options given change / 修改案件')
      .option('--title <title>')
      .option('--type <route>', 'route id')
      .option(
        '--status <status>',
        'open 进行中 | partly-recovered 已部分追回 | recovered 已追回 | closed 已结案',
      )
      .option('--recovered <yuan>', 'money got back so far / 已追回金额')
      .option('--item <text>', 'the goods or service bought / 购买的商品或服务')
      .option('--narrative <text>', 'what happened / 经过')
      .option('--demand <text>', 'anything else you ask for / 其他诉求')
      .option('--place <text>', 'where it happened (city, district) / 地点')
      .option('--revision <n>', 'refuse if the case changed since this revision (see case show --json)'),
  )
    .addHelpText(
      'after',
      '\n诉求 options (--refund, --rescind, --compensation…) given together replace the whole 诉求.',
    )
    .action(
      async (
        id: string,
        o: CaseTextOptions &
          ClaimsOptions & {
            title?: string;
            type?: string;
            status?: string;
            recovered?: string;
            revision?: string;
          },
        cmd: Command,
      ) =>
        runMethod(
          cmd,
          'case.update',
          {
            id: parseId(id),
            ...(o.revision !== undefined ? { revision: Number(o.revision) } : {}),
            patch: {
              title: o.title,
              route: o.type,
              status: o.status as 'open' | undefined,
              recovered: o.recovered,
              item: o.item,
              narrative: o.narrative,
              demand: o.demand,
              place: o.place,
              claims: claimsFrom(o),
            },
          },
          { human: (c) => `已更新 Updated ${caseLine(c)}` },
        ),
    );

  registerCaseTrash(group);

  group
    .command('list')
    .description('list cases / 案件列表')
    .action(async (_opts, cmd: Command) =>
      runMethod(
        cmd,
        'case.list',
        {},
        {
          human: (cases) =>
            lines(
              cases,
              caseLine,
              '还没有案件 No cases yet. Create one: payproof case create --title … --type fraud',
            ),
        },
      ),
    );

  group
    .command('show <id>')
    .description('show a case with its payments, evidence and timeline / 查看案件')
    .action(async (id: string, _opts, cmd: Command) =>
      runMethod(
        cmd,
        'case.get',
        { id: parseId(id) },
        {
          human: (s) =>
            [
              caseLine(s.case),
              s.case.item ? `商品或服务 Item: ${s.case.item}` : '',
              s.case.narrative ? `经过: ${s.case.narrative}` : '',
              s.case.recoveredFen ? `已追回 Recovered: ${yuan(s.case.recoveredFen)}` : '',
              `对方 Counterparties: ${s.counterparties.map((c) => c.name).join(', ') || '—'}`,
              `付款 Payments (${s.payments.length}):`,
              lines(s.payments, (p) => `  ${paymentLine(p)}`, '  —'),
              `证据 Evidence (${s.evidence.length}):`,
              lines(s.evidence, (e) => `  ${evidenceLine(e)}`, '  —'),
              `时间线 Timeline (${s.events.length}):`,
              lines(s.events, (e) => `  ${eventLine(e)}`, '  —'),
            ]
              .filter(Boolean)
              .join('\n'),
        },
      ),
    );
}
