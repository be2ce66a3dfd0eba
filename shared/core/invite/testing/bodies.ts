// fast-check generators of event bodies as users and mail clients make them: paragraphs in many
// scripts (emoji, right-to-left), links (Visio, Teams, look-alikes), signatures, tables, lists,
// Word HTML documents, broken HTML, and text that looks like our frame or Meet's without being a block.
import fc from 'fast-check';

const WORDS = ['Bonjour', 'réunion', 'ordre du jour', 'Grüße', 'vergadering', 'שלום עולם', 'مرحبا بالعالم', '👩‍💻', '🇫🇷', '📅 10h', 'naïve café', '&', '<>', '"quotes"', "l'équipe", 'a\u00a0b', '\u200f', 'x'.repeat(80)];
const LINKS = [
  'https://visio.numerique.gouv.fr/abc-defg-hij',
  'https://visio.numerique.gouv.fr/ABCDEFGHIJ',
  'https://visio.numerique.gouv.fr.example.net/abc-defg-hij',
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
  'https://zoom.us/j/1234567890?pwd=abc',
  'https://example.org/page?a=1&b=2',
  'mailto:marie.dupont@numerique.gouv.fr',
];
/** Lines that resemble frames (ours or Meet's) but never make a complete block on their own. */
const LOOKALIKES = [
  '═'.repeat(40), '═'.repeat(8), '════════ Visio ════════', '════════════ Visio ════════════ sans lien',
  '─'.repeat(40), '─'.repeat(9), '=========', '-- ', '___', '╔══════╗',
];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ maxLength: 12 }));
const phrase = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const textLine = fc.oneof(
  { weight: 5, arbitrary: phrase },
  { weight: 2, arbitrary: fc.constantFrom(...LINKS) },
  { weight: 2, arbitrary: fc.constantFrom(...LOOKALIKES) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);
const eol = fc.constantFrom('\n', '\r\n', '\r');

/** Plain-text descriptions: lines joined by any line ending, sometimes with a trailing one. */
export const textBody = fc.tuple(fc.array(textLine, { maxLength: 30 }), eol, fc.boolean())
  .map(([lines, end, trailing]) => lines.join(end) + (trailing ? end : ''));

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = fc.oneof(
  { weight: 4, arbitrary: phrase.map(escapeText) },
  { weight: 1, arbitrary: phrase.map((text) => `<b>${escapeText(text)}</b>`) },
  { weight: 1, arbitrary: fc.constantFrom(...LINKS).map((link) => `<a href="${link.replace(/&/g, '&amp;')}">${escapeText(link)}</a>`) },
  { weight: 1, arbitrary: fc.constantFrom(...LOOKALIKES) },
  { weight: 1, arbitrary: fc.constantFrom('<br>', '<br/>', '&nbsp;', '&#9552;&#9552;', '<img src="cid:logo" alt="">', '<o:p></o:p>', '<span style="color:red">!</span>') },
);
const inlines = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

const { html: block } = fc.letrec<{ html: string }>((tie) => ({
  html: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    inlines.map((content) => `<p>${content}</p>`),
    inlines.map((content) => `<div class="elementToProof" data-x="1">${content}</div>`),
    fc.array(inlines, { minLength: 1, maxLength: 4 }).map((items) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`),
    fc.array(fc.array(inlines, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
      .map((rows) => `<table border="1"><tr>${rows.map((cells) => cells.map((cell) => `<td>${cell}</td>`).join('')).join('</tr><tr>')}</tr></table>`),
    fc.array(tie('html'), { maxLength: 3 }).map((children) => `<div id="Signature">${children.join('\n')}</div>`),
    fc.constantFrom('<!-- commentaire -->', '<style>p { margin: 0 }</style>', '<p dir="rtl">שלום</p>', '<hr>', '\r\n'),
  ),
}));

const fragment = fc.array(block, { maxLength: 12 }).map((blocks) => blocks.join(''));
const wholeDocument = fc.tuple(fragment, fc.constantFrom('word', 'mac', 'doctype'))
  .map(([content, kind]) => kind === 'word'
    ? `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\r\n<style><!-- p.MsoNormal {margin:0} --></style></head>\r\n<body lang="FR"><div class="WordSection1">${content}</div></body></html>\r\n`
    : kind === 'mac' ? `<html><head><meta charset="UTF-8"></head><body>${content}</body></html>` : `<!DOCTYPE html>\n<html><body>${content}</body></html>`);
/** Broken markup: any characters HTML cares about, unterminated comments, tags and scripts. */
const broken = fc.oneof(
  fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '-', '"', "'", '=', '&', ';', 'a', 'p', ' ', '═', '─', '\n'), maxLength: 60 }),
  fc.tuple(fragment, fc.constantFrom('<!-- pas fini', '<a href="x', '<script>var a = 1;', '<style>', '<textarea>', '</', '<', '<!DOCTYPE')).map(([content, tail]) => content + tail),
);

/** HTML bodies: fragments, whole documents (Word, Mac), broken markup. */
export const htmlBody = fc.oneof({ weight: 4, arbitrary: fragment }, { weight: 2, arbitrary: wholeDocument }, { weight: 1, arbitrary: broken });

/** A body of about `size` characters, made of `unit` repeated. */
export function repeatToSize(unit: string, size: number): string {
  if (unit === '') return unit;
  return unit.repeat(Math.ceil(size / unit.length));
}
