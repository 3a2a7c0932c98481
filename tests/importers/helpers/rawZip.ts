/**
 * Zips written byte by byte, for inputs no zip library would write: entries whose declared size
 * lies, deflate streams that inflate to a gigabyte from a megabyte ("zip bombs"), ZipCrypto
 * encryption (what WeChat Pay mails) over such a stream. The format is PKWARE APPNOTE 6.3.
 */
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';

export interface Deflated {
  /** Raw deflate stream (method 8). */
  deflated: Buffer;
  size: number;
  crc: number;
}

export function deflated(data: Uint8Array): Deflated {
  return {
    deflated: zlib.deflateRawSync(data, { level: 9 }),
    size: data.length,
    crc: zlib.crc32(data) >>> 0,
  };
}

/**
 * prefix + chunk × count + suffix, deflated without ever holding the inflated bytes: each piece
 * ends with a full flush, which resets the compressor, so every copy of `chunk` compresses to the
 * same bytes and the stream is built by repeating them.
 */
export function deflatedRepeat(prefix: string, chunk: Buffer, count: number, suffix: string): Deflated {
  // A fresh compressor per piece: no back-reference crosses a piece, so the copies can be joined.
  const open = (b: Buffer | string): Buffer =>
    zlib.deflateRawSync(b, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const head = open(prefix);
  const body = open(chunk);
  const tail = zlib.deflateRawSync(Buffer.from(suffix), { level: 9 });
  let crc = zlib.crc32(prefix);
  for (let i = 0; i < count; i++) crc = zlib.crc32(chunk, crc);
  crc = zlib.crc32(suffix, crc);
  const parts: Buffer[] = [head];
  for (let i = 0; i < count; i++) parts.push(body);
  parts.push(tail);
  return {
    deflated: Buffer.concat(parts),
    size: Buffer.byteLength(prefix) + chunk.length * count + Buffer.byteLength(suffix),
    crc: crc >>> 0,
  };
}

export interface RawEntry {
  name: string;
  /** Plain bytes (stored or deflated here) or an already deflated stream. */
  data: Uint8Array | string | Deflated;
  /** Written as the uncompressed size instead of the true one (a lying header). */
  declaredSize?: number;
  /** ZipCrypto password. */
  password?: string;
  stored?: boolean;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Traditional PKWARE encryption (APPNOTE 6.1). */
function zipCrypto(password: string, crc: number, data: Buffer): Buffer {
  let k0 = 0x12345678;
  let k1 = 0x23456789;
  let k2 = 0x34567890;
  const crcByte = (c: number, b: number) => (c >>> 8) ^ (CRC_TABLE[(c ^ b) & 0xff] ?? 0);
  const update = (b: number) => {
    k0 = crcByte(k0, b) >>> 0;
    k1 = (Math.imul((k1 + (k0 & 0xff)) >>> 0, 134775813) + 1) >>> 0;
    k2 = crcByte(k2, k1 >>> 24) >>> 0;
  };
  for (const b of Buffer.from(password, 'utf8')) update(b);
  const header = randomBytes(12);
  header[11] = crc >>> 24;
  const plain = Buffer.concat([header, data]);
  const out = Buffer.alloc(plain.length);
  for (let i = 0; i < plain.length; i++) {
    const t = (k2 | 2) & 0xffff;
    const p = plain[i] ?? 0;
    out[i] = p ^ ((Math.imul(t, t ^ 1) >>> 8) & 0xff);
    update(p);
  }
  return out;
}

export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const src = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    const d: Deflated & { method: number } =
      'deflated' in src
        ? { ...src, method: 8 }
        : e.stored
          ? { deflated: Buffer.from(src), size: src.length, crc: zlib.crc32(src) >>> 0, method: 0 }
          : { ...deflated(src), method: 8 };
    const body = e.password ? zipCrypto(e.password, d.crc, d.deflated) : d.deflated;
    const flags = 0x800 | (e.password ? 1 : 0);
    const size = e.declaredSize ?? d.size;
    const fields = (sig: number, central: boolean): Buffer => {
      const b = Buffer.alloc(central ? 46 : 30);
      let p = 0;
      b.writeUInt32LE(sig, p);
      p += 4;
      if (central) {
        b.writeUInt16LE(20, p);
        p += 2;
      }
      b.writeUInt16LE(20, p); // version needed
      b.writeUInt16LE(flags, p + 2);
      b.writeUInt16LE(d.method, p + 4);
      b.writeUInt16LE(0, p + 6); // time
      b.writeUInt16LE(0x21, p + 8); // date 1980-01-01
      b.writeUInt32LE(d.crc, p + 10);
      b.writeUInt32LE(body.length, p + 14);
      b.writeUInt32LE(size, p + 18);
      b.writeUInt16LE(name.length, p + 22);
      b.writeUInt16LE(0, p + 24); // extra
      if (central) {
        // comment length, disk, internal attrs, external attrs, local header offset
        b.writeUInt16LE(0, p + 26);
        b.writeUInt16LE(0, p + 28);
        b.writeUInt16LE(0, p + 30);
        b.writeUInt32LE(0, p + 32);
        b.writeUInt32LE(offset, p + 36);
      }
      return b;
    };
    const local = Buffer.concat([fields(0x04034b50, false), name, body]);
    centrals.push(Buffer.concat([fields(0x02014b50, true), name]));
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a one-sheet workbook around a given sheet and shared-strings part. */
export function xlsxParts(
  sheet: RawEntry['data'],
  shared: RawEntry['data'] = `<sst xmlns="${NS}"/>`,
): RawEntry[] {
  return [
    {
      name: '[Content_Types].xml',
      data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      name: '_rels/.rels',
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
    { name: 'xl/sharedStrings.xml', data: shared },
  ];
}

/**
 * About 1 MiB of `unit` repeated, with `noise` random base64 characters inside a text run in
 * the middle: deflate then reaches only a bounded ratio (~1 MiB / noise), like real data.
 */
export function noisyChunk(unit: string, noise: number, wrap: (text: string) => string): Buffer {
  const random = randomBytes(Math.ceil((noise * 3) / 4))
    .toString('base64')
    .slice(0, noise);
  const middle = wrap(random);
  const count = Math.max(0, Math.floor((1024 * 1024 - middle.length) / Buffer.byteLength(unit)));
  const half = Math.floor(count / 2);
  return Buffer.from(unit.repeat(half) + middle + unit.repeat(count - half));
}
