// Reads a file to lint: binary files are recognised (a NUL byte in the first 8 000 bytes, as git does), UTF-16
// with a BOM is decoded, and text that is not valid UTF-8 is read as Windows-1252 when that gives French text
// (a file saved by an old Windows editor), else decoded with U+FFFD replacements. A leading BOM is kept (U+FEFF).
// The caller is told which encoding was used, so that it can say so and never write such a file back in UTF-8.
import { readFile } from 'node:fs/promises';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type SourceFile =
  | {
      kind: 'text';
      text: string;
      encoding: TextEncoding;
      /** Bytes that are not valid in `encoding` were replaced by U+FFFD: writing the text back would lose them. */
      replaced?: number;
    }
  | { kind: 'binary' };

const SNIFF_BYTES = 8000;

export function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** UTF-8 to a string, invalid sequences replaced by U+FFFD, the BOM (if any) kept as U+FEFF. */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Valid multi-byte UTF-8 sequences and bytes that belong to none, counted over the whole input. */
function utf8Census(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      // (Overlong and surrogate forms pass here: the strict decoder has already said the input is not UTF-8.)
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** What a Windows-1252 byte above 0x7F may be in a French post: a letter, typographic punctuation, a sign. */
const PLAUSIBLE_CP1252 = /[\p{L}’‘“”«»–—…€•°·\u00a0©®™§±×÷¿¡]/u;

/**
 * Windows-1252 bytes 0x80–0x9F (’ « € … œ and the like); the rest is Latin-1. Written out because Node 20's
 * TextDecoder('windows-1252') decodes these bytes as C1 control characters. The five unassigned bytes stay
 * control characters, as in the WHATWG decoder.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  // Buffer's 'latin1' maps each byte to the code point of the same value.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/**
 * Invalid UTF-8 that is mostly single high bytes (not broken UTF-8 sequences), each of which decodes in
 * Windows-1252 to a letter or typographic sign: the file was saved in Windows-1252 / Latin-1.
 */
function asWindows1252(bytes: Uint8Array): string | null {
  const { valid, invalid } = utf8Census(bytes);
  if (invalid === 0 || valid > invalid) return null;
  const text = decodeWindows1252(bytes);
  let high = 0;
  let plausible = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    high++;
    if (PLAUSIBLE_CP1252.test(text[i])) plausible++;
  }
  return plausible >= high * 0.9 ? text : null;
}

/** UTF-16 with its BOM (kept as U+FEFF), or null when `bytes` does not start with a UTF-16 BOM. */
function asUtf16(bytes: Uint8Array): SourceFile | null {
  const encoding: TextEncoding | null =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (encoding === null) return null;
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const source: SourceFile = { kind: 'text', text, encoding };
  const strict = new TextDecoder(encoding, { ignoreBOM: true, fatal: true });
  try {
    strict.decode(bytes);
  } catch {
    source.replaced = [...text].filter((c) => c === '\ufffd').length - countReplacementChars(bytes, encoding);
  }
  return source;
}

/** U+FFFD characters written in the file itself (not produced by decoding). */
function countReplacementChars(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
  let n = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const unit = encoding === 'utf-16le' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    if (unit === 0xfffd) n++;
  }
  return n;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSource(bytes: Uint8Array): SourceFile {
  // Before the NUL test: UTF-16 text is full of NUL bytes.
  const utf16 = asUtf16(bytes);
  if (utf16) return utf16;
  if (isBinary(bytes)) return { kind: 'binary' };
  try {
    return { kind: 'text', text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: Windows-1252, or UTF-8 with a few broken bytes
  }
  const windows = asWindows1252(bytes);
  if (windows !== null) return { kind: 'text', text: windows, encoding: 'windows-1252' };
  return { kind: 'text', text: decodeUtf8(bytes), encoding: 'utf-8', replaced: Math.max(1, utf8Census(bytes).invalid) };
}

/** The text in the encoding it was read in (UTF-8 and UTF-16 only: Windows-1252 files are never written). */
export function encodeText(text: string, encoding: Exclude<TextEncoding, 'windows-1252'>): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}

/** Throws the fs error (ENOENT, EACCES, EISDIR…) for the caller to report. */
export async function readSource(filePath: string): Promise<SourceFile> {
  return decodeSource(await readFile(filePath));
}
