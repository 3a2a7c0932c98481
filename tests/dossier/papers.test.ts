/**
 * The papers read back as their recipients read them (pdftotext) for three realistic cases — a fraud
 * with two transfers to different accounts, goods not received from a company, a duplicate charge —
 * and the bundles' files: one point of issue 12 per test.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChecklist } from '../../core/dossier/checklist/buildChecklist.ts';
import { shortComplaintText } from '../../core/dossier/complaintText.ts';
import { DOC_KINDS, PAPER_KINDS, type DocKind } from '../../core/dossier/types.ts';
import { renderDossier, writeBundle } from '../../core/dossier/index.ts';
import { caseAuditDigest } from '../../core/dossier/sections/custody.ts';
import { charCount } from '../../core/dossier/format.ts';
import { wechatWording } from '../../core/dossier/wording.ts';
import { pdfText, renderPages, squash } from './pdfTools.ts';
import { readZipEntries as readZip } from './zipTools.ts';
import {
  DUP,
  FRAUD,
  PERSON,
  SHOP,
  duplicateCase,
  fraudCase,
  notReceivedCase,
  type BuiltCase,
} from './threeCases.ts';

type CaseName = 'fraud' | 'notrecv' | 'dup';
let dir: string;
const cases = new Map<CaseName, BuiltCase>();
const pdfs = new Map<string, { pdf: string; pages: number }>();
const key = (c: CaseName, d: DocKind): string => `${c}/${d}`;
const text = (c: CaseName, d: DocKind): string => pdfText(pdfs.get(key(c, d))!.pdf);
const flat = (c: CaseName, d: DocKind): string => squash(text(c, d));

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'payproof-papers-'));
  const builders = { fraud: fraudCase, notrecv: notReceivedCase, dup: duplicateCase };
  for (const [name, build] of Object.entries(builders) as [CaseName, typeof fraudCase][]) {
    const c = await build(path.join(dir, name));
    cases.set(name, c);
    for (const doc of DOC_KINDS) {
      const out = path.join(dir, `${name}-${doc}.pdf`);
      const r = await renderDossier({ ...c, doc, outPdf: out });
      pdfs.set(key(name, doc), { pdf: r.pdf, pages: r.pages });
    }
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NAMES: CaseName[] = ['fraud', 'notrecv', 'dup'];

describe('1. two audiences: papers carry only what their recipient needs, in Chinese', () => {
  it.each(NAMES)('%s: no rules summary, next steps, tips, route ids or English in any paper', (name) => {
    for (const doc of [...PAPER_KINDS, 'stop-payment'] as DocKind[]) {
      const t = text(name, doc);
      for (const bad of [
        '维权要件检查摘要',
        '建议的下一步',
        '尚未齐备',
        '96110',
        '国家反诈中心',
        '(fraud)',
        '（fraud）',
        'Guide',
        'case.created',
        'evidence.added',
        'A SHA-256 hash proves',
        '不构成法律意见',
      ])
        expect(t, `${doc}: ${bad}`).not.toContain(bad);
      // Latin words in a paper are only identifiers, file names and the few technical names.
      const words = t.match(/[A-Za-z]{4,}/g) ?? [];
      const allowed =
        /^(iPhone|PayProof|manifest|json|HOW|VERIFY|txt|evidence|EXIF|image|jpeg|https|qimu|taobao|example|item|wxid|kefu|SHA256SUMS|SHA)$/;
      for (const w of words.filter((x) => !/^[0-9a-f]+$/.test(x)))
        expect(allowed.test(w), `${doc}: ${w}`).toBe(true);
    }
  });

  it('the 核对单 carries the completeness, next step, tips and blanks, with each clock’s own source', async () => {
    const t = flat('fraud', 'checklist');
    expect(t).toContain('维权材料核对单');
    expect(t).toContain('只给你自己看');
    expect(t).toContain('96110');
    expect(t).toContain('民族');
    expect(t).toContain('民法典第188条');
    // Where to enter each missing fact is named in Chinese, never by an internal field name.
    for (const name of NAMES) expect(flat(name, 'checklist')).not.toMatch(/→[A-Za-z]/);
    expect(t).toContain('案件信息→诉求');
    const r = await buildChecklist(cases.get('fraud')!.snapshot, cases.get('fraud')!.at);
    expect(r.next?.route).toBe('police-report');
    const police = r.papers.find((p) => p.doc === 'police-report');
    expect(police?.blanks).toEqual(
      expect.arrayContaining([
        { label: '民族', field: 'profile.ethnicity' },
        { label: '工作单位', field: 'profile.employer' },
        { label: '受理报案的派出所', field: null },
      ]),
    );
    expect(r.papers.map((p) => p.doc)).toContain('stop-payment');
    const limitation = r.deadlines.find((d) => d.label.includes('诉讼时效'));
    expect(limitation?.source).toBe('民法典 第188条');
  });
});

describe('2. identifiers are never cut or wrapped', () => {
  it.each(NAMES)('%s: every 交易单号 and 商户单号 stands whole on one line in every paper', (name) => {
    const c = cases.get(name)!;
    for (const doc of [...PAPER_KINDS, 'stop-payment'] as DocKind[]) {
      const t = text(name, doc);
      for (const p of c.snapshot.payments) {
        expect(t, `${doc} ${p.txid}`).toContain(p.txid);
        if (p.merchantOrderId && doc !== 'stop-payment' && doc !== 'police-report')
          expect(t, `${doc} ${p.merchantOrderId}`).toContain(p.merchantOrderId);
      }
      for (const sha of c.snapshot.evidence.map((e) => e.sha256))
        if (PAPER_KINDS.includes(doc as never)) expect(t, `${doc} sha`).toContain(sha);
    }
  });

  it('duplicate charge: the short text names the duplicate, the charge it repeats and the disputed amount', () => {
    const c = cases.get('dup')!;
    const short = shortComplaintText(c.snapshot, wechatWording(), 2, '____');
    expect(charCount(short)).toBeLessThanOrEqual(300);
    expect(short.indexOf(DUP.second)).toBeLessThan(short.indexOf(DUP.first));
    expect(short).toContain(`交易单号${DUP.second}为重复的一笔`);
    expect(short).toContain('争议金额¥86.50');
    expect(short).not.toContain('¥173.00');
    expect(short).toMatch(/。$/);
    expect(flat('dup', 'wechat-complaint')).toContain(squash(short));
  });

  it('the short text is whole sentences, repeats nothing, and drops narrative that would not fit', () => {
    const c = cases.get('notrecv')!;
    const long = structuredClone(c.snapshot);
    long.case.narrative = `${'商家一再以缺货为由拖延发货，并要求本人确认收货后再退款。'.repeat(12)}最后一句。`;
    const short = shortComplaintText(long, wechatWording(), 4, '____');
    expect(charCount(short)).toBeLessThanOrEqual(300);
    expect(short).not.toContain('…');
    expect(short.split(SHOP.txid)).toHaveLength(2);
    for (const s of short.split(/(?<=。)/).filter(Boolean)) expect(s).toMatch(/。$/);
    expect(short).toContain('诉求：解除交易；退还¥399.00；支付资金占用期间的利息。');
    // "退还货款399元" in the person's own words repeats the structured refund: asked once only.
    expect(short).not.toContain('退还货款399元');
  });
});

describe('3. police report and 紧急止付信息表', () => {
  it('each transfer with its paying and receiving account; 止付 lists every receiving account, and only those', () => {
    const t = text('fraud', 'police-report');
    const f = squash(t);
    expect(f).toContain(squash(`付款账户：零钱收款账户：微信号 ${FRAUD.wechatId}`));
    expect(f).toContain(squash(`付款账户：招商银行储蓄卡(3817)收款账户：中国建设银行 ${FRAUD.bankCard}`));
    const request = f.slice(f.indexOf('四、报案请求'), f.indexOf('五、证据清单'));
    expect(request).toContain(`微信号${FRAUD.wechatId}（收款¥500.00）`);
    expect(request).toContain(`${FRAUD.bankCard}（户名王某）（收款¥2,800.00）`);
    // The card on the scammer's profile received nothing of this case: not in the freeze request.
    expect(request).not.toContain(FRAUD.unusedCard);
    expect(f).toContain(FRAUD.unusedCard);
  });

  it('性别 and 出生日期 from the ID number, 民族 and 工作单位 blanks, a 派出所 blank, times as entered', () => {
    const f = flat('fraud', 'police-report');
    expect(f).toContain('性别：女');
    expect(f).toContain('出生日期：1988年12月15日');
    expect(f).toContain('民族：__________（待填写：民族）');
    expect(f).toContain('工作单位：__________（待填写：工作单位）');
    expect(f).toContain(`公民身份号码：${PERSON.idNumber}`);
    expect(f).toContain('__________派出所：');
    expect(f).not.toContain('公安机关：');
    expect(f).toContain('2025-05-1815:40拨打110报警');
    expect(f).not.toContain('15:40:00');
    expect(f).toContain('2025-05-1814:58:31');
  });

  it('the 紧急止付信息表 is one page with every receiving account, amount, time, 交易单号 and paying account', () => {
    expect(pdfs.get(key('fraud', 'stop-payment'))?.pages).toBe(1);
    const f = flat('fraud', 'stop-payment');
    for (const s of [
      FRAUD.wechatId,
      FRAUD.bankCard,
      FRAUD.txWechat,
      FRAUD.txBank,
      '¥500.00',
      '¥2,800.00',
      '2025-05-18',
      '14:58:31',
      '15:12:07',
      '零钱',
      '招商银行储蓄卡(3817)',
      '合计¥3,300.00（2笔）',
    ])
      expect(f, s).toContain(squash(s));
    expect(f).not.toContain(PERSON.idNumber);
  });
});

describe('4. 12315 per 第九条 / 第十二条', () => {
  it('addressed to the authority of the respondent’s registration, read from the credit code', () => {
    expect(flat('notrecv', '12315')).toContain('浙江省杭州市西湖区市场监督管理局：');
    expect(flat('dup', '12315')).toContain('北京市海淀区市场监督管理局：');
  });

  it('respondent address, the item from its own field, the complainant’s name, phone and address only', () => {
    const f = flat('notrecv', '12315');
    expect(f).toContain(squash(`住所/经营地址：${SHOP.address}`));
    expect(f).toContain(squash(`购买“${SHOP.item}”`));
    expect(f).toContain(squash(PERSON.address));
    expect(f).not.toContain(PERSON.idNumber);
    expect(f).not.toContain('公民身份号码');
  });

  it('a credit code that fails its check gives a blank addressee, and the 核对单 explains the rule', async () => {
    const base = cases.get('notrecv')!;
    const c = { ...base, snapshot: structuredClone(base.snapshot) };
    c.snapshot.counterparties[0]!.creditCode = '91330106MA2H3K4L5X';
    const out = path.join(dir, 'bad-code-12315.pdf');
    await renderDossier({ ...c, doc: '12315', outPdf: out });
    expect(squash(pdfText(out))).toContain('__________市场监督管理局：');
    const r = await buildChecklist(c.snapshot, c.at);
    const tips = r.papers.find((p) => p.doc === '12315')?.tips.join('') ?? '';
    expect(tips).toContain('第十二条');
    expect(tips).toContain('校验未通过');
  });
});

describe('5. civil: the 要素式 complaint and the 证据目录', () => {
  it('has every element of the 示范文本 (法〔2025〕82号 form for 买卖合同纠纷), in its order', () => {
    // -raw reads in drawing order: each cell whole, the label cell before its content.
    const f = squash(pdfText(pdfs.get(key('notrecv', 'civil'))!.pdf, true));
    const inOrder = [
      '民事起诉状（买卖合同纠纷）',
      '说明：',
      '★特别提示★',
      '当事人信息',
      '原告（自然人）',
      '性别：男□女√',
      '出生日期：1988年12月15日',
      '民族：',
      '职务：',
      '住所地（户籍所在地）：',
      '经常居住地：',
      '证件类型：居民身份证',
      `证件号码：${PERSON.idNumber}`,
      '委托诉讼代理人',
      '代理权限：一般授权□特别授权□',
      '送达地址',
      '是否接受电子送达',
      '被告（法人、非法人组织）',
      '注册地/登记地：',
      '统一社会信用代码：91330106MA2H3K4L5N',
      '类型：有限责任公司√股份有限公司□',
      '所有制性质：国有□',
      '第三人无',
      '诉讼请求',
      '原告为买方时，填写第3项、第4项',
      '1.给付价款（元）无',
      '3.赔偿因卖方违约所受的损失',
      '4.是否对标的物的瑕疵承担责任',
      '5.要求继续履行或是解除合同',
      '判令解除合同√（订单：XD20250518152233001）',
      '6.是否主张担保权利',
      '7.是否主张实现债权的费用',
      '8.是否主张诉讼费用是√否□',
      '9.其他请求',
      '10.标的总额人民币¥399.00',
      '约定管辖和诉前保全',
      '1.有无仲裁、法院管辖约定',
      '2.是否已经诉前保全',
      '事实与理由',
      '1.合同的签订情况',
      '2.签订主体',
      '8.价款支付及标的物交付情况',
      '10.是否催促过履行',
      '14.是否通知解除合同',
      '15.被告应当支付的利息、违约金、赔偿金',
      '22.其他担保方式',
      '23.请求承担责任的依据',
      '24.其他需要说明的内容',
      '25.证据清单',
      '对纠纷解决方式的意愿',
      '是否了解先行调解解决纠纷的好处',
      '是否考虑先行调解',
      '此致',
      '具状人（签字、盖章）：',
      '本诉状副本1份',
    ];
    let at = 0;
    for (const s of inOrder) {
      const i = f.indexOf(s, at);
      expect(i, s).toBeGreaterThanOrEqual(0);
      at = i + s.length;
    }
    // The form has no “(待填写：…)” hints: its own labels say what goes on each blank line.
    expect(f.slice(0, f.indexOf('证据目录'))).not.toContain('待填写');
  });

  it('claims fit the facts, each with its article, none repeated', () => {
    const f = flat('notrecv', 'civil');
    // 解除 is item 5 of the form, not a free-text claim; each article says what it supports.
    expect(f).not.toContain('判令解除原告与被告之间的买卖合同');
    expect(f).toContain('第五百六十三条第一款第（三）项（解除合同）');
    expect(f).toContain('第五百六十六条第一款（返还货款）');
    expect(f).toContain('判令被告返还原告货款人民币¥399.00');
    expect(f).toContain('第五百六十六条第一款');
    expect(f).toContain('《中华人民共和国消费者权益保护法》第五十三条');
    expect(f).toContain('《诉讼费用交纳办法》第二十九条（诉讼费用）');
    expect(f.match(/返还原告货款/g)).toHaveLength(1);
    expect(f).not.toContain('退还货款399元');
    // Against a private scammer: no 三倍赔偿, the contract made by deceit is undone instead.
    const fraud = flat('fraud', 'civil');
    expect(fraud).not.toContain('第五十五条');
    expect(fraud).toContain('第一百四十八条');
    // A duplicate charge is unjust enrichment.
    expect(flat('dup', 'civil')).toContain('第九百八十五条');
  });

  it('证据目录: case-specific 证明对象, pages, 原件 per 第15条, signature and date blanks', () => {
    // -raw reads the text in drawing order: each cell whole, however it wraps.
    const f = squash(pdfText(pdfs.get(key('notrecv', 'civil'))!.pdf, true));
    const index = f.slice(f.lastIndexOf('证据目录'));
    expect(index).toContain('证明订单页面显示“待发货”，付款后两周未发货（对应第1笔付款¥399.00）');
    expect(index).not.toContain('证明货物发运、签收情况');
    expect(index).toContain('页数');
    expect(index).toContain('原件（电子数据打印件');
    expect(index).not.toContain('打印件（原件见证据包）');
    expect(index).toContain('提交人（签名）');
    expect(index).toContain('提交日期');
  });
});

describe('7. honest custody', () => {
  it('no over-claims; the printed audit digest recomputes from the printed entry hashes alone', () => {
    const c = cases.get('fraud')!;
    const t = text('fraud', 'police-report');
    const f = squash(t);
    expect(f).not.toContain('从未被修改');
    expect(f).not.toContain('改动任何一条都会使链条断开');
    expect(f).toContain('存入证据');
    const digest = /本案审计摘要值：([0-9a-f]{64})/.exec(f)?.[1];
    const section = t.slice(t.indexOf('本案审计记录'), t.indexOf('本案审计摘要值'));
    const printed = [...section.matchAll(/\b[0-9a-f]{64}\b/g)].map((m) => ({ hash: m[0] }));
    expect(printed.map((p) => p.hash)).toEqual(c.auditEntries.map((e) => e.hash));
    expect(digest).toBe(caseAuditDigest(printed));
  });

  it('labels each time for what it is: file modification time vs the photo’s EXIF time', () => {
    const f = flat('notrecv', 'police-report');
    expect(f).toContain('文件修改时间');
    expect(f).toContain('照片拍摄时间（EXIF）');
    expect(f).not.toContain('采集时间：');
  });
});

describe('8. privacy per recipient and the bundle', () => {
  it('the full ID number travels in a bundle only when its paper prints it', async () => {
    for (const [name, doc, hasId] of [
      ['notrecv', '12315', false],
      ['dup', 'wechat-complaint', false],
      ['fraud', 'police-report', true],
      ['notrecv', 'civil', true],
    ] as const) {
      const c = cases.get(name)!;
      const pdf = pdfs.get(key(name, doc))!;
      const outZip = path.join(dir, `${name}-${doc}.zip`);
      await writeBundle({ ...c, doc, pdfPath: pdf.pdf, pdfPages: pdf.pages, outZip });
      const files = await readZip(outZip);
      const manifest = files.get('manifest.json')?.toString('utf8') ?? '';
      expect(manifest.includes(PERSON.idNumber), `${name} ${doc}`).toBe(hasId);
      expect(flat(name, doc).includes(PERSON.idNumber)).toBe(hasId);
      const readme = files.get('HOW_TO_VERIFY.txt')?.toString('utf8') ?? '';
      expect(readme).not.toContain('全部一致，说明文件自生成以来未被改动');
      expect(readme).toContain(caseAuditDigest(c.auditEntries));
      expect(JSON.parse(manifest).audit.caseDigest).toBe(caseAuditDigest(c.auditEntries));
    }
  });
});

describe('every page of every document renders', () => {
  it.each(NAMES)('%s', (name) => {
    for (const doc of DOC_KINDS) {
      const { pdf, pages } = pdfs.get(key(name, doc))!;
      const out = path.join(dir, `png-${name}-${doc}`);
      mkdirSync(out, { recursive: true });
      const files = renderPages(pdf, out, 20);
      expect(files, doc).toHaveLength(pages);
      for (const file of files) expect(statSync(file).size).toBeGreaterThan(500);
    }
    expect(execFileSync('pdfinfo', [pdfs.get(key(name, 'checklist'))!.pdf], { encoding: 'utf8' })).toContain(
      'Pages:',
    );
  });
});
