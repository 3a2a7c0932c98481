/**
 * Every sentence a dossier prints comes from templates/documents/ (data, not code), validated with
 * zod when first loaded so a broken edit fails loudly naming the file and the path inside it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import type { PaperKind } from './types.ts';

const text = z.string().min(1);
const textMap = z.record(z.string(), text);
const indexColumn = z.enum([
  'no',
  'title',
  'kind',
  'source',
  'purpose',
  'capturedAt',
  'sha256',
  'page',
  'pages',
  'originalOrCopy',
]);
export type IndexColumn = z.infer<typeof indexColumn>;

const commonSchema = z.object({
  author: text,
  pageNumber: text,
  generatedOn: text,
  blank: text,
  blankLabel: text,
  none: text,
  timeZoneNote: text,
  fields: textMap,
  counterpartyKinds: z.object({ merchant: text, person: text, unknown: text }),
  transactions: z.object({ heading: text, columns: textMap, total: text, noPayments: text }),
  timeline: z.object({ heading: text, payment: text, paymentNoMethod: text, ref: text, empty: text }),
  genders: z.object({ male: text, female: text }),
  idTypes: textMap,
  evidenceIndex: z.object({
    heading: text,
    columns: z.record(indexColumn, text),
    exhibitLabel: text,
    originalOrCopyCarrier: text,
    originalOrCopyFile: text,
    timeSources: textMap,
    empty: text,
  }),
  exhibits: z.object({
    heading: text,
    header: text,
    of: text,
    caption: textMap,
    capturedAtSources: textMap,
    nonImageHeading: text,
    nonImageNote: text,
    undecodable: text,
  }),
  custody: z.object({
    heading: text,
    intro: text,
    columns: textMap,
    auditHeading: text,
    auditIntro: text,
    auditColumns: textMap,
    digest: text,
    digestHow: text,
    auditEmpty: text,
  }),
  /** The audit log's action ids in Chinese: a paper prints no English. */
  auditActions: textMap,
  auditActionUnknown: text,
  auditSubjects: textMap,
  honestNote: z.object({ heading: text, zh: z.array(text).min(1) }),
  signature: z.object({ signer: text, date: text }),
  evidenceKinds: z.record(
    z.string(),
    z.object({
      source: text,
      purpose: text,
      purposeByRoute: textMap.optional(),
      purposePayments: text.optional(),
    }),
  ),
  purposeFromDescription: text,
  purposePaymentsSuffix: text,
});

/** Fields every document template has; each document adds its own. */
const docBase = z.object({
  title: text,
  sections: textMap,
  evidenceIndexColumns: z.array(indexColumn).min(1),
  exhibitKindOrder: z.array(z.string()).min(1),
  signerRole: text,
  /** Rule ids (core/rules) whose check the 核对单 shows for this paper, besides the case route. */
  rulesChannels: z.array(z.string()),
});

const wechatSchema = docBase.extend({
  subtitle: text,
  respondentHeading: text,
  reasons: textMap,
  shortTextTemplate: z.object({
    payment: text,
    duplicate: text,
    morePayments: text,
    allPayments: text,
    narrative: text,
    demand: text,
    evidence: text,
  }),
  shortTextLimit: z.number().int().positive(),
  charCount: text,
  fullTextIntro: text,
  vouchersIntro: text,
  vouchersNone: text,
});

const policeSchema = docBase.extend({
  suspectFallback: text,
  addressee: text,
  addresseeBlank: text,
  suspectHeading: text,
  factsIntro: text,
  transferColumns: textMap,
  transferHead: text,
  lossTotal: text,
  lossRecovered: text,
  requests: z.array(text).length(3),
  accountReceived: text,
  closing: text,
});

const complaint12315Schema = docBase.extend({
  addressee: text,
  respondentHeading: text,
  addresseeBlank: text,
  purchaseIntro: text,
  platformFallback: text,
  itemFallback: text,
  demandFallback: text,
});

