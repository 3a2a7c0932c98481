/**
 * The OCR model's character set, read from the model (core/ocr/engine/modelCharset.ts): the rare name
 * characters of the generated screens are not in chi_sim 4.0.0, common ones and their look-alikes are;
 * the container's unicharset is the very list the 4.0.0 LSTM embeds; damaged files are refused.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { languageDataPath } from '../../core/ocr/engine/languageData.ts';
import {
  charactersOutsideModel,
  modelCharacters,
  ocrModelCharacters,
  parseUnicharset,
  traineddataComponent,
} from '../../core/ocr/engine/modelCharset.ts';
import { sampleScreens } from './paymentScreens.ts';

const full = gunzipSync(readFileSync(languageDataPath().file));

describe('OCR model character set', () => {
  it('lacks the rare name characters of the generated screens and has their neighbours', async () => {
    const chars = await ocrModelCharacters();
    expect(chars.size).toBe(5074);
    for (const c of '深圳市数码科技有限公司赞王李赵交易单号0123456789') expect(chars.has(c), c).toBe(true);
    const names = sampleScreens().map((s) => s.truth.counterparty);
    expect(charactersOutsideModel(names.join(''), chars)).toEqual(['喆', '堃', '㛃', '犇', '赟']);
    expect(charactersOutsideModel('深圳市 数码', chars)).toEqual([]);
  });

  it('is the charset the 4.0.0 LSTM carries inside its network component', () => {
    const lstm = traineddataComponent(full, 17)!;
    // The LSTM's unicharset follows the network: "NULL 0 …" and one line per entry.
    const at = lstm.indexOf('\nNULL 0 ');
    expect(at).toBeGreaterThan(0);
    const fromContainer = modelCharacters(full);
    const embedded = lstm
      .subarray(at + 1)
      .toString('utf8')
      .split('\n')
      .slice(0, fromContainer.size)
      .map((l) => l.split(' ')[0]!)
      .map((c) => (c === 'NULL' ? ' ' : c));
    expect(new Set(embedded)).toEqual(fromContainer);
  });

  it('reads a unicharset and refuses damaged ones', () => {
    expect(parseUnicharset('3\nNULL 0 Common 0\n甲 1 x\nA 5 y\n')).toEqual(new Set([' ', '甲', 'A']));
    expect(() => parseUnicharset('5\nNULL 0\n')).toThrow();
    expect(() => parseUnicharset('999999999\n')).toThrow();
    expect(() => parseUnicharset('abc\n')).toThrow();
    const header = Buffer.alloc(12);
    header.writeInt32LE(1, 0);
    header.writeBigInt64LE(BigInt(1 << 30), 4);
    expect(() => traineddataComponent(header, 0)).toThrow();
    expect(() => modelCharacters(Buffer.from([0xff, 0xff, 0xff, 0x7f]))).toThrow();
  });
});
