/**
 * Three realistic cases for reading the papers as their recipients would: a fraud with two transfers
 * to different accounts (one WeChat, one bank card; the scammer's profile also lists a card that
 * received nothing), goods paid to a company and never shipped, and a duplicate charge. Built in code
 * with real image files stored content-addressed, like the vault's objects/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  AuditEntry,
  CaseRecord,
  CaseSnapshot,
  Counterparty,
  EvidenceItem,
  Payment,
  Profile,
  TimelineEvent,
} from '../../core/domain/types.ts';
import { NO_CLAIMS } from '../../core/domain/types.ts';
import { emptyCounterparty } from '../../core/dossier/sections/parties.ts';
import { makeChatScreenshot, makeSmallPng } from './makeImages.ts';

export const PERSON: Profile = {
  name: '陈晓燕',
  idNumber: '11010819881215002X',
  phone: '13911112222',
  address: '北京市海淀区学院路38号院3号楼501',
  ethnicity: '',
  employer: '',
  residence: '',
  email: '',
  gender: 'female',
  birthDate: '1988-12-15',
  updatedAt: '2025-05-18T15:00:00+08:00',
};

export const FRAUD = {
  wechatId: 'wxid_kefu_xm2025',
  bankCard: '6217000012345678901',
  unusedCard: '6222000099998888777',
  txWechat: '1000050001202505181458123456789012',
  txBank: '4200001998202505181512345678901234',
  paying: ['零钱', '招商银行储蓄卡(3817)'],
};

export const SHOP = {
  name: '杭州栖木电子商务有限公司',
  creditCode: '91330106MA2H3K4L5N',
  address: '浙江省杭州市西湖区文三路90号',
  orderId: 'XD20250518152233001',
  txid: '4200002187202505181522330011223344',
  item: 'iPhone 15 Pro 256G 原色钛金属',
};

export const DUP = {
  name: '北京味道餐饮管理有限公司',
  creditCode: '91110108MA01XD2Q3Q',
  first: '4200002301202505201201011111222233',
  second: '4200002301202505201202022222333344',
};

export interface BuiltCase {
  snapshot: CaseSnapshot;
  objectPath: (sha256: string) => string;
  auditEntries: AuditEntry[];
  auditHead: string;
  at: Date;
}

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

function caseRecord(id: number, over: Partial<CaseRecord>): CaseRecord {
  return {
    id,
    title: '',
    route: 'fraud',
    status: 'open',
    recoveredFen: 0,
    item: '',
    narrative: '',
    claims: NO_CLAIMS,
    demand: '',
    place: '',
    createdAt: '2025-05-18T15:00:00+08:00',
    updatedAt: '2025-05-18T15:00:00+08:00',
    deletedAt: null,
    revision: 1,
    ...over,
  };
}

function counterparty(id: number, caseId: number, over: Partial<Counterparty>): Counterparty {
  return { ...emptyCounterparty(caseId), id, revision: 1, ...over };
}

function payment(id: number, caseId: number, over: Partial<Payment>): Payment {
  return {
    id,
    caseId,
    source: 'bill',
    txid: '',
    merchantOrderId: null,
    time: '',
    amountFen: 0,
    direction: 'expense',
    type: '商户消费',
    method: '零钱',
    receivingAccount: '',
    status: '支付成功',
    refundedFen: null,
    counterparty: '',
    counterpartyId: null,
    note: '',
    billEvidenceId: null,
    billRow: null,
    createdAt: '2025-05-18T15:00:00+08:00',
    revision: 1,
    ...over,
  };
}

function event(id: number, caseId: number, over: Partial<TimelineEvent>): TimelineEvent {
  return { id, caseId, date: '', text: '', ref: '', kind: 'contact', createdAt: '', revision: 1, ...over };
}

interface FileSpec {
  name: string;
  kind: string;
  title: string;
  description?: string;
  capturedAt: string;
  source: EvidenceItem['capturedAtSource'];
  paymentIds?: number[];
  image: 'chat' | 'small';
  label: string;
}

async function store(
  dir: string,
  caseId: number,
  specs: FileSpec[],
): Promise<{ evidence: EvidenceItem[]; objects: string }> {
  const raw = path.join(dir, 'raw');
  const objects = path.join(dir, 'objects');
  mkdirSync(raw, { recursive: true });
  mkdirSync(objects, { recursive: true });
  const evidence: EvidenceItem[] = [];
  for (const [i, f] of specs.entries()) {
    const file = path.join(raw, f.name);
    if (f.image === 'chat')
      await makeChatScreenshot(file, { width: 585, height: 1266, seed: i + caseId, caption: f.label });
    else await makeSmallPng(file, '#e8f0ff', f.label);
    const bytes = readFileSync(file);
    const hash = sha(bytes);
    writeFileSync(path.join(objects, hash), bytes);
    evidence.push({
      id: caseId * 100 + i + 1,
      caseId,
      kind: f.kind,
      title: f.title,
      description: f.description ?? '',
      capturedAt: f.capturedAt,
      capturedAtSource: f.source,
      originalName: f.name,
      fileModifiedAt: f.capturedAt,
      size: bytes.length,
      mime: 'image/png',
      sha256: hash,
      addedAt: `2025-05-20T09:${String(i).padStart(2, '0')}:00+08:00`,
      paymentIds: f.paymentIds ?? [],
    });
  }
  return { evidence, objects };
}

function chain(caseId: number, evidence: EvidenceItem[]): { entries: AuditEntry[]; head: string } {
  const entries: AuditEntry[] = [];
  let prev = '0'.repeat(64);
  evidence.forEach((e, i) => {
    const base = {
      seq: i + 10,
      at: e.addedAt,
      action: 'evidence.added',
      caseId,
      subject: `evidence:${e.id}`,
      details: {},
    };
    const hash = sha(`${prev}\n${JSON.stringify(base)}`);
    entries.push({ ...base, prevHash: prev, hash });
    prev = hash;
  });
  return { entries, head: prev };
}

async function finish(
  dir: string,
  record: CaseRecord,
  counterparties: Counterparty[],
  payments: Payment[],
  events: TimelineEvent[],
  files: FileSpec[],
): Promise<BuiltCase> {
  const { evidence, objects } = await store(dir, record.id, files);
  const { entries, head } = chain(record.id, evidence);
  return {
    snapshot: { case: record, profile: PERSON, counterparties, payments, evidence, events, documents: [] },
    objectPath: (h) => path.join(objects, h),
    auditEntries: entries,
    auditHead: head,
    at: new Date('2025-05-20T07:30:00Z'),
  };
}

/** Fraud: ¥500 by WeChat transfer to the scammer's 微信号, then ¥2,800 by bank card to another account. */
export async function fraudCase(dir: string): Promise<BuiltCase> {
  const id = 21;
  return finish(
    dir,
    caseRecord(id, {
      title: '冒充客服退款被骗',
      route: 'fraud',
      narrative:
        '2025年5月18日14时许，一名自称“淘宝客服”的人打来电话，称本人购买的商品质量有问题要给本人退款，并加本人微信。对方以“激活退款通道”为由，让本人先向其微信转账500元。随后又称需要“验证银行流水”，让本人向一个银行账户转账2800元。转账后对方将本人拉黑。',
      demand: '',
      place: '北京市海淀区',
    }),
    [
      counterparty(1, id, {
        name: '刘某某',
        kind: 'person',
        wechatNicknames: ['淘宝售后-小美'],
        wechatIds: [FRAUD.wechatId],
        phones: ['17099998888'],
        accounts: [{ type: 'bank', number: FRAUD.unusedCard, bank: '中国农业银行', holder: '刘某某' }],
      }),
    ],
    [
      payment(1, id, {
        source: 'bill',
        txid: FRAUD.txWechat,
        time: '2025-05-18T14:58:31+08:00',
        amountFen: 50000,
        type: '转账',
        method: '零钱',
        status: '已转账',
        counterparty: '淘宝售后-小美',
        counterpartyId: 1,
      }),
      payment(2, id, {
        source: 'manual',
        txid: FRAUD.txBank,
        time: '2025-05-18T15:12:07+08:00',
        amountFen: 280000,
        type: '转账',
        method: '招商银行储蓄卡(3817)',
        receivingAccount: `中国建设银行 ${FRAUD.bankCard}（户名 王某）`,
        status: '已转账',
        counterparty: '王某',
        counterpartyId: 1,
      }),
    ],
    [
      event(1, id, {
        date: '2025-05-18T14:30:00+08:00',
        text: '接到自称淘宝客服的电话（17099998888）',
        kind: 'contact',
      }),
      event(2, id, { date: '2025-05-18T15:40:00+08:00', text: '拨打110报警', kind: 'police' }),
    ],
    [
      {
        name: '转账记录1.png',
        kind: 'payment-screenshot',
        title: '微信转账记录（500元）',
        capturedAt: '2025-05-18T15:20:00+08:00',
        source: 'file-mtime',
        paymentIds: [1],
        image: 'small',
        label: '转账 ¥500.00',
      },
      {
        name: '银行转账回单.png',
        kind: 'payment-screenshot',
        title: '招商银行转账回单（2800元）',
        capturedAt: '2025-05-18T15:21:00+08:00',
        source: 'file-mtime',
        paymentIds: [2],
        image: 'small',
        label: '转账 ¥2,800.00',
      },
      {
        name: '聊天记录.png',
        kind: 'chat-screenshot',
        title: '与“淘宝售后-小美”的聊天记录',
        capturedAt: '2025-05-18T15:25:00+08:00',
        source: 'file-mtime',
        image: 'chat',
        label: '淘宝售后-小美',
      },
      {
        name: '对方资料页.png',
        kind: 'counterparty-profile',
        title: '对方微信资料页',
        capturedAt: '2025-05-18T15:26:00+08:00',
        source: 'exif',
        image: 'small',
        label: 'wxid_kefu_xm2025',
      },
    ],
  );
}

