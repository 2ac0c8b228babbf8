// Bare URLs in prose ("https://…", "www.…"). remark without GFM keeps them as text, and plain-text files
// have nothing else, so both formats take them out here. Trailing punctuation is trimmed as GFM does.

const BARE_URL = /(?<![\p{L}\p{N}_@.\/-])(?:https?:\/\/|www\.)[^\s<>"\uFFFC]+/giu;
const TRAILING = /[.,:;!?'"’”»)\]}*_~]$/u;

export interface BareUrl {
  /** Index in the text. */
  index: number;
  url: string;
}

export function findBareUrls(text: string): BareUrl[] {
  if (!text.includes('://') && !/www\./i.test(text)) return [];
  const found: BareUrl[] = [];
  for (const match of text.matchAll(BARE_URL)) {
    let url = match[0];
    while (TRAILING.test(url)) {
      // A closing parenthesis stays when it balances one inside the URL (Wikipedia-style links).
      if (url.endsWith(')') && count(url, '(') >= count(url, ')')) break;
      url = url.slice(0, -1);
    }
    const prefix = /^https?:\/\//i.test(url) ? url.indexOf('//') + 2 : 4;
    if (url.length > prefix && /[\p{L}\p{N}]/u.test(url.slice(prefix))) found.push({ index: match.index, url });
  }
  return found;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
