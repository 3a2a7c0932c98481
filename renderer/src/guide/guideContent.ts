/**
 * The guide page's words (DOMAIN.md §1, §2.7): the three routes in plain words, the protection tiers,
 * cross-border rules and the hotlines. Each item names its source id in templates/rules/sources.json.
 */
import type { LocalizedText } from '../../../core/domain/types.ts';

export interface GuideItem {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  source: string;
  section?: string;
}

export const guideRoutes: GuideItem[] = [
  {
    id: 'refund',
    title: { zh: '第一步：原路退回', en: 'Step 1: refund to the original path' },
    body: {
      zh: '最便宜、最快，先试这个。商户发起退款（订单完成 7 天内，部分行业 30 天）；付款 2 小时内且商户未发货，可自己撤销（5–15 分钟到账）；系统风控拦截的异常交易 24–72 小时内处理。指南称九成以上的普通交易可以原路退回。',
      en: 'Cheapest and fastest; try it first. The merchant refunds (within 7 days of completion, 30 in some trades); within 2 hours of paying and before shipping you can cancel yourself (5–15 minutes); risk control handles flagged payments within 24–72 hours. The guide says over 90% of ordinary payments can be refunded this way.',
    },
    source: 'guide',
    section: '§2.1',
  },
  {
    id: 'complaint',
    title: { zh: '第二步：向微信支付投诉', en: 'Step 2: complain to WeChat Pay' },
    body: {
      zh: '账单详情 → 对订单有疑惑 → 投诉，或 微信支付 → 帮助中心 → 投诉。欺诈类需要立案回执或诈骗录音截图（3–7 个工作日）；未收到货需要物流记录和商家沟通截图（2–5 个工作日）；重复扣款需要交易流水截图和银行账单（1–3 个工作日）。',
      en: 'Bill detail → questions about this order → complain, or WeChat Pay → Help Centre → complain. Fraud needs the police receipt or recordings/screenshots (3–7 working days); goods not received needs tracking and merchant chats (2–5); duplicate charge needs the transaction record and bank statement (1–3).',
    },
    source: 'guide',
    section: '§2.2',
  },
  {
    id: 'legal',
    title: { zh: '第三步：法律途径', en: 'Step 3: legal routes' },
    body: {
      zh: '被骗先报警（110 或 96110），越快越好，公安机关可以请求紧急止付。买到的商品或服务有纠纷，可向 12315 投诉；经营者欺诈的，可主张价款三倍赔偿（不足 500 元按 500 元）。金额较大时可以起诉，并申请财产保全；诉讼时效一般为 3 年。',
      en: 'If defrauded, call the police first (110 or 96110): the sooner, the better the chance of an emergency freeze. For disputes over goods or services, complain to 12315; where a business defrauded you, you may claim three times the price (at least 500 yuan). For larger amounts you can sue and ask for property preservation; the limitation period is generally 3 years.',
    },
    source: 'guide',
    section: '§1, §2.4',
  },
];

export const hotlines: GuideItem[] = [
  {
    id: '95017',
    title: { zh: '95017 微信支付客服', en: '95017 WeChat Pay customer service' },
    body: { zh: '投诉、请求冻结对方账户', en: 'Complaints; ask to lock the other account' },
    source: 'wechat-pay-complaint',
  },
  {
    id: '110',
    title: { zh: '110 报警', en: '110 Police' },
    body: {
      zh: '被骗后立即拨打，请求紧急止付',
      en: 'Call at once after a fraud; ask for an emergency stop-payment',
    },
    source: 'police-channel',
  },
  {
    id: '96110',
    title: { zh: '96110 反诈专线', en: '96110 Anti-fraud hotline' },
    body: {
      zh: '电信网络诈骗咨询与报案；国家反诈中心 App 也可报案',
      en: 'Telecom fraud advice and reports; the National Anti-Fraud Centre app takes reports too',
    },
    source: 'police-channel',
  },
  {
    id: '12315',
    title: { zh: '12315 市场监管投诉', en: '12315 Market-regulation complaints' },
    body: {
      zh: '商品和服务纠纷；不受理刑事诈骗',
      en: 'Disputes over goods and services; not criminal fraud',
    },
    source: 'channel-12315',
  },
];

export const tiers: GuideItem[] = [
  {
    id: 'basic',
    title: { zh: '基础：支付限额', en: 'Basic: payment limits' },
    body: { zh: '设置每日、每笔限额，立即生效。', en: 'Daily and per-payment limits, effective at once.' },
    source: 'guide',
    section: '§2.7',
  },
  {
    id: 'middle',
    title: { zh: '中级：支付安全锁', en: 'Middle: payment security lock' },
    body: { zh: '每次付款前人脸识别。', en: 'Face recognition before each payment.' },
    source: 'guide',
    section: '§2.7',
  },
  {
    id: 'high',
    title: { zh: '高级：数字证书 + 硬件令牌', en: 'High: digital certificate + hardware token' },
    body: { zh: '5 分钟内拦截异常交易。', en: 'Blocks abnormal transactions within 5 minutes.' },
    source: 'guide',
    section: '§2.7',
  },
];

export const crossBorder: GuideItem[] = [
  {
    id: 'fx',
    title: { zh: '汇率损失', en: 'Exchange-rate losses' },
    body: {
      zh: '通过外汇管理局申报并走国际仲裁；汇率损失由用户自己承担（跨境电子商务外汇管理办法）。',
      en: 'Declare through the foreign-exchange administration and use international arbitration; exchange losses are borne by the user.',
    },
    source: 'guide',
    section: '§2.5, §2.7',
  },
  {
    id: 'customs',
    title: { zh: '海关纠纷', en: 'Customs disputes' },
    body: {
      zh: 'WTO《贸易便利化协定》：在欧盟，物流公司可能需要承担责任。',
      en: 'WTO Trade Facilitation Agreement: in the EU the logistics company can be held liable.',
    },
    source: 'guide',
    section: '§2.7',
  },
  {
    id: 'fraud',
    title: { zh: '跨境诈骗', en: 'Cross-border fraud' },
    body: {
      zh: '可通过国际刑警组织红色通缉令追查；东南亚地区追回非常困难。',
      en: 'Interpol red notices; recovery from Southeast Asia is very hard.',
    },
    source: 'guide',
    section: '§2.7',
  },
];
