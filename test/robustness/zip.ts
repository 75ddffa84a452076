/**
 * A small zip writer for hostile archives: entries whose declared sizes lie, central directories
 * that point many entries at one piece of data, and zip bombs whose deflate stream is made
 * incrementally (never holding the inflated bytes).
 */
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

export interface RawEntry {
  name: string;
  /** Compressed bytes as stored (deflate-raw for method 8, the bytes themselves for method 0). */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** The sizes written in the headers (may lie). */
  compressedSize?: number;
  uncompressedSize: number;
}

/** An entry compressed honestly. */
export function entry(name: string, content: string | Uint8Array): RawEntry {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, data: deflateRawSync(bytes), method: 8, crc: crc32(bytes), uncompressedSize: bytes.length };
}

/** Deflate-raw of `total` zero bytes, fed in 1 MB chunks (the zeros are never all in memory). */
export async function deflatedZeros(total: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  const block = Buffer.alloc(1 << 20);
  for (let left = total; left > 0; left -= block.length) {
    const part = left >= block.length ? block : block.subarray(0, left);
    if (!deflate.write(part)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The archive's bytes. With `sharedData`, every central-directory entry points at the first
 * entry's local header (the overlapping-files zip bomb).
 */
export function zip(entries: RawEntry[], options: { sharedData?: boolean } = {}): Uint8Array {
  const enc = new TextEncoder();
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const name = enc.encode(e.name);
    const compressed = e.compressedSize ?? e.data.length;
    if (options.sharedData && i > 0) {
      offsets.push(offsets[0]!);
      return;
    }
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(compressed, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    Buffer.from(name).copy(local, 30);
    offsets.push(offset);
    locals.push(local, Buffer.from(e.data));
    offset += local.length + e.data.length;
  });
  entries.forEach((e, i) => {
    const name = enc.encode(e.name);
    const source = options.sharedData ? entries[0]! : e;
    const c = Buffer.alloc(46 + name.length);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(source.method, 10);
    c.writeUInt32LE(source.crc >>> 0, 16);
    c.writeUInt32LE(source.compressedSize ?? source.data.length, 20);
    c.writeUInt32LE(e.uncompressedSize, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offsets[i]!, 42);
    Buffer.from(name).copy(c, 46);
    central.push(c);
  });
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A minimal hand-written .docx whose body is `bodyXml` (and optional document relationships). */
export function minimalDocx(bodyXml: string, documentRels = ""): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${bodyXml}</w:body></w:document>`;
  const entries = [entry("[Content_Types].xml", contentTypes), entry("_rels/.rels", rootRels), entry("word/document.xml", document)];
  if (documentRels) {
    entries.push(
      entry(
        "word/_rels/document.xml.rels",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${documentRels}</Relationships>`,
      ),
    );
  }
  return zip(entries);
}

/** XML-escapes text for a w:t element. */
export function xmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
