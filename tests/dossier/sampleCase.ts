/**
 * A realistic case built in code for the dossier tests: rare-character names, 28- and 32-digit
 * 交易单号, real image files (a chat screenshot, a sideways camera photo with EXIF orientation 6,
 * a small PNG), files that are not pictures, and one "image" that cannot be decoded. Files are
 * stored content-addressed, like the vault's objects/ folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AuditEntry, CaseSnapshot, EvidenceItem } from '../../core/domain/types.ts';
import { makeChatScreenshot, makeRotatedPhoto, makeSmallPng } from './makeImages.ts';

export const RARE = ['喆', '㛃', '堃', '犇', '赟', '龘'];

export const FACTS = {
  reporter: '李喆',
  idNumber: '11010519900307123X',
  phone: '13800138000',
  merchant: '深圳市犇赟科技有限公司',
  creditCode: '91440300MA5G2XXK7B',
  person: '王㛃堃',
  nickname: '龘龘数码旗舰店',
  wechatId: 'wxid_dragon888',
  merchantPhone: '13912345678',
  account: '6222021234567890123',
  url: 'https://shop.example.cn/item/42',
  txids: ['4200001234202505181234567890', '42000098762025051911112222333344'],
  amounts: ['¥1,288.00', '¥50.00'],
};

export interface SampleCase {
  snapshot: CaseSnapshot;
  objectPath: (sha256: string) => string;
  auditEntries: AuditEntry[];
  auditHead: string;
  at: Date;
}

function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

export async function buildSampleCase(dir: string, opts: { screenshots?: number } = {}): Promise<SampleCase> {
  const raw = path.join(dir, 'raw');
  const objects = path.join(dir, 'objects');
  mkdirSync(raw, { recursive: true });
  mkdirSync(objects, { recursive: true });
  const files: {
    name: string;
    kind: string;
    title: string;
    mime: string;
    capturedAt: string | null;
    source: EvidenceItem['capturedAtSource'];
    description?: string;
  }[] = [];

  const shots = opts.screenshots ?? 1;
  for (let i = 0; i < shots; i++) {
    const name = `Screenshot_2025-05-18-12-3${i % 10}_WeChat_${i}.png`;
    await makeChatScreenshot(path.join(raw, name), {
      width: 585,
      height: 1266,
      seed: i,
      caption: '龘龘数码旗舰店',
    });
    files.push({
      name,
      kind: 'chat-screenshot',
      title: `与商家的聊天记录 ${i + 1}`,
      mime: 'image/png',
      capturedAt: `2025-05-18T12:3${i % 10}:00+08:00`,
      source: 'file-mtime',
      description: '商家承诺24小时内发货，之后不再回复。',
    });
  }
  await makeRotatedPhoto(path.join(raw, 'IMG_0001.jpg'));
  files.push({
    name: 'IMG_0001.jpg',
    kind: 'payment-screenshot',
    title: '付款凭证照片',
    mime: 'image/jpeg',
    capturedAt: '2025-05-18T12:05:00+08:00',
    source: 'exif',
  });
  await makeSmallPng(path.join(raw, '账单详情.png'), '#d6f5d6', '账单详情 ¥1,288.00');
  files.push({
    name: '账单详情.png',
    kind: 'payment-screenshot',
    title: '微信支付账单详情',
    mime: 'image/png',
    capturedAt: '2025-05-18T12:01:00+08:00',
    source: 'file-mtime',
  });
  writeFileSync(
    path.join(raw, '通话录音.m4a'),
    Buffer.from('not really audio, but bytes to hash '.repeat(50)),
  );
  files.push({
    name: '通话录音.m4a',
    kind: 'recording',
    title: '与客服通话录音',
    mime: 'audio/mp4',
    capturedAt: null,
    source: null,
  });
  writeFileSync(
    path.join(raw, '微信支付账单(20250501-20250531).csv'),
    `交易时间,交易单号,金额\n2025-05-18 12:00:00,${FACTS.txids[0]},1288.00\n`,
  );
  files.push({
    name: '微信支付账单(20250501-20250531).csv',
    kind: 'bill-export',
    title: '微信支付账单导出',
    mime: 'text/csv',
    capturedAt: null,
    source: null,
  });
  writeFileSync(path.join(raw, 'broken.png'), Buffer.from('\x89PNG\r\n\x1a\n this is not a real png'));
  files.push({
    name: 'broken.png',
    kind: 'other',
    title: '损坏的图片',
    mime: 'image/png',
    capturedAt: null,
    source: null,
  });

  const evidence: EvidenceItem[] = files.map((f, i) => {
    const bytes = readFileSync(path.join(raw, f.name));
    const hash = sha256(bytes);
    writeFileSync(path.join(objects, hash), bytes);
    return {
      id: i + 1,
      caseId: 7,
      kind: f.kind,
      title: f.title,
      description: f.description ?? '',
      capturedAt: f.capturedAt,
      capturedAtSource: f.source,
      originalName: f.name,
      fileModifiedAt: null,
      size: bytes.length,
      mime: f.mime,
      sha256: hash,
      addedAt: `2025-05-19T09:${String(i).padStart(2, '0')}:00+08:00`,
      paymentIds: [],
    };
  });

  const auditEntries: AuditEntry[] = [];
  let prev = '0'.repeat(64);
  evidence.forEach((e, i) => {
    const entry = {
      seq: i + 1,
      at: e.addedAt,
      action: 'evidence.add',
      caseId: 7,
      subject: `evidence:${e.id}`,
      details: { sha256: e.sha256 },
      prevHash: prev,
    };
    const hash = sha256(Buffer.from(JSON.stringify(entry)));
    auditEntries.push({ ...entry, hash });
    prev = hash;
  });

  const snapshot: CaseSnapshot = {
    case: {
      id: 7,
      title: '网购手机付款后商家失联',
      route: 'fraud',
      status: 'open',
      recoveredFen: 0,
      item: '',
      claims: {
        refundFen: null,
        rescind: false,
        compensation: 'none',
        compensationFen: null,
        interest: false,
      },
      deletedAt: null,
      revision: 1,
      narrative: `2025年5月18日，本人在微信上看到“${FACTS.nickname}”发布的手机促销信息，与其微信号 ${FACTS.wechatId} 联系后，按对方要求付款。\n付款后对方称“放心👍🏻，24小时内发货”，但此后一直未发货，并将本人拉黑。`,
      demand: '退还全部货款 1,338.00 元',
      place: '北京市朝阳区',
      createdAt: '2025-05-19T09:00:00+08:00',
      updatedAt: '2025-05-19T09:00:00+08:00',
    },
    profile: {
      name: FACTS.reporter,
      idNumber: FACTS.idNumber,
      phone: FACTS.phone,
      address: '',
      ethnicity: '',
      employer: '',
      residence: '',
      email: '',
      gender: null,
      birthDate: null,
      updatedAt: null,
    },
    counterparties: [
      {
        id: 1,
        caseId: 7,
        name: FACTS.merchant,
        kind: 'merchant',
        creditCode: FACTS.creditCode,
        wechatNicknames: [FACTS.nickname],
        wechatIds: [FACTS.wechatId],
        phones: [FACTS.merchantPhone],
        accounts: [{ type: 'bank', number: FACTS.account }],
        urls: [FACTS.url],
        address: '',
        platform: '',
        revision: 1,
        note: '',
      },
      {
        id: 2,
        caseId: 7,
        name: FACTS.person,
        kind: 'person',
        creditCode: '',
        wechatNicknames: ['堃哥'],
        wechatIds: [],
        phones: [],
        accounts: [],
        urls: [],
        address: '',
        platform: '',
        revision: 1,
        note: '自称店铺客服',
      },
    ],
    payments: [
      {
        id: 1,
        caseId: 7,
        source: 'bill',
        txid: FACTS.txids[0] as string,
        merchantOrderId: 'M20250518A001',
        time: '2025-05-18T12:00:00+08:00',
        amountFen: 128800,
        direction: 'expense',
        type: '商户消费',
        method: '零钱',
        receivingAccount: '',
        revision: 1,
        status: '支付成功',
        refundedFen: null,
        counterparty: FACTS.merchant,
        counterpartyId: 1,
        note: '5G手机 256G',
        billEvidenceId: null,
        billRow: null,
        createdAt: '2025-05-19T09:00:00+08:00',
      },
      {
        id: 2,
        caseId: 7,
        source: 'manual',
        txid: FACTS.txids[1] as string,
        merchantOrderId: null,
        time: '2025-05-19T08:30:00+08:00',
        amountFen: 5000,
        direction: 'expense',
        type: '转账',
        method: '招商银行储蓄卡(1234)',
        receivingAccount: '',
        revision: 1,
        status: '已转账',
        refundedFen: null,
        counterparty: FACTS.person,
        counterpartyId: 2,
        note: '',
        billEvidenceId: null,
        billRow: null,
        createdAt: '2025-05-19T09:00:00+08:00',
      },
    ],
    evidence,
    events: [
      {
        id: 1,
        caseId: 7,
        date: '2025-05-18T12:10:00+08:00',
        text: '商家称24小时内发货',
        ref: '',
        kind: 'contact',
        createdAt: '2025-05-19T09:00:00+08:00',
        revision: 1,
      },
      {
        id: 2,
        caseId: 7,
        date: '2025-05-20',
        text: '商家将本人拉黑，无法联系',
        ref: '',
        kind: 'contact',
        createdAt: '2025-05-20T09:00:00+08:00',
        revision: 1,
      },
      {
        id: 3,
        caseId: 7,
        date: '2025-05-20T10:00:00+08:00',
        text: '向微信支付投诉',
        ref: 'TS2025052000123',
        kind: 'complaint',
        createdAt: '2025-05-20T10:00:00+08:00',
        revision: 1,
      },
    ],
    documents: [],
  };
  return {
    snapshot,
    objectPath: (hash) => path.join(objects, hash),
    auditEntries,
    auditHead: prev,
    at: new Date('2025-05-20T02:00:00Z'),
  };
}
