/**
 * Which rule-pack channel each paper is written for: its missing facts are the blanks the paper will
 * carry (________（待填写：…）), so the page can list them before generating. Typed against DocKind:
 * a new paper must say its channel here, or null when it is for the person (the 核对单 has no blanks).
 */
import type { DocKind } from '../../../core/dossier/types.ts';

export const DOC_CHANNEL: Record<DocKind, string | null> = {
  'police-report': 'police-report',
  'wechat-complaint': 'wechat-complaint',
  '12315': 'complaint-12315',
  civil: 'civil-suit',
  // The 止付信息表 carries the police report's facts (accounts, amounts, times).
  'stop-payment': 'police-report',
  checklist: null,
};
