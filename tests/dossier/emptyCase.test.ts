/**
 * A case the person has only just opened: no profile, no counterparty, no payment, no evidence.
 * Every document still renders, and every missing fact is a visible blank, not a silent gap.
 * Also: cancelling leaves no half-written file behind.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../../core/domain/types.ts';
import { DOC_KINDS, renderDossier } from '../../core/dossier/index.ts';
import { caseRecord, profileRecord } from '../helpers/records.ts';
import { buildSampleCase } from './sampleCase.ts';
import { pdfInfo, pdfText, squash } from './pdfTools.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'payproof-empty-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const empty: CaseSnapshot = {
  case: caseRecord({ title: '新案件', route: 'not-received' }),
  profile: profileRecord(),
  counterparties: [],
  payments: [],
  evidence: [],
  events: [],
  documents: [],
};

const base = {
  snapshot: empty,
  objectPath: (h: string) => path.join(dir, h),
  auditHead: '',
  auditEntries: [],
  at: new Date('2025-05-20T02:00:00Z'),
};

describe.each(DOC_KINDS)('%s with nothing filled in', (doc) => {
  it('renders with visible blanks for the missing facts', async () => {
    const { pdf, pages } = await renderDossier({ ...base, doc, outPdf: path.join(dir, `${doc}.pdf`) });
    expect(Number(pdfInfo(pdf)['Pages'])).toBe(pages);
    const text = squash(pdfText(pdf));
    if (doc === 'checklist') {
      // The 核对单 lists the blanks the papers will carry, and what the case still lacks.
      expect(text).toContain('民族（可在PayProof中补录：本人信息→民族）');
      expect(text).toContain('要件尚未齐备');
      return;
    }
    expect(text).toContain('__________（待填写：姓名）');
    expect(text).toContain('交易单号');
    expect(text).toContain('__________（待填写：');
    if (doc !== 'stop-payment') expect(text).toContain('本案尚未保存证据。');
    expect(text).not.toContain('维权要件检查摘要');
    if (doc === 'police-report') expect(text).toContain('（待填写：公民身份号码）');
    // The civil form's own labels say what goes on each line: its blanks are bare.
    if (doc === 'civil') expect(text.replace(/\s+/g, '')).toContain('证件号码：__________');
    if (doc === '12315') expect(text).toContain('__________市场监督管理局：');
    if (doc === '12315') expect(text).toContain('__________（待填写：统一社会信用代码）');
  });
});

describe('cancelling', () => {
  it('stops with an AbortError and leaves no partial PDF', async () => {
    const sample = await buildSampleCase(path.join(dir, 'abort'), { screenshots: 3 });
    const controller = new AbortController();
    const out = path.join(dir, 'abort', 'cancelled.pdf');
    const run = renderDossier({
      ...sample,
      doc: 'police-report',
      outPdf: out,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'exhibits' && p.done === 1) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(path.dirname(out)).filter((f) => f.includes('cancelled'))).toEqual([]);
  });
});
