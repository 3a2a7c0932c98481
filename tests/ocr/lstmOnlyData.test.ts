/**
 * The LSTM-only cut of chi_sim (core/ocr/engine/lstmOnlyData.ts): on the model we ship, exactly the
 * components the LSTM engine reads, byte for byte, whatever the chunking; on a damaged container a clear
 * refusal, never an unbounded read.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { languageDataPath } from '../../core/ocr/engine/languageData.ts';
import { LstmOnlyExtractor, lstmOnlyTraineddata } from '../../core/ocr/engine/lstmOnlyData.ts';

interface Entry {
  index: number;
  bytes: Buffer;
}

function entries(file: Buffer): Entry[] {
  const count = file.readInt32LE(0);
  const offsets = Array.from({ length: count }, (_, i) => Number(file.readBigInt64LE(4 + 8 * i)));
  return offsets.flatMap((start, i) => {
    if (start < 0) return [];
    const end = offsets.slice(i + 1).find((o) => o >= 0) ?? file.length;
    return [{ index: i, bytes: file.subarray(start, end) }];
  });
}

const full = gunzipSync(readFileSync(languageDataPath().file));

describe('LSTM-only traineddata', () => {
  it('keeps the LSTM components of the shipped model unchanged and drops the legacy engine', () => {
    const cut = lstmOnlyTraineddata(full);
    const kept = entries(cut);
    expect(kept.map((e) => e.index)).toEqual([0, 1, 17, 18, 19, 20, 23]);
    const original = new Map(entries(full).map((e) => [e.index, e.bytes]));
    for (const e of kept.filter((k) => k.index !== 0))
      expect(e.bytes.equals(original.get(e.index)!)).toBe(true);
    // The config keeps every LSTM-relevant line and loses only the legacy-only parameters.
    const config = kept.find((e) => e.index === 0)!.bytes.toString('utf8');
    expect(config).toContain('tessedit_char_blacklist');
    expect(config).toContain('textord_use_cjk_fp_model T');
    expect(config).not.toContain('language_model_ngram_on');
    expect(config).not.toContain('allow_blob_division');
    expect(cut.length).toBeLessThan(full.length / 10);
  });

  it('reads the same from any chunking of the stream', () => {
    const once = lstmOnlyTraineddata(full);
    for (const size of [1, 7, 4096, 65_536]) {
      const x = new LstmOnlyExtractor();
      // One-byte chunks over the header only (the whole file would take long); then larger ones.
      let at = 0;
      for (; at < 600; at += Math.min(size, 600 - at))
        x.push(full.subarray(at, at + Math.min(size, 600 - at)));
      for (; at < full.length; at += 65_536) x.push(full.subarray(at, at + 65_536));
      expect(x.finish().equals(once)).toBe(true);
    }
  });

  it('refuses a damaged container with a clear error', () => {
    const cases: Buffer[] = [
      Buffer.alloc(2),
      Buffer.from([0xff, 0xff, 0xff, 0x7f]), // 2 billion entries
      full.subarray(0, 100), // header cut short
      Buffer.concat([full.subarray(0, 4 + 8 * 24), Buffer.alloc(10)]), // header, then almost nothing
    ];
    for (const bad of cases)
      expect(() => lstmOnlyTraineddata(bad)).toThrowError(expect.objectContaining({ code: 'ocr-failed' }));
  });
});
