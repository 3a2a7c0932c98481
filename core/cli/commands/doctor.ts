import type { Command } from 'commander';
import { EXIT } from '../output.ts';
import { runMethod } from '../runMethod.ts';

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(
      're-hash every stored original and generated paper in exports/, verify the audit chain; nonzero exit when anything is wrong / 体检',
    )
    .action(async (_o, cmd: Command) =>
      runMethod(
        cmd,
        'vault.doctor',
        {},
        {
          mustExist: true,
          exitCode: (r) => (r.ok ? EXIT.ok : EXIT.problems),
          human: (r) =>
            [
              r.ok ? '一切正常 All good.' : '发现问题 Problems found:',
              `已校验 ${r.objectsChecked} 个文件 objects checked; 审计日志 ${r.audit.entries} 条 audit entries, ${r.audit.ok ? '链完整 chain intact' : `链在第 ${r.audit.firstBad?.seq} 条断开 chain broken at entry ${r.audit.firstBad?.seq} (${r.audit.firstBad?.problem})`}`,
              ...r.missing.map((m) => `  缺失 MISSING ${m.sha256} (evidence ${m.evidenceIds.join(', ')})`),
              ...r.altered.map(
                (m) =>
                  `  被改动 ALTERED ${m.sha256} → now ${m.actualSha256} (evidence ${m.evidenceIds.join(', ')})`,
              ),
              ...r.orphans.map((o) => `  无主文件 ORPHAN objects/${o}`),
              `已校验 ${r.exports.documentsChecked} 份生成的材料 generated papers checked`,
              ...r.exports.missing.map((m) => `  缺失 MISSING ${m.path} (document ${m.documentId})`),
              ...r.exports.altered.map(
                (m) => `  被改动 ALTERED ${m.path} → now ${m.actualSha256} (document ${m.documentId})`,
              ),
              ...r.exports.strays.map((s) => `  未登记的文件 STRAY ${s}`),
            ].join('\n'),
        },
      ),
    );
}