/** Goods not received: ¥399 paid to a company on 淘宝, order page shows 待发货 for two weeks. */
export async function notReceivedCase(dir: string): Promise<BuiltCase> {
  const id = 22;
  return finish(
    dir,
    caseRecord(id, {
      title: '淘宝买手机壳套装未发货',
      route: 'not-received',
      item: SHOP.item,
      narrative:
        '本人于2025年5月18日在淘宝店铺“栖木数码”下单购买手机，付款后商家承诺48小时内发货。此后订单一直显示“待发货”，多次催促，商家均以缺货为由拖延，也不同意退款。',
      claims: {
        refundFen: 39900,
        rescind: true,
        compensation: 'none',
        compensationFen: null,
        interest: true,
      },
      demand: '退还货款399元',
    }),
    [
      counterparty(1, id, {
        name: SHOP.name,
        kind: 'merchant',
        creditCode: SHOP.creditCode,
        address: SHOP.address,
        platform: '淘宝',
        wechatNicknames: ['栖木数码'],
        phones: ['0571-88886666'],
        urls: ['https://qimu.taobao.example/item/8866'],
      }),
    ],
    [
      payment(1, id, {
        txid: SHOP.txid,
        merchantOrderId: SHOP.orderId,
        time: '2025-05-18T15:22:33+08:00',
        amountFen: 39900,
        method: '招商银行储蓄卡(3817)',
        counterparty: SHOP.name,
        counterpartyId: 1,
      }),
    ],
    [
      event(1, id, { date: '2025-05-22', text: '联系商家催促发货，商家称缺货', kind: 'contact' }),
      event(2, id, {
        date: '2025-05-28T10:05:00+08:00',
        text: '再次要求发货或退款，商家拒绝退款',
        kind: 'contact',
      }),
    ],
    [
      {
        name: '订单详情.png',
        kind: 'logistics',
        title: '订单详情页',
        description: '订单页面显示“待发货”，付款后两周未发货',
        capturedAt: '2025-06-01T09:00:00+08:00',
        source: 'file-mtime',
        paymentIds: [1],
        image: 'small',
        label: '待发货',
      },
      {
        name: '商品页面.png',
        kind: 'product-page',
        title: '商品页面（承诺48小时发货）',
        capturedAt: '2025-05-18T15:20:00+08:00',
        source: 'exif',
        image: 'small',
        label: '48小时发货',
      },
      {
        name: '催促发货.png',
        kind: 'merchant-communication',
        title: '与商家的旺旺聊天（催促发货）',
        capturedAt: '2025-05-28T10:06:00+08:00',
        source: 'file-mtime',
        image: 'chat',
        label: '栖木数码',
      },
      {
        name: '付款记录.png',
        kind: 'payment-screenshot',
        title: '微信支付账单详情',
        capturedAt: '2025-05-18T15:23:00+08:00',
        source: 'file-mtime',
        paymentIds: [1],
        image: 'small',
        label: '¥399.00',
      },
    ],
  );
}

