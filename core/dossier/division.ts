/**
 * Which market-regulation authority a 12315 complaint goes to, from the respondent's 统一社会信用代码
 * (GB 32100-2015): characters 3–8 are the 行政区划代码 (GB/T 2260) of the authority that registered
 * it, and the 18th is a check character. Names come from the china-area-data package (MIT, the
 * National Bureau of Statistics' division codes), not a hand table. A code whose county no longer
 * exists (divisions merge and are renamed) falls back to its city, then its province, and says so.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type AreaData = Record<string, Record<string, string>>;
let data: AreaData | null = null;
const areas = (): AreaData => (data ??= require('china-area-data/data.json') as AreaData);

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100 check: 18 characters from the code set, the last one the weighted mod-31 check. */
export function validCreditCode(code: string): boolean {
  const v = code.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CODE_CHARS.indexOf(v[i] as string) * (WEIGHTS[i] as number);
  const check = (31 - (sum % 31)) % 31;
  return v[17] === CODE_CHARS[check];
}

export interface Authority {
  /** "北京市朝阳区", "广东省深圳市南山区": the place whose 市场监督管理局 handles it. */
  place: string;
  /** The 6-digit division code read from the credit code. */
  code: string;
  /** 'county' when the county was found; coarser when it was not (an old or city-level code). */
  level: 'county' | 'city' | 'province';
}

const MUNICIPAL_PARENT = new Set(['市辖区', '县']);

export function authorityFromCreditCode(creditCode: string): Authority | null {
  if (!validCreditCode(creditCode)) return null;
  const code = creditCode.trim().toUpperCase().slice(2, 8);
  const d = areas();
  const prov = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  const provName = d['86']?.[prov];
  if (!provName) return null;
  const cityName = d[prov]?.[city];
  // Municipalities list their districts under 市辖区 / 县: the province name is the city.
  const cityPart = cityName && !MUNICIPAL_PARENT.has(cityName) ? cityName : '';
  const countyName = code.endsWith('00') ? undefined : d[city]?.[code];
  if (countyName && countyName !== '市辖区')
    return { place: `${provName}${cityPart}${countyName}`, code, level: 'county' };
  if (cityName) return { place: `${provName}${cityPart}`, code, level: cityPart ? 'city' : 'province' };
  return { place: provName, code, level: 'province' };
}
