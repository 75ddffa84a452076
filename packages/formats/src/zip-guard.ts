/**
 * Checks a zip archive before anything inflates it: the central directory's entry count and
 * declared uncompressed sizes, then the actual inflated size of every entry, streamed and cut off
 * as soon as it passes what was declared. A zip bomb is refused in bounded time and memory.
 */
import { FormatError } from "./errors.ts";

export interface ZipLimits {
  /** Total uncompressed bytes of all entries. */
  maxTotal: number;
  /** Number of entries. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotal: 50 * 1024 * 1024, maxEntries: 2000 };

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const MB = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;

/** True when the bytes start like a zip archive. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Lists a zip's entries from its central directory. Throws FormatError on a damaged archive. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (why: string) => new FormatError(`the .docx file is damaged or truncated (${why})`, "corrupt-docx");
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no end of central directory");
  let count = view.getUint16(eocd + 10, true);
  let dirSize = view.getUint32(eocd + 12, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    // Zip64: the locator sits just before the end record.
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== 0x07064b50) throw corrupt("bad zip64 locator");
    const rec = Number(view.getBigUint64(loc + 8, true));
    if (rec + 56 > bytes.length || view.getUint32(rec, true) !== 0x06064b50) throw corrupt("bad zip64 record");
    count = Number(view.getBigUint64(rec + 32, true));
    dirSize = Number(view.getBigUint64(rec + 40, true));
    dirOffset = Number(view.getBigUint64(rec + 48, true));
  }
  if (count > limits.maxEntries) {
    throw new FormatError(`the archive has ${count} entries; a .docx is refused beyond ${limits.maxEntries} (a zip bomb?)`, "zip-bomb");
  }
  if (dirOffset + dirSize > bytes.length) throw corrupt("central directory beyond the end of the file");

  const entries: ZipEntry[] = [];
  let total = 0;
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt(`bad central directory entry ${n + 1}`);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let offset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength + extraLength > bytes.length) throw corrupt("entry name beyond the end of the file");
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // Zip64 sizes live in extra field 0x0001, in this order, for the fields that overflowed.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        const next = () => {
          const v = q + 8 <= e + 4 + size ? Number(view.getBigUint64(q, true)) : 0;
          q += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (offset === 0xffffffff) offset = next();
      }
      e += 4 + size;
    }
    total += uncompressedSize;
    if (total > limits.maxTotal) {
      throw new FormatError(
        `the archive declares ${total > 1e12 ? "over a terabyte" : MB(total)} of content once unpacked; a .docx is refused beyond ${MB(limits.maxTotal)} (a zip bomb?)`,
        "zip-bomb",
      );
    }
    entries.push({ name, method, compressedSize, uncompressedSize, offset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) {
    throw new FormatError(`the .docx file is damaged or truncated (no local header for ${entry.name})`, "corrupt-docx");
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new FormatError(`the .docx file is damaged or truncated (${entry.name} is cut off)`, "corrupt-docx");
  return bytes.subarray(start, end);
}

/**
 * Inflates every entry as a stream and stops at the first byte past its declared size: an
 * archive that lies about its sizes is refused without ever holding the inflated data. The
 * entries named in `keep` are returned inflated (they are checked the same way), so a reader
 * that needs a few parts inflates them once.
 */
export async function verifyZipSizes(
  bytes: Uint8Array,
  entries: ZipEntry[],
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  keep: ReadonlySet<string> = new Set(),
): Promise<Map<string, Uint8Array>> {
  const kept = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) {
        throw new FormatError(`the .docx file is damaged (${entry.name} has inconsistent sizes)`, "corrupt-docx");
      }
      if (keep.has(entry.name)) kept.set(entry.name, entryData(bytes, entry));
      total += entry.uncompressedSize;
      continue;
    }
    if (entry.method !== 8) throw new FormatError(`the .docx file uses an unsupported compression method (${entry.method})`, "corrupt-docx");
    const data = entryData(bytes, entry);
    let produced = 0;
    const chunks: Uint8Array[] | null = keep.has(entry.name) ? [] : null;
    const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        produced += value.byteLength;
        if (produced > entry.uncompressedSize || total + produced > limits.maxTotal) {
          throw new FormatError(
            `${entry.name} inflates beyond its declared size of ${entry.uncompressedSize} bytes; the file is refused (a zip bomb?)`,
            "zip-bomb",
          );
        }
        chunks?.push(value);
      }
    } catch (error) {
      if (error instanceof FormatError) throw error;
      throw new FormatError(`the .docx file is damaged (${entry.name} does not inflate: ${(error as Error).message})`, "corrupt-docx");
    } finally {
      reader.cancel().catch(() => {});
    }
    total += produced;
    if (chunks) kept.set(entry.name, concat(chunks, produced));
  }
  return kept;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