/** Duplicate charge: one meal of ¥86.50 charged twice a minute apart. */
export async function duplicateCase(dir: string): Promise<BuiltCase> {
  const id = 23;
  return finish(
    dir,
    caseRecord(id, {
      title: '餐厅扫码付款重复扣款',
      route: 'duplicate-charge',
      item: '午餐（堂食）',
      narrative: '本人在餐厅扫码付款时页面卡顿，点了两次支付，结果被扣款两次。收银员确认只收到一笔。',
      claims: {
        refundFen: 8650,
        rescind: false,
        compensation: 'none',
        compensationFen: null,
        interest: false,
      },
    }),
    [
      counterparty(1, id, {
        name: DUP.name,
        kind: 'merchant',
        creditCode: DUP.creditCode,
        address: '北京市海淀区中关村大街27号',
      }),
    ],
    [
      payment(1, id, {
        txid: DUP.first,
        time: '2025-05-20T12:01:01+08:00',
        amountFen: 8650,
        method: '零钱',
        counterparty: DUP.name,
        counterpartyId: 1,
      }),
      payment(2, id, {
        txid: DUP.second,
        time: '2025-05-20T12:02:02+08:00',
        amountFen: 8650,
        method: '零钱',
        counterparty: DUP.name,
        counterpartyId: 1,
      }),
    ],
    [
      event(1, id, {
        date: '2025-05-20T12:10:00+08:00',
        text: '告知收银员被扣两次，收银员称只收到一笔',
        kind: 'contact',
      }),
    ],
    [
      {
        name: '账单两笔.png',
        kind: 'payment-screenshot',
        title: '微信账单（两笔86.50元）',
        capturedAt: '2025-05-20T12:05:00+08:00',
        source: 'file-mtime',
        paymentIds: [1, 2],
        image: 'small',
        label: '¥86.50 ×2',
      },
      {
        name: '银行流水.png',
        kind: 'bank-statement',
        title: '零钱明细',
        capturedAt: '2025-05-20T12:06:00+08:00',
        source: 'file-mtime',
        image: 'small',
        label: '零钱明细',
      },
    ],
  );
}

