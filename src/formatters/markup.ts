// Escaping for the XML and HTML reports: a post's words are text, never markup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe in an element or a quoted attribute of XML 1.0 or HTML. Characters that XML 1.0 forbids even as
 * references (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD: a parser would reject the file.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(/[&<>"']/gu, (c) => ENTITIES[c])
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '\ufffd');
}
