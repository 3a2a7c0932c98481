/**
 * Renders all four documents from one realistic case and reads them back the way a reviewer would:
 * text (pdftotext), metadata and page count (pdfinfo), bookmarks (qpdf), page images (pdftoppm).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDossier, type DocKind, type RenderDossierResult } from '../../core/dossier/index.ts';
import { PAPER_KINDS } from '../../core/dossier/types.ts';
import { sha256File } from '../../core/dossier/hashFile.ts';
import { buildSampleCase, FACTS, RARE, type SampleCase } from './sampleCase.ts';
import { pdfInfo, pdfOutline, pdfText, renderPages, squash } from './pdfTools.ts';
import { caseAuditDigest } from '../../core/dossier/sections/custody.ts';

let dir: string;
let sample: SampleCase;
const results = new Map<DocKind, RenderDossierResult>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'payproof-dossier-'));
  sample = await buildSampleCase(dir);
  for (const doc of PAPER_KINDS) {
    results.set(doc, await renderDossier({ ...sample, doc, outPdf: path.join(dir, `${doc}.pdf`) }));
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const result = (doc: DocKind): RenderDossierResult => results.get(doc) as RenderDossierResult;

describe.each(PAPER_KINDS)('%s', (doc) => {
  it('contains every 交易单号, amount, name and identifier of the case, and the rare characters', () => {
    const text = squash(pdfText(result(doc).pdf));
    const must = [
      ...FACTS.txids,
      ...FACTS.amounts,
      FACTS.reporter,
      FACTS.phone,
      FACTS.merchant,
      FACTS.person,
      FACTS.creditCode,
      FACTS.merchantPhone,
    ];
    // Only the police and the court need the full ID number; the WeChat form and 12315 (shown to the
    // merchant) leave it out.
    if (doc === 'police-report' || doc === 'civil') must.push(FACTS.idNumber);
    else expect(text).not.toContain(FACTS.idNumber);
    if (doc === 'police-report' || doc === 'wechat-complaint')
      must.push(FACTS.nickname, FACTS.wechatId, FACTS.account, FACTS.url);
    for (const s of must) expect(text, s).toContain(squash(s));
    for (const ch of RARE) expect(text, ch).toContain(ch);
    // No empty boxes: pdftotext maps every glyph back to a character, none to U+FFFD; the emoji
    // the font lacks prints as the geta mark instead of a .notdef box.
    expect(text).not.toContain('\ufffd');
    expect(text).toContain('放心〓，24小时内发货');
  });

  it('shows empty facts as visible blanks and carries the common parts', () => {
    const text = squash(pdfText(result(doc).pdf));
    // The sample leaves the reporter's address empty; the WeChat form does not ask for it.
    if (doc !== 'wechat-complaint') expect(text).toContain('__________（待填写：');
    for (const s of [
      '证据保管链',
      '关于哈希值的说明',
      '本案审计摘要值',
      caseAuditDigest(sample.auditEntries),
    ])
      expect(text).toContain(squash(s));
    // The rules summary is not the recipient's business.
    expect(text).not.toContain('维权要件检查摘要');
    for (const e of sample.snapshot.evidence) expect(text, e.originalName).toContain(e.sha256);
  });

  it('numbers pages 第 N 页 / 共 M 页 and reports the same count as pdfinfo', () => {
    const { pdf, pages } = result(doc);
    expect(Number(pdfInfo(pdf)['Pages'])).toBe(pages);
    const text = squash(pdfText(pdf));
    for (let n = 1; n <= pages; n++) expect(text).toContain(`第${n}页/共${pages}页`);
    // The last page ends with the honest note on what a hash proves.
    const pageTexts = pdfText(pdf).split('\f');
    const last = squash(pageTexts[pages - 1] ?? '');
    expect(last).toContain('第九十三条、第九十四条');
    // Advice to the person (keep the phone, do not delete chats) is the 核对单's, not the recipient's.
    expect(last).not.toContain('请妥善保管');
  });

  it('has title, author, creation date, language and PDF/A identification', () => {
    const { pdf } = result(doc);
    const info = pdfInfo(pdf);
    expect(info['Title']).toBeTruthy();
    expect(info['Author']).toBe('PayProof 支付维权证据箱');
    expect(info['CreationDate']).toMatch(/^2025-05-20T02:00:00/);
    expect(info['PDF version']).toBe('1.7');
    const meta = execQpdfCatalog(pdf);
    expect(meta).toContain('zh-CN');
    expect(meta).toContain('GTS_PDFA1');
  });

  it('bookmarks each section and each exhibit, pointing at the exhibit pages', () => {
    const outline = pdfOutline(result(doc).pdf);
    const exhibits = outline.find((n) => n.title === '证据附件');
    expect(exhibits).toBeDefined();
    expect(exhibits?.kids).toHaveLength(sample.snapshot.evidence.length);
    expect(exhibits?.kids.map((k) => k.title.split('　')[0])).toEqual(
      sample.snapshot.evidence.map((_, i) => `证据${i + 1}`),
    );
    const pages = exhibits?.kids.map((k) => k.page) ?? [];
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    const top = outline.map((n) => n.title);
    expect(top).toContain('附录：证据保管链');
    expect(top).not.toContain('附：维权要件检查摘要');
    expect(top.length).toBeGreaterThanOrEqual(5);
  });

  it('fills the 页码 column of the evidence index with the pages the exhibits are on', () => {
    const { pdf } = result(doc);
    const fromOutline = new Map(
      (pdfOutline(pdf).find((n) => n.title === '证据附件')?.kids ?? []).map((k) => [
        Number(/^证据(\d+)/.exec(k.title)?.[1]),
        k.page,
      ]),
    );
    const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const fromIndex = new Map<number, number>();
    for (const line of layout.split('\n')) {
      // A row's first line starts with 证据N; its page number is the last bare integer on that line.
      const m = /^\s*证据(\d+)\s/.exec(line);
      const page = line
        .trim()
        .split(/\s+/)
        .filter((t) => /^\d+$/.test(t))
        .pop();
      if (m && page && !fromIndex.has(Number(m[1]))) fromIndex.set(Number(m[1]), Number(page));
    }
    expect(fromIndex.size).toBe(sample.snapshot.evidence.length);
    expect(fromIndex).toEqual(fromOutline);
  });

  it('renders every page with pdftoppm', () => {
    const out = path.join(dir, `png-${doc}`);
    const files = renderPages(result(doc).pdf, mkdirp(out), 30);
    expect(files).toHaveLength(result(doc).pages);
    for (const f of files) expect(statSync(f).size).toBeGreaterThan(1000);
  });

  it('reports the sha256 of the file it wrote', async () => {
    expect(await sha256File(result(doc).pdf)).toBe(result(doc).sha256);
  });
});

describe('document specifics', () => {
  it('WeChat complaint: a ≤300-character text with its count, and the vouchers in order', () => {
    const text = squash(pdfText(result('wechat-complaint').pdf));
    const m = /字数：(\d+)\/300/.exec(text);
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).toBeLessThanOrEqual(300);
    expect(text).toContain('需上传的凭证（按顺序）');
    expect(text).toContain('投诉原因');
  });

  it('police report: title, addressee, requests with freeze, loss total', () => {
    const text = squash(pdfText(result('police-report').pdf));
    expect(text).toContain(`关于${FACTS.merchant}涉嫌诈骗的报案材料`);
    expect(text).toContain('__________派出所：');
    expect(text).toContain('立案侦查');
    expect(text).toContain('紧急止付');
    expect(text).toContain('¥1,338.00');
  });

  it('12315: merchant name and 统一社会信用代码, demand', () => {
    const text = squash(pdfText(result('12315').pdf));
    expect(text).toContain('投诉书');
    expect(text).toContain('广东省深圳市南山区市场监督管理局：');
    expect(text).toContain(`统一社会信用代码：${FACTS.creditCode}`);
    expect(text).toContain('投诉请求');
  });

  it('civil: numbered claims and a 证据目录 with the court columns', () => {
    const text = squash(pdfText(result('civil').pdf));
    expect(text).toContain('民事起诉状');
    expect(text).toContain('判令被告返还原告已付款项人民币¥1,338.00');
    expect(text).toContain('此致');
    for (const col of ['序号', '证据名称', '来源', '证明对象', '页数', '页码', '原件/复印件'])
      expect(text).toContain(col);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

function mkdirp(p: string): string {
  mkdirSync(p, { recursive: true });
  return p;
}

function execQpdfCatalog(pdf: string): string {
  return (
    execFileSync('qpdf', ['--show-object=trailer', '--filtered-stream-data', pdf], { encoding: 'utf8' }) +
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], {
      encoding: 'latin1',
      maxBuffer: 256 * 1024 * 1024,
    })
  );
}
