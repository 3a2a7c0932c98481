/**
 * Chat import benchmark: `npx tsx bench/chat.bench.ts [messages]` (default 1,000,000).
 *
 * Generates a MemoTrace CSV (UTF-8 BOM, the exporter's 12 columns, multi-line and quoted messages,
 * transfers, a group-style Sender column) into bench/out/, then in the same run, each phase in its
 * own child process so its peak RSS is its own:
 *   baseline   csv-parse alone, streamed from the file, counting records (same relax options)
 *   ours       streamChat(): decode sniffing, detection, csv-parse, every row mapped to a
 *              ChatMessage (epoch → Beijing ISO, kind, sender), delivered to a counting sink —
 *              what `payproof chat show` does, minus keeping and printing the messages
 * Targets: ≥ 200,000 messages/s, peak RSS < 300 MB.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { parse } from 'csv-parse';
import { streamChat } from '../core/chat/parseChat.ts';

const MESSAGES = Number(process.argv[2] ?? 1_000_000);
const OUT = fileURLToPath(new URL('./out/', import.meta.url));
const FILE = path.join(OUT, `memotrace-${MESSAGES}.csv`);
const HEADER =
  'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender';
const START_EPOCH = 1_700_000_000;

function row(i: number): string {
  const epoch = START_EPOCH + i * 7;
  const fromMe = i % 3 === 0 ? 1 : 0;
  const strTime = new Date(epoch * 1000).toISOString().slice(0, 19).replace('T', ' ');
  let type = '1,0';
  let content = `第${i}条消息：什么时候发货？订单号 ${100000 + i}`;
  if (i % 50 === 7) content = `"说好今天发货，\n怎么还没有单号？\n""急用"""`;
  if (i % 97 === 3) [type, content] = ['49,2000', '[转账]'];
  if (i % 31 === 5) [type, content] = ['3,0', '[图片]'];
  const sender = fromMe ? 'wxid_me' : 'wxid_seller01';
  return `${i},wxid_seller01,${type},${fromMe},${epoch},2,${content},${strTime},卖家 老王,Wang,${sender}\n`;
}

async function generate(): Promise<void> {
  if (existsSync(FILE)) return;
  mkdirSync(OUT, { recursive: true });
  const out = createWriteStream(FILE);
  out.write(`\ufeff${HEADER}\n`);
  let batch = '';
  for (let i = 1; i <= MESSAGES; i++) {
    batch += row(i);
    if (i % 10_000 === 0) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}

async function phase(name: string): Promise<void> {
  const started = performance.now();
  let count = 0;
  if (name === 'baseline') {
    const parser = createReadStream(FILE, { highWaterMark: 256 * 1024 }).pipe(
      parse({ bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, info: true }),
    );
    for await (const _ of parser) count++;
    count--; // the header
  } else {
    const sink = { message: () => void count++, error: () => undefined };
    await streamChat(createReadStream(FILE, { highWaterMark: 256 * 1024 }), path.basename(FILE), sink);
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ count, seconds, maxRssKiB: process.resourceUsage().maxRSS }));
}

async function main(): Promise<void> {
  const child = process.env.PAYPROOF_CHAT_BENCH_PHASE;
  if (child) return phase(child);
  await generate();
  console.log(
    `input: ${FILE} (${MESSAGES.toLocaleString()} messages, ${(statSync(FILE).size / 1048576).toFixed(1)} MB)`,
  );
  const results: Record<string, { count: number; seconds: number; maxRssKiB: number }> = {};
  for (const name of ['baseline', 'ours']) {
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), String(MESSAGES)],
      {
        env: { ...process.env, PAYPROOF_CHAT_BENCH_PHASE: name },
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
    const r = JSON.parse(run.stdout) as { count: number; seconds: number; maxRssKiB: number };
    results[name] = r;
    console.log(
      `${name.padEnd(9)} ${r.count.toLocaleString()} messages in ${r.seconds.toFixed(2)} s = ${Math.round(
        r.count / r.seconds,
      ).toLocaleString()} messages/s, peak RSS ${(r.maxRssKiB / 1024).toFixed(0)} MB`,
    );
  }
  const base = results.baseline;
  const ours = results.ours;
  if (base && ours) {
    const rate = ours.count / ours.seconds;
    console.log(`ratio ours/baseline time: ${(ours.seconds / base.seconds).toFixed(2)}×`);
    console.log(
      `targets: ≥ 200,000 messages/s ${rate >= 200_000 ? 'met' : 'MISSED'}; RSS < 300 MB ${
        ours.maxRssKiB / 1024 < 300 ? 'met' : 'MISSED'
      }`,
    );
    if (ours.count !== MESSAGES) console.log(`WARNING: ours read ${ours.count} of ${MESSAGES} messages`);
  }
}

await main();
