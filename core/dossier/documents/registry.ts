/** Which builder writes which document, the title it carries (also the PDF's Title), and what it includes. */
import type { CaseSnapshot, Profile } from '../../domain/types.ts';
import type { DossierContext } from '../context.ts';
import type { DocKind } from '../types.ts';
import { checklistBody, checklistTitle } from './checklist.ts';
import { civilSuitBody, civilSuitTitle } from './civilSuit.ts';
import { complaint12315Body, complaint12315Title } from './complaint12315.ts';
import { policeReportBody, policeReportTitle } from './policeReport.ts';
import { stopPaymentBody, stopPaymentTitle } from './stopPayment.ts';
import { wechatComplaintBody, wechatComplaintTitle } from './wechatComplaint.ts';

export interface DocumentBuilder {
  title: (snapshot: CaseSnapshot) => string;
  body: (ctx: DossierContext) => void | Promise<void>;
  /** A paper filed with its exhibits and the chain-of-custody appendix (and a bundle of originals). */
  paper: boolean;
  /**
   * The profile fields this document prints: the bundle's manifest.json carries only these, so the
   * full ID number never travels in a bundle whose paper leaves it out.
   */
  profileFields: readonly (keyof Profile)[];
}

const ALL_PERSON: readonly (keyof Profile)[] = [
  'name',
  'idNumber',
  'phone',
  'address',
  'ethnicity',
  'employer',
  'residence',
  'email',
  'gender',
  'birthDate',
];

export const DOCUMENTS: Record<DocKind, DocumentBuilder> = {
  'wechat-complaint': {
    title: wechatComplaintTitle,
    body: wechatComplaintBody,
    paper: true,
    profileFields: ['name', 'phone'],
  },
  'police-report': {
    title: (snapshot) => policeReportTitle({ snapshot }),
    body: policeReportBody,
    paper: true,
    profileFields: ['name', 'idNumber', 'phone', 'address', 'ethnicity', 'employer', 'gender', 'birthDate'],
  },
  '12315': {
    title: complaint12315Title,
    body: complaint12315Body,
    paper: true,
    profileFields: ['name', 'phone', 'address'],
  },
  civil: { title: civilSuitTitle, body: civilSuitBody, paper: true, profileFields: ALL_PERSON },
  'stop-payment': {
    title: stopPaymentTitle,
    body: stopPaymentBody,
    paper: false,
    profileFields: ['name', 'phone'],
  },
  checklist: { title: checklistTitle, body: checklistBody, paper: false, profileFields: ['name'] },
};
