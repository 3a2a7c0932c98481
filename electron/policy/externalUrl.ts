/**
 * Which links may leave the app for the system browser. Only https, only hosts we cite (the guide's
 * sources and hotlines), compared as parsed hostnames — never by string prefix, so
 * `https://kf.qq.com.evil.cn` or `https://evil.cn/?kf.qq.com` do not pass.
 */
export const externalHosts: readonly string[] = [
  'pay.weixin.qq.com', // WeChat Pay merchant/consumer help
  'kf.qq.com', // Tencent customer service
  'weixin.qq.com',
  'www.12315.cn', // market regulation complaints
  '12315.cn',
  'www.samr.gov.cn',
  'www.pbc.gov.cn', // People's Bank of China
  'www.mps.gov.cn', // Ministry of Public Security
  'www.gov.cn',
  'www.court.gov.cn',
  'flk.npc.gov.cn', // national law database
  'github.com',
];

/** The URL to hand to shell.openExternal, or null when it must not be opened. */
export function externalUrlToOpen(raw: unknown, allowed: readonly string[] = externalHosts): string | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  // Credentials in a link are a phishing trick ("https://kf.qq.com@evil.cn"); ports are never ours.
  if (url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  if (!allowed.includes(host)) return null;
  return url.href;
}