/**
 * The fraud case with `n` transfers spread over three receiving accounts (the scammer's 微信号 and two
 * bank cards, as a longer scam moves money), each with its own 34-digit 交易单号 — to see how the
 * 紧急止付信息表 holds many rows.
 */
export async function fraudCaseWithTransfers(dir: string, n: number): Promise<BuiltCase> {
  const base = await fraudCase(dir);
  const accounts = [
    '',
    `中国建设银行 ${FRAUD.bankCard}（户名 王某）`,
    `中国工商银行 6212260200012345678（户名 李某）`,
  ];
  const payments = Array.from({ length: n }, (_, i) =>
    payment(i + 1, base.snapshot.case.id, {
      source: i % 3 === 0 ? 'bill' : 'manual',
      txid: `42000019982025051815${String(i).padStart(2, '0')}345678901234`,
      time: `2025-05-18T15:${String(10 + i * 3).padStart(2, '0')}:0${i % 10}+08:00`,
      amountFen: 100000 + i * 12300,
      type: '转账',
      method: i % 3 === 0 ? '零钱' : '招商银行储蓄卡(3817)',
      receivingAccount: accounts[i % 3] ?? '',
      status: '已转账',
      counterparty: '淘宝售后-小美',
      counterpartyId: 1,
    }),
  );
  return { ...base, snapshot: { ...base.snapshot, payments } };
}
