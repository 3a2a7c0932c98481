/**
 * One dossier render in a fresh process, for bench/dossier.bench.ts: a police report with N phone
 * screenshots as exhibits. Prints one JSON line: render time, pages, PDF bytes, peak RSS. A process
 * of its own so peak memory is that of this render alone.
 * Usage: npx tsx bench/dossierRun.ts <imagesDir> <count> <outPdf>
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CaseSnapshot, EvidenceItem } from '../core/domain/types.ts';
import { renderDossier } from '../core/dossier/index.ts';
import { caseRecord, profileRecord } from '../tests/helpers/records.ts';

const [imagesDir, countArg, outPdf] = process.argv.slice(2) as [string, string, string];
const count = Number(countArg);
const files = readdirSync(imagesDir)
  .filter((f) => f.endsWith('.png'))
  .sort();

// The bench's images are named by their own SHA-256, like the vault's objects/.
const evidence: EvidenceItem[] = Array.from({ length: count }, (_, i) => {
  const name = files[i % files.length] as string;
  return {
    id: i + 1,
    caseId: 1,
    kind: 'chat-screenshot',
    title: `聊天记录截图 ${i + 1}`,
    description: '与对方的聊天记录',
    capturedAt: '2025-05-18T12:00:00+08:00',
    capturedAtSource: 'file-mtime',
    originalName: `Screenshot_${i + 1}.png`,
    fileModifiedAt: null,
    size: statSync(path.join(imagesDir, name)).size,
    mime: 'image/png',
    sha256: name.replace(/\.png$/, ''),
    addedAt: '2025-05-19T09:00:00+08:00',
    paymentIds: [],
  };
});

const snapshot: CaseSnapshot = {
  case: caseRecord({ title: '基准测试', narrative: '基准测试案件。', demand: '退款', place: '北京市' }),
  profile: profileRecord({
    name: '张三',
    idNumber: '110105199003071234',
    phone: '13800138000',
    address: '北京市',
  }),
  counterparties: [],
  payments: [],
  evidence,
  events: [],
  documents: [],
};

const t0 = performance.now();
const result = await renderDossier({
  snapshot,
  doc: 'police-report',
  objectPath: (sha) => path.join(imagesDir, `${sha}.png`),
  auditHead: '0'.repeat(64),
  auditEntries: [],
  at: new Date('2025-05-20T02:00:00Z'),
  outPdf,
});
const ms = performance.now() - t0;
const mem = process.memoryUsage();
console.log(
  JSON.stringify({
    ms,
    pages: result.pages,
    bytes: statSync(outPdf).size,
    maxRssKB: process.resourceUsage().maxRSS,
    heapMB: Math.round(mem.heapUsed / 2 ** 20),
    externalMB: Math.round(mem.external / 2 ** 20),
  }),
);
