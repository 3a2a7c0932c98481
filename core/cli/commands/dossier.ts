import type { Command } from 'commander';
import type { VerifyReport } from '../../dossier/bundle/verifyBundle.ts';
import type { ChecklistResult } from '../../dossier/checklist/buildChecklist.ts';
import { DOC_KINDS, type DocKind } from '../../dossier/types.ts';
import { EXIT } from '../output.ts';
import { parseId, runMethod } from '../runMethod.ts';

function verifyText(r: VerifyReport): string {
  if (r.ok) {
    const doc = r.document ? `\n  ${r.document.file}  sha256 ${r.document.sha256}` : '';
    const head = r.auditHead ? `\n  审计链头 audit head ${r.auditHead}` : '';
    return `核对通过：${r.verified.length} 个文件全部一致。\nOK: all ${r.verified.length} files match.${doc}${head}`;
  }
  const lines = r.problems.map((p) => `  ${p.kind.padEnd(17)} ${p.path || '(bundle)'} — ${p.detail}`);
  return `核对未通过：发现 ${r.problems.length} 个问题。\nFAILED: ${r.problems.length} problem(s):\n${lines.join('\n')}`;
}

function checklistText(r: ChecklistResult): string {
  const lines: string[] = [];
  if (r.next) lines.push(`下一步 Next: ${r.next.action}`);
  for (const n of r.notices) lines.push(`! ${n}`);
  for (const p of r.papers) {
    lines.push(`《${p.title}》 (${p.doc}) — ${p.blanks.length} 处空白 blanks`);
    for (const b of p.blanks) lines.push(`  □ ${b.label}${b.field ? `  → ${b.field}` : '  (手写 by hand)'}`);
  }
  for (const d of r.deadlines) lines.push(`期限 ${d.date}  ${d.label}  [${d.source}]`);
  return lines.join('\n');
}

/** `payproof dossier` (write the PDF and its bundle), `payproof checklist` and `payproof verify`. */
export function registerDossier(program: Command): void {
  program
    .command('dossier')
    .description('write a complaint / report PDF and its verifiable ZIP bundle / 生成维权材料与证据包')
    .requiredOption('--case <id>', 'case id')
    .requiredOption('--doc <kind>', `document: ${DOC_KINDS.join(' | ')}`)
    .option(
      '--out <path>',
      'PDF path or folder (default: the vault exports/ folder); the bundle is written beside it as .zip',
    )
    .action(async (o: { case: string; doc: string; out?: string }, cmd: Command) =>
      runMethod(
        cmd,
        'dossier.generate',
        // An unknown --doc is left for the contract's schema to reject with its usual message.
        { caseId: parseId(o.case), doc: o.doc as DocKind, out: o.out },
        {
          project: (r) => ({ pdf: r.pdf, bundle: r.bundle, pages: r.pages, sha256: r.sha256 }),
          human: (r) =>
            `已生成 Written:\n  PDF     ${r.pdf}（${r.pages} 页 pages）\n  sha256  ${r.sha256}\n  证据包 bundle ${r.bundle}`,
        },
      ),
    );

  program
    .command('checklist')
    .description(
      'the 核对单: blanks each paper will carry (with the field to fill), missing items, clocks, next step / 核对单',
    )
    .requiredOption('--case <id>', 'case id')
    .action(async (o: { case: string }, cmd: Command) =>
      runMethod(cmd, 'dossier.checklist', { caseId: parseId(o.case) }, { human: checklistText }),
    );

  program
    .command('complaint-text')
    .description(
      'print the ≤300-character description for the WeChat Pay complaint form (as the complaint PDF has it) / 投诉说明（可直接粘贴）',
    )
    .requiredOption('--case <id>', 'case id')
    .action(async (o: { case: string }, cmd: Command) =>
      runMethod(
        cmd,
        'dossier.complaintText',
        { caseId: parseId(o.case) },
        {
          human: (r) =>
            `${r.text}
（${r.chars}/${r.limit} 字 characters${r.blank ? `；含待填写的空白 contains blanks "${r.blank}"` : ''}）`,
        },
      ),
    );

  program
    .command('verify <bundle>')
    .description(
      'check a dossier bundle: every file against SHA256SUMS and the manifest, nothing extracted / 核对证据包',
    )
    .action(async (bundle: string, _o, cmd: Command) =>
      runMethod(
        cmd,
        'dossier.verify',
        { bundle },
        { human: verifyText, exitCode: (r) => (r.ok ? EXIT.ok : EXIT.problems) },
      ),
    );
}