const claimSchema = z.object({ text, basis: text });
const civilSchema = docBase.extend({
  subtitle: text,
  notice: z.array(text).min(1),
  columns: z.object({ element: text, content: text }),
  checked: text,
  unchecked: text,
  labels: textMap,
  personLines: z.array(text).length(8),
  merchantLines: z.array(text).length(7),
  orgTypes: z.array(z.array(text).min(1)).min(1),
  orgTypeFromName: z.array(z.object({ pattern: text, type: text })),
  agentValue: text,
  serviceValue: text,
  electronicValue: text,
  thirdPartyNone: text,
  claimsNote: text,
  claimItems: textMap,
  claimValues: textMap,
  claims: z.record(z.string(), claimSchema),
  basisPurpose: textMap,
  lossBasisRescind: text,
  lossBasisRevoke: text,
  lossBasisDuplicate: text,
  jurisdiction: textMap,
  factsNote: text,
  facts: textMap,
  mediation: textMap,
  mediationBenefits: z.array(text).min(1),
  mediationBenefitChoice: text,
  signer: text,
  date: text,
  to: text,
  courtBlank: text,
  copies: text,
  evidenceIndexIntro: text,
  evidenceIndexSigner: text,
});

const stopPaymentSchema = z.object({
  title: text,
  intro: text,
  continuation: text,
  sections: textMap,
  columns: textMap,
  reporterLine: text,
  transferNo: text,
  accountReceived: text,
  total: text,
  noAccount: text,
  ownAccounts: text,
  otherIdentifiers: text,
  signerRole: text,
});

const checklistSchema = z.object({
  title: text,
  intro: text,
  sections: textMap,
  texts: textMap,
  paperTips: z.record(z.string(), z.array(text)),
});

export type CommonWording = z.infer<typeof commonSchema>;
export type DocWordingBase = z.infer<typeof docBase>;
export type WechatWording = z.infer<typeof wechatSchema>;
export type PoliceWording = z.infer<typeof policeSchema>;
export type Complaint12315Wording = z.infer<typeof complaint12315Schema>;
export type CivilWording = z.infer<typeof civilSchema>;
export type StopPaymentWording = z.infer<typeof stopPaymentSchema>;
export type ChecklistWording = z.infer<typeof checklistSchema>;

export const documentsDir = fileURLToPath(new URL('../../templates/documents/', import.meta.url));

export class WordingError extends Error {
  constructor(file: string, where: string, detail: string) {
    super(`Document wording file ${file} is invalid at ${where || '(root)'}: ${detail}`);
    this.name = 'WordingError';
  }
}

const cache = new Map<string, unknown>();

function load<T>(file: string, schema: z.ZodType<T>): T {
  const full = path.join(documentsDir, file);
  const hit = cache.get(full);
  if (hit) return hit as T;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    throw new WordingError(full, '', (err as Error).message);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new WordingError(full, first ? first.path.join('.') : '', first?.message ?? 'invalid');
  }
  cache.set(full, parsed.data);
  return parsed.data;
}

export const commonWording = (): CommonWording => load('common.json', commonSchema);
export const wechatWording = (): WechatWording => load('wechat-complaint.json', wechatSchema);
export const policeWording = (): PoliceWording => load('police-report.json', policeSchema);
export const complaint12315Wording = (): Complaint12315Wording => load('12315.json', complaint12315Schema);
export const civilWording = (): CivilWording => load('civil.json', civilSchema);
export const stopPaymentWording = (): StopPaymentWording => load('stop-payment.json', stopPaymentSchema);
export const checklistWording = (): ChecklistWording => load('checklist.json', checklistSchema);

/** The base fields of a paper with exhibits, for code shared by the four (exhibit order, index columns). */
export function docWording(doc: PaperKind): DocWordingBase {
  switch (doc) {
    case 'wechat-complaint':
      return wechatWording();
    case 'police-report':
      return policeWording();
    case '12315':
      return complaint12315Wording();
    case 'civil':
      return civilWording();
  }
}

export function howToVerifyTemplate(): string {
  return readFileSync(path.join(documentsDir, 'how-to-verify.txt'), 'utf8');
}
