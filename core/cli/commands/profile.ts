import type { Command } from 'commander';
import { runMethod } from '../runMethod.ts';
import { maskIdNumber } from '../../privacy/mask.ts';

export function registerProfile(program: Command): void {
  const group = program
    .command('profile')
    .description("the reporter's details, reused by every case / 报案人信息");
  const show = (p: { name: string; idNumber: string; phone: string; address: string }) =>
    `姓名 Name: ${p.name || '—'}\n身份证号 ID: ${p.idNumber ? maskIdNumber(p.idNumber) : '—'}\n电话 Phone: ${p.phone || '—'}\n地址 Address: ${p.address || '—'}`;

  group
    .command('show')
    .description('show (ID number masked unless --json) / 查看')
    .action(async (_o, cmd: Command) => runMethod(cmd, 'profile.get', {}, { human: show }));

  group
    .command('set')
    .description('set fields / 设置')
    .option('--name <name>')
    .option('--id-number <id>')
    .option('--phone <phone>')
    .option('--address <address>')
    .option('--ethnicity <text>', '民族, e.g. 汉族')
    .option('--employer <text>', '工作单位')
    .option('--residence <text>', '经常居住地 (if not the ID card address)')
    .option('--email <address>', 'for 电子送达 / 电子邮箱')
    .action(async (o: { name?: string; idNumber?: string; phone?: string; address?: string; ethnicity?: string; employer?: string; residence?: string; email?: string }, cmd: Command) =>
      runMethod(cmd, 'profile.update', o, { human: (p) => `已保存 Saved.\n${show(p)}` }),
    );
}
