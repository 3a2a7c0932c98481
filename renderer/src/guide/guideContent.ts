/**
 * The guide page's words (DOMAIN.md §1, §2.7): the three routes in plain words, the protection tiers,
 * cross-border rules and the hotlines. The texts are data in templates/guide/guide.json; each item names
 * its source id in templates/rules/sources.json.
 */
import type { LocalizedText } from '../../../core/domain/types.ts';
import guide from '../../../templates/guide/guide.json' with { type: 'json' };

export interface GuideItem {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  source: string;
  section?: string;
}

export const guideRoutes: GuideItem[] = guide.guideRoutes;
export const hotlines: GuideItem[] = guide.hotlines;
export const tiers: GuideItem[] = guide.tiers;
export const crossBorder: GuideItem[] = guide.crossBorder;
