/**
 * Crash consistency under SIGKILL (issue 10): `evidence add`, `bill import`, `chat import`, `dossier` and `backup`
 * run through the real CLI and are killed at random moments; the next open must leave a vault that
 * `doctor` passes, with every count all-before or all-after and no stray file (tests/crash/crashHarness.ts).
 *
 * CI runs CRASH_TRIALS (default 10) per operation. By hand, for the figures:
 *   CRASH_TRIALS=100 npx vitest run tests/crash/crashKill.test.ts
 * (CRASH_SEED repeats a run; CRASH_OPS=backup,dossier picks operations.)
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../core/api/dispatch.ts';
import { createVaultContext } from '../../core/api/vaultContext.ts';
import { silentProgress } from '../../core/progress.ts';
import { addEvidenceFiles } from '../../db/evidenceIngest.ts';
import { runDoctor } from '../../db/doctor.ts';
import { makeChatScreenshot, makeSmallPng } from '../dossier/makeImages.ts';
import { sampleRows } from '../importers/helpers/sampleRows.ts';
import { wechatCsv } from '../importers/helpers/wechatFixtures.ts';
import { formatFigures, runCrashTrials, type CrashOperation, type OperationFigures } from './crashHarness.ts';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 10);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const ONLY = process.env.CRASH_OPS?.split(',');
const BILL_ROWS = 5_000;
const CHAT_MESSAGES = 20_000;

/** A MemoTrace CSV (its 12 columns) long enough that a kill lands inside the import. */
function memotraceCsv(n: number): string {
  const head =
    'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n';
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `${i + 1},wxid_s,1,0,${i % 2},${1714537805 + i * 9},2,"第${i}条：什么时候发货？",x,卖家,Wang,${i % 2 ? 'wxid_me' : 'wxid_s'}\n`,
  );
  return `\ufeff${head}${rows.join('')}`;
}
const NEW_FILES = 6;
const FILE_BYTES = 4 << 20;

const work = path.join(os.tmpdir(), `payproof-crash-${process.pid}`);
const base = path.join(work, 'base');
const inputs = path.join(work, 'inputs');
const figures: OperationFigures[] = [];
let caseId = 0;

function zipEntries(file: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err) return reject(err);
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names.sort()));
      zip.on('error', reject);
      zip.readEntry();
    }),
  );
}

const newEvidence = () =>
  Array.from({ length: NEW_FILES }, (_, i) => path.join(inputs, `recording-${i}.bin`));

const operations: CrashOperation[] = [
  {
    name: 'evidence add',
    args: () => [
      'evidence',
      'add',
      '--case',
      String(caseId),
      ...newEvidence(),
      path.join(inputs, 'chat.png'),
    ],
    // `deduplicated` comes from the database: after a kill that rolled back, the same file is new.
    async check(_dirs, vault, state) {
      const [again] = await addEvidenceFiles(
        vault,
        { caseId, paths: [newEvidence()[0]!], kind: 'other' },
        silentProgress,
      );
      const problems: string[] = [];
      if (again!.deduplicated !== (state === 'after'))
        problems.push(`re-add after a kill (${state}): deduplicated ${again!.deduplicated}`);
      const report = await runDoctor(vault, silentProgress);
      if (!report.ok) problems.push('doctor fails after adding the file again');
      return problems;
    },
  },
  {
    name: 'bill import',
    args: () => ['bill', 'import', path.join(inputs, 'bill.csv'), '--case', String(caseId)],
  },
  {
    name: 'chat import',
    args: () => ['chat', 'import', path.join(inputs, 'chat.csv'), '--case', String(caseId)],
  },
  {
    name: 'dossier',
    args: () => ['dossier', '--case', String(caseId), '--doc', 'police-report'],
  },
  {
    name: 'backup',
    args: (dirs) => ['backup', '--out', path.join(dirs.scratch, 'backup.zip')],
    outcome: (dirs) => (existsSync(path.join(dirs.scratch, 'backup.zip')) ? 'after' : 'before'),
    async check(dirs, _vault, state, calibrated) {
      if (state === 'before') return [];
      const zip = path.join(dirs.scratch, 'backup.zip');
      const problems: string[] = [];
      const [got, want] = await Promise.all([
        zipEntries(zip),
        zipEntries(path.join(calibrated.scratch, 'backup.zip')),
      ]);
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push('backup.zip is not a complete backup');
      const mode = statSync(zip).mode & 0o777;
      if (mode !== 0o600) problems.push(`backup.zip mode ${mode.toString(8)}, not 600`);
      return problems;
    },
  },
];

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(inputs, { recursive: true });
  for (const f of newEvidence()) writeFileSync(f, randomBytes(FILE_BYTES));
  await makeChatScreenshot(path.join(inputs, 'chat.png'), { seed: 3 });
  await makeSmallPng(path.join(inputs, 'receipt.png'), '#ffe0b2', '收据');
  writeFileSync(path.join(inputs, 'large-video.bin'), randomBytes(48 << 20));
  writeFileSync(path.join(inputs, 'bill.csv'), wechatCsv(sampleRows(BILL_ROWS, 7), { bom: true }));
  writeFileSync(path.join(inputs, 'chat.csv'), memotraceCsv(CHAT_MESSAGES));

  // The base vault every trial starts from: a case with a payment, pictures, a large original
  // (so a backup takes a while) and a paper already in exports/.
  const ctx = createVaultContext(base);
  const c = await invoke(ctx, 'case.create', { title: '闲鱼被骗', route: 'fraud', counterparty: '卖家' });
  caseId = c.id;
  await invoke(ctx, 'payment.add', {
    caseId,
    txid: '4200001879202307111251305441',
    amount: '3000',
    time: '2025-05-18 12:00',
  });
  await invoke(ctx, 'evidence.add', {
    caseId,
    paths: [
      path.join(inputs, 'chat.png'),
      path.join(inputs, 'receipt.png'),
      path.join(inputs, 'large-video.bin'),
    ],
  });
  await invoke(ctx, 'dossier.generate', { caseId, doc: 'wechat-complaint' });
  ctx.close();
}, 300_000);

afterAll(() => {
  console.log(`crash trials (seed ${SEED}):\n${figures.map(formatFigures).join('\n')}`);
  if (figures.every((f) => f.failures.length === 0)) rmSync(work, { recursive: true, force: true });
  else console.log(`failed trials kept in ${work}`);
});

describe('SIGKILL at random moments, then the next open', () => {
  for (const op of operations) {
    const run = ONLY && !ONLY.includes(op.name.split(' ')[0]!) ? it.skip : it;
    run(
      `${op.name}: doctor clean, counts all-before or all-after, nothing stray (${TRIALS} trials)`,
      async () => {
        const f = await runCrashTrials(work, base, op, TRIALS, SEED);
        figures.push(f);
        console.log(formatFigures(f));
        for (const failure of f.failures.slice(0, 3)) console.log(JSON.stringify(failure));
        expect(f.failures).toEqual([]);
        // The kills must really have hit the operation, not only its start-up or its end.
        expect(f.killed).toBeGreaterThan(0);
      },
      // Start-up is ~1 s unloaded; allow a loaded machine several times that per trial.
      120_000 + TRIALS * 30_000,
    );
  }
});
