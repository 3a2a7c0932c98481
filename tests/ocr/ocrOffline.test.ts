/**
 * Real OCR (tesseract.js + chi_sim from node_modules) on generated 账单详情 screens, with the network
 * unreachable: the CLI runs in a child process whose every network call throws, inside a network
 * namespace of its own when `unshare` is available. Few images on purpose: OCR is slow.
 */
import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tmp.ts';
import { renderPaymentScreen, sampleScreens } from './paymentScreens.ts';

const tmp = useTempDirs();
const bin = fileURLToPath(new URL('../../bin/payproof.mjs', import.meta.url));
const blocker = new URL('./blockNetwork.mjs', import.meta.url).href;

function runChild(
  cmd: string,
  args: string[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { encoding: 'utf8', timeout: 560_000, maxBuffer: 64 * 1024 ** 2 },
      (err, stdout, stderr) => {
        const code = (err as (Error & { code?: unknown }) | null)?.code;
        if (err && typeof code !== 'number') return reject(err);
        resolve({ status: typeof code === 'number' ? code : 0, stdout, stderr });
      },
    );
  });
}

function canUnshare(): boolean {
  return spawnSync('unshare', ['-rn', 'true']).status === 0;
}

describe('OCR offline', () => {
  it('the blocker does block (so a pass below means something)', () => {
    const run = spawnSync(
      process.execPath,
      [`--import=${blocker}`, '-e', "require('node:https').get('https://example.invalid/')"],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toContain('NETWORK-ATTEMPT https.get');
    expect(run.status).not.toBe(0);
  });

  it(
    'reads a light WeChat and a dark Alipay screen with no network at all',
    { timeout: 600_000 },
    async () => {
      const dir = tmp();
      const [wechat, , , , , alipay] = sampleScreens();
      const files = [path.join(dir, 'wechat.png'), path.join(dir, 'alipay-dark.jpg')];
      writeFileSync(files[0]!, await renderPaymentScreen(wechat!));
      writeFileSync(
        files[1]!,
        await renderPaymentScreen({ ...alipay!, theme: 'dark' }, { type: 'jpeg', quality: 80 }),
      );
      const args = [`--import=${blocker}`, bin, 'screenshot', 'show', ...files, '--json'];
      // Asynchronous: OCR takes long, and a spawnSync that long blocks the test worker's RPC with vitest.
      const run = canUnshare()
        ? await runChild('unshare', ['-rn', process.execPath, ...args])
        : await runChild(process.execPath, args);
      expect(run.stderr).not.toContain('NETWORK-ATTEMPT');
      // The LSTM-only model carries no legacy parameters for the LSTM core to warn about.
      expect(run.stderr).not.toContain('Parameter not found');
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as {
        file: string;
        platform: string | null;
        fields: Record<string, unknown>;
        uncertain: string[];
        text: string;
      }[];
      expect(out.map((o) => o.file)).toEqual(files);
      const [w, a] = out as [(typeof out)[0], (typeof out)[0]];
      expect(w.platform).toBe('wechat');
      expect(w.fields).toMatchObject({
        txid: wechat!.truth.txid,
        merchantOrderId: wechat!.truth.merchantOrderId,
        amountFen: wechat!.truth.amountFen,
        direction: 'expense',
        time: wechat!.truth.time,
        method: '零钱',
        status: '支付成功',
      });
      expect(w.text).toContain('交易单号');
      expect(a.platform).toBe('alipay');
      expect(a.fields).toMatchObject({
        txid: alipay!.truth.txid,
        amountFen: alipay!.truth.amountFen,
        time: alipay!.truth.time,
      });
      // Never a wrong value outside `uncertain`.
      for (const [o, spec] of [
        [w, wechat!],
        [a, alipay!],
      ] as const) {
        for (const [k, v] of Object.entries(o.fields)) {
          if (v === null || o.uncertain.includes(k)) continue;
          expect(v, k).toEqual((spec.truth as unknown as Record<string, unknown>)[k]);
        }
      }
    },
  );
});
