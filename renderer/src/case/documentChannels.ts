/**
 * Which rule-pack channel each paper is written for: its missing facts are the blanks the paper will
 * carry (________（待填写：…）), so the page can list them before generating. Typed against DocKind:
 * a new paper without a channel is a compile error here.
 */
import type { DocKind } from '../../../core/dossier/types.ts';

export const DOC_CHANNEL: Record<DocKind, string> = {
  'police-report': 'police-report',
  'wechat-complaint': 'wechat-complaint',
  '12315': 'complaint-12315',
  civil: 'civil-suit',
};
