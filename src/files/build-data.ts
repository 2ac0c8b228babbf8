// The build's own data files (the command line's single file, the lexicon snapshot, the given-names list) are
// written in ASCII, every other character as a \u escape, which JavaScript and JSON read back as the same
// character. Such a file becomes a string by a plain copy of its bytes: decoding 2 MB of UTF-8 with a few thousand
// accented letters took ~45 ms of every run's start-up, the copy takes ~5 (Node 20).
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';

/** Reads a build data file: copied when it is ASCII, decoded as UTF-8 otherwise (an older build's file). */
export function readBuildText(file: string | URL): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * JavaScript or JSON text with every non-ASCII character written as \uXXXX (a surrogate pair for characters beyond
 * U+FFFF, which strings, JSON and regular expressions, with or without the u flag, read as one character). A
 * character right after a backslash would change meaning once escaped (« \é » is « é », « \\u00e9 » is not): it
 * is refused, so that the build fails rather than ship a different program.
 */
export function escapeNonAscii(text: string): string {
  return text.replace(/[^\x00-\x7f]/gu, (ch, offset: number) => {
    let slashes = 0;
    for (let i = offset - 1; i >= 0 && text.charCodeAt(i) === 0x5c; i--) slashes++;
    if (slashes % 2 === 1) throw new Error(`escapeNonAscii : caractère ${JSON.stringify(ch)} échappé par une barre oblique inverse, position ${offset}`);
    let out = '';
    for (let i = 0; i < ch.length; i++) out += '\\u' + ch.charCodeAt(i).toString(16).padStart(4, '0');
    return out;
  });
}
