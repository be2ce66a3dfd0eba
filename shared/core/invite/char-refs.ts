/**
 * HTML character references in attribute values, decoded as a browser does before it reads the
 * value (`&#x09;`, `&#9`, `&Tab;`, `&colon;`): html-template.ts checks what the browser will see,
 * not what the author typed. Only the named references that matter for that check (characters a
 * URL parser strips, URL and CSS punctuation) are known; the caller is told when others remain so
 * it can refuse rather than guess what they turn into.
 */
const NAMED: Readonly<Record<string, string>> = {
  Tab: '\t', NewLine: '\n', colon: ':', semi: ';', comma: ',', period: '.', sol: '/', bsol: '\\',
  lpar: '(', rpar: ')', num: '#', quest: '?', equals: '=', plus: '+', excl: '!', commat: '@',
  percnt: '%', lowbar: '_', amp: '&', AMP: '&', lt: '<', LT: '<', gt: '>', GT: '>', quot: '"',
  QUOT: '"', apos: "'", nbsp: '\u00a0', ast: '*', midast: '*', dollar: '$', hyphen: '-', dash: '\u2010',
};

export interface DecodedValue {
  readonly text: string;
  /** Named references left as written because this table does not know them. */
  readonly unknownNamed: boolean;
}

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([a-zA-Z][a-zA-Z0-9]*);)/g;

function fromCodePoint(code: number): string {
  // Like the HTML parser: out-of-range, NUL and surrogates become U+FFFD.
  if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

export function decodeCharacterReferences(value: string): DecodedValue {
  let unknownNamed = false;
  const text = value.replace(REFERENCE, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex.slice(-8), 16) + (hex.replace(/^0+/, '').length > 8 ? 0x110000 : 0));
    if (decimal !== undefined) return fromCodePoint(decimal.replace(/^0+/, '').length > 8 ? 0x110000 : Number(decimal));
    const known = name === undefined ? undefined : NAMED[name];
    if (known === undefined) unknownNamed = true;
    return known ?? whole;
  });
  return { text, unknownNamed };
}
