/** Which builder writes which document, and the title it carries (also the PDF's Title). */
import type { CaseSnapshot } from '../../domain/types.ts';
import type { DossierContext } from '../context.ts';
import type { DocKind } from '../types.ts';
import { civilSuitBody, civilSuitTitle } from './civilSuit.ts';
import { complaint12315Body, complaint12315Title } from './complaint12315.ts';
import { policeReportBody, policeReportTitle } from './policeReport.ts';
import { wechatComplaintBody, wechatComplaintTitle } from './wechatComplaint.ts';

export interface DocumentBuilder {
  title: (snapshot: CaseSnapshot) => string;
  body: (ctx: DossierContext) => void;
}

export const DOCUMENTS: Record<DocKind, DocumentBuilder> = {
  'wechat-complaint': { title: wechatComplaintTitle, body: wechatComplaintBody },
  'police-report': { title: (snapshot) => policeReportTitle({ snapshot }), body: policeReportBody },
  '12315': { title: complaint12315Title, body: complaint12315Body },
  civil: { title: civilSuitTitle, body: civilSuitBody },
};
