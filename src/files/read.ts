// Reads a file to lint: binary files are recognised (a NUL byte in the first 8 000 bytes, as git does) and text
// that is not valid UTF-8 is decoded with U+FFFD replacements rather than refused. A leading BOM is kept.
import { readFile } from 'node:fs/promises';

export type SourceFile = { kind: 'text'; text: string } | { kind: 'binary' };

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

export function decodeSource(bytes: Uint8Array): SourceFile {
  return isBinary(bytes) ? { kind: 'binary' } : { kind: 'text', text: decodeUtf8(bytes) };
}

/** Throws the fs error (ENOENT, EACCES, EISDIR…) for the caller to report. */
export async function readSource(filePath: string): Promise<SourceFile> {
  return decodeSource(await readFile(filePath));
}
