import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { useTempDirs } from '../helpers/tmp.ts';

const tmp = useTempDirs();

interface EvidenceJson {
  id: number;
  sha256: string;
  size: number;
  mime: string;
  deduplicated: boolean;
}

async function newVault() {
  const vault = path.join(tmp(), 'vault');
  expect((await runCli(['init'], { vault })).code).toBe(0);
  const c = await runCli(
    [
      'case',
      'create',
      '--title',
      '买手机未发货',
      '--type',
      'not-received',
      '--counterparty',
      '某某数码',
      '--json',
    ],
    { vault },
  );
  expect(c.code).toBe(0);
  return { vault, caseId: String((c.json as { id: number }).id) };
}

describe('payproof CLI: the main flow on a temp vault', () => {
  it('creates a case, adds a payment and evidence, lists, shows, removes, and doctor passes', async () => {
    const { vault, caseId } = await newVault();
    const files = tmp('files-');
    writeFileSync(path.join(files, 'chat.txt'), '对方说今天发货');
    writeFileSync(path.join(files, 'copy.txt'), '对方说今天发货');

    const pay = await runCli(
      [
        'payment',
        'add',
        '--case',
        caseId,
        '--txid',
        '4200001879202307111251305441',
        '--amount',
        '93.40',
        '--time',
        '2025-05-18 12:00:00',
        '--merchant-order',
        '156823045120240607AQEQJ8ZY4P',
        '--json',
      ],
      { vault },
    );
    expect(pay.code).toBe(0);
    expect(pay.json).toMatchObject({
      txid: '4200001879202307111251305441',
      amountFen: 9340,
      time: '2025-05-18T12:00:00+08:00',
      merchantOrderId: '156823045120240607AQEQJ8ZY4P',
    });

    const add = await runCli(
      [
        'evidence',
        'add',
        '--case',
        caseId,
        '--kind',
        'chat-screenshot',
        '--payment',
        '4200001879202307111251305441',
        path.join(files, 'chat.txt'),
        path.join(files, 'copy.txt'),
        '--json',
      ],
      { vault },
    );
    expect(add.code).toBe(0);
    const items = add.json as EvidenceJson[];
    const expected = createHash('sha256').update('对方说今天发货').digest('hex');
    expect(items.map((i) => [i.sha256, i.size, i.mime, i.deduplicated])).toEqual([
      [expected, Buffer.byteLength('对方说今天发货'), 'text/plain', false],
      [expected, Buffer.byteLength('对方说今天发货'), 'text/plain', true],
    ]);

    const event = await runCli(
      [
        'event',
        'add',
        '--case',
        caseId,
        '--date',
        '2025-05-19',
        '--text',
        '向微信支付投诉',
        '--ref',
        'TS2025051900123',
        '--kind',
        'complaint',
        '--json',
      ],
      { vault },
    );
    expect(event.json).toMatchObject({ date: '2025-05-19', ref: 'TS2025051900123', kind: 'complaint' });

    const list = await runCli(['case', 'list', '--json'], { vault });
    expect(list.json).toEqual([
      expect.objectContaining({ id: Number(caseId), paymentCount: 1, expenseFen: 9340, evidenceCount: 2 }),
    ]);

    const show = await runCli(['case', 'show', caseId, '--json'], { vault });
    const snapshot = show.json as {
      payments: unknown[];
      evidence: { paymentIds: number[] }[];
      events: unknown[];
      counterparties: { name: string }[];
    };
    expect(snapshot.evidence[0]!.paymentIds).toEqual([1]);
    expect(snapshot.counterparties.map((c) => c.name)).toEqual(['某某数码']);
    expect((await runCli(['case', 'show', caseId], { vault })).stdout).toContain(
      '4200001879202307111251305441',
    );

    expect(
      (await runCli(['evidence', 'remove', String(items[0]!.id), '--json'], { vault })).json,
    ).toMatchObject({
      objectDeleted: false,
    });
    expect((await runCli(['evidence', 'list', '--case', caseId, '--json'], { vault })).json).toHaveLength(1);

    const doctor = await runCli(['doctor', '--json'], { vault });
    expect(doctor.code).toBe(0);
    expect(doctor.json).toMatchObject({ ok: true, objectsChecked: 1, audit: { ok: true } });
  });

  it('honours PAYPROOF_VAULT when --vault is absent', async () => {
    const vault = path.join(tmp(), 'env-vault');
    const r = await runCli(['init', '--json'], { env: { PAYPROOF_VAULT: vault } });
    expect(r.code).toBe(0);
    expect((r.json as { dir: string }).dir).toBe(vault);
    expect(existsSync(path.join(vault, 'payproof.sqlite'))).toBe(true);
  });

  it('doctor reports an altered, a missing and an orphan object and a tampered audit chain, exiting nonzero', async () => {
    const { vault, caseId } = await newVault();
    const files = tmp('files-');
    for (const n of ['a', 'b']) writeFileSync(path.join(files, `${n}.txt`), `content ${n}`);
    const items = (
      await runCli(
        ['evidence', 'add', '--case', caseId, path.join(files, 'a.txt'), path.join(files, 'b.txt'), '--json'],
        { vault },
      )
    ).json as EvidenceJson[];
    const objectFile = (sha: string) => path.join(vault, 'objects', sha.slice(0, 2), sha);
    chmodSync(objectFile(items[0]!.sha256), 0o600);
    writeFileSync(objectFile(items[0]!.sha256), 'content X');
    rmSync(objectFile(items[1]!.sha256));
    mkdirSync(path.join(vault, 'objects', 'ff'), { recursive: true });
    writeFileSync(path.join(vault, 'objects', 'ff', 'f'.repeat(64)), 'stray');
    const db = new Database(path.join(vault, 'payproof.sqlite'));
    db.exec('DROP TRIGGER audit_no_update');
    db.exec(`UPDATE audit_log SET subject = 'case:999' WHERE seq = 1`);
    db.close();

    const r = await runCli(['doctor', '--json'], { vault });
    expect(r.code).toBe(3);
    const report = r.json as {
      ok: boolean;
      altered: { sha256: string }[];
      missing: { sha256: string }[];
      orphans: string[];
      audit: { firstBad: { seq: number } };
    };
    expect(report.ok).toBe(false);
    expect(report.altered.map((a) => a.sha256)).toEqual([items[0]!.sha256]);
    expect(report.missing.map((a) => a.sha256)).toEqual([items[1]!.sha256]);
    expect(report.orphans).toEqual([path.join('ff', 'f'.repeat(64))]);
    expect(report.audit.firstBad.seq).toBe(1);
    expect((await runCli(['doctor'], { vault })).stdout).toContain('ALTERED');
  });

  it('--json prints exactly one JSON document and help lists every command', async () => {
    const { vault } = await newVault();
    const r = await runCli(['case', 'list', '--json'], { vault });
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const cmd of ['init', 'case', 'payment', 'evidence', 'event', 'doctor'])
      expect(help.stdout).toContain(cmd);
    expect(readFileSync(path.join(vault, 'payproof.sqlite')).subarray(0, 15).toString()).toBe(
      'SQLite format 3',
    );
  });
});
