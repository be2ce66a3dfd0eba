// Escaping for the manifest template: one function, used for every value the build puts into XML.

/** Characters XML 1.0 cannot carry at all, not even as a character reference. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function isXmlText(value: string): boolean {
  return !NOT_XML.test(value);
}

/**
 * Safe both as attribute value and as element text. Tab, CR and LF become references, since a parser
 * turns them into spaces inside an attribute value (XML 1.0 §3.3.3).
 */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
