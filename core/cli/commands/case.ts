import type { Command } from 'commander';
import { caseLine, eventLine, evidenceLine, lines, paymentLine } from '../format.ts';
import { parseId, runMethod } from '../runMethod.ts';

export function registerCase(program: Command): void {
  const group = program.command('case').description('cases / 案件');

  group
    .command('create')
    .description('create a case / 新建案件')
    .requiredOption('--title <title>', 'a short title, e.g. "闲鱼买手机未发货"')
    .requiredOption(
      '--type <route>',
      'route id: fraud, not-received, duplicate-charge, transfer-scam, virtual-goods, cross-border (see `payproof routes`)',
    )
    .option('--counterparty <name>', 'merchant or person on the other side / 对方名称')
    .option('--narrative <text>', 'what happened, in your words / 经过')
    .option('--demand <text>', 'what you ask for / 诉求')
    .action(
      async (
        opts: { title: string; type: string; counterparty?: string; narrative?: string; demand?: string },
        cmd: Command,
      ) =>
        runMethod(
          cmd,
          'case.create',
          {
            title: opts.title,
            route: opts.type,
            counterparty: opts.counterparty,
            narrative: opts.narrative,
            demand: opts.demand,
          },
          { human: (c) => `已创建案件 Created case ${caseLine(c)}` },
        ),
    );

  group
    .command('update <id>')
    .description('change title, route, status, narrative, demand or place / 修改案件')
    .option('--title <title>')
    .option('--type <route>', 'route id')
    .option(
      '--status <status>',
      'open 进行中 | partly-recovered 已部分追回 | recovered 已追回 | closed 已结案',
    )
    .option('--narrative <text>', 'what happened / 经过')
    .option('--demand <text>', 'what you ask for / 诉求')
    .option('--place <text>', 'where it happened (city, district) / 地点')
    .action(
      async (
        id: string,
        o: {
          title?: string;
          type?: string;
          status?: string;
          narrative?: string;
          demand?: string;
          place?: string;
        },
        cmd: Command,
      ) =>
        runMethod(
          cmd,
          'case.update',
          {
            id: parseId(id),
            patch: {
              title: o.title,
              route: o.type,
              status: o.status as 'open' | undefined,
              narrative: o.narrative,
              demand: o.demand,
              place: o.place,
            },
          },
          { human: (c) => `已更新 Updated ${caseLine(c)}` },
        ),
    );

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
              s.case.narrative ? `经过: ${s.case.narrative}` : '',
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
