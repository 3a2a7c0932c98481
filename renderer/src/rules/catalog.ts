/**
 * Names and hints from the rule pack, read straight from templates/ (data, not code) so the wizard and
 * the kind chooser show the same route and evidence-kind names the core validates against.
 */
import routesFile from '../../../templates/rules/routes.json' with { type: 'json' };
import kindsFile from '../../../templates/rules/evidence-kinds.json' with { type: 'json' };
import type { LocalizedText } from '../../../core/domain/types.ts';

export interface RouteInfo {
  id: string;
  name: LocalizedText;
  summary: LocalizedText;
}

export interface KindInfo {
  id: string;
  name: LocalizedText;
  howTo?: LocalizedText;
}

export const routes: RouteInfo[] = (routesFile.routes as RouteInfo[]).map(({ id, name, summary }) => ({
  id,
  name,
  summary,
}));
export const evidenceKinds: KindInfo[] = (kindsFile.kinds as KindInfo[]).map(({ id, name, howTo }) => ({
  id,
  name,
  howTo,
}));

const routeById = new Map(routes.map((r) => [r.id, r]));
const kindById = new Map(evidenceKinds.map((k) => [k.id, k]));

export const routeName = (id: string): LocalizedText => routeById.get(id)?.name ?? { zh: id, en: id };
export const kindName = (id: string): LocalizedText => kindById.get(id)?.name ?? { zh: id, en: id };

/** A first guess at the route from the person's own words; they confirm or change it in the wizard. */
export function suggestRoute(text: string): string {
  const t = text.toLowerCase();
  if (/重复|扣了两次|两次扣款|double|twice|duplicate/.test(t)) return 'duplicate-charge';
  if (/没收到|未收到|不发货|没发货|快递|物流|not received|never arrived|ship/.test(t)) return 'not-received';
  if (/跨境|海外|境外|cross-border|abroad/.test(t)) return 'cross-border';
  if (/面对面|当面转账|转账被骗|face-to-face|transfer/.test(t)) return 'transfer-scam';
  if (/游戏|点卡|会员|充值|虚拟|virtual|game|top-up/.test(t)) return 'virtual-goods';
  return 'fraud';
}
