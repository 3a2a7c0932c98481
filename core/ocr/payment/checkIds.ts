/**
 * What a platform id must look like. WeChat 交易单号 of merchant payments: 28 digits from 42…; transfers,
 * red packets and personal QR payments: 1000… with 28–32 digits. Both carry the date (yyyymmdd) at
 * positions 10–17; an Alipay 订单号 (28–32 digits) starts with it. The date must be a real day within a
 * day of the time read (an id is made when the order is, which may be just before midnight).
 */
import { isCalendarDate } from './readScreenTime.ts';

export type IdProblem = 'shape' | 'date';

const DAY_MS = 86_400_000;

function dateAt(id: string, start: number): number | null {
  const y = Number(id.slice(start, start + 4));
  const m = Number(id.slice(start + 4, start + 6));
  const d = Number(id.slice(start + 6, start + 8));
  return isCalendarDate(y, m, d) ? Date.UTC(y, m - 1, d) : null;
}

function beijingDay(isoTime: string): number {
  return Date.UTC(Number(isoTime.slice(0, 4)), Number(isoTime.slice(5, 7)) - 1, Number(isoTime.slice(8, 10)));
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  return s.length > 0;
}

export function checkPlatformId(
  id: string,
  platform: 'wechat' | 'alipay',
  label: 'txid' | 'transfer',
  time: string | undefined,
): IdProblem | null {
  if (!allDigits(id)) return 'shape';
  let dateStart: number;
  if (platform === 'alipay') {
    if (id.length < 28 || id.length > 32) return 'shape';
    dateStart = 0;
  } else {
    const merchant = id.startsWith('42') && id.length === 28;
    const personal = id.startsWith('1000') && id.length >= 28 && id.length <= 32;
    if (label === 'transfer' ? !personal : !(merchant || personal)) return 'shape';
    dateStart = 10;
  }
  const day = dateAt(id, dateStart);
  if (day === null) return 'date';
  if (time && Math.abs(day - beijingDay(time)) > DAY_MS) return 'date';
  return null;
}

/** 商户单号 / 商家订单号: merchants choose them; 6–64 letters, digits, - and _. */
export function checkMerchantOrderId(id: string): IdProblem | null {
  return /^[0-9A-Za-z_-]{6,64}$/.test(id) ? null : 'shape';
}
