import type { Lang } from '../i18n/lang.ts';
import type { Meeting } from '../meeting/room.ts';
import type { Profile } from '../profile/profile.ts';
import { formatPin, telUri } from './dial-in.ts';
import { escapeHtml } from './escape-html.ts';
import { closingLine, frameLabel, neutralizeFrames, OPENING_RUN, openingLine } from './frame.ts';
import { validateHtmlTemplate } from './html-template.ts';
import { fillTemplateLines, validateTemplate, type Placeholder, type TemplateValues } from './template.ts';
import { BUILT_IN_TEMPLATES } from './wording.ts';

export interface RenderedInvite {
  readonly text: string;
  readonly html: string;
}

/**
 * What renderInvite's HTML starts and ends with around its frame lines (block.ts's fallback path).
 * The block is a run of sibling paragraphs with no wrapper element: a wrapping `div` that a client
 * turns into `p` would hold paragraphs in a paragraph, which the next HTML parser splits apart,
 * leaving empty shells around the user's text after removal. The `═` runs are hidden from screen
 * readers (which would read out every character); the label is not.
 */
const HIDDEN = '<span aria-hidden="true">';
export const HTML_BLOCK_OPEN = `<p>${HIDDEN}`;
export const HTML_BLOCK_CLOSE = '</span></p>';

type RenderProfile = Pick<Profile, 'appName' | 'templates' | 'dialInNumber' | 'helpUrl' | 'notice'>;

/**
 * The invitation block for a meeting in `lang`, in plain text and in HTML, framed by our opening
 * and closing lines (frame.ts): the join line and URL, then the dial-in number and PIN (only when
 * both are known: a caller needs the two), the help line and the organisation's notice when the
 * profile has them. The organisation's template for `lang` is used when it has one and it is
 * valid (profile validation reports a bad one; here it falls back to the built-in wording rather
 * than print a broken invitation); its HTML version only with its own text version and when
 * validateHtmlTemplate accepts it, else the HTML is made from the text template.
 * Every value is HTML-escaped in the HTML, the URL in href too.
 */
export function renderInvite(profile: RenderProfile, lang: Lang, meeting: Meeting): RenderedInvite {
  const values = templateValues(profile, lang, meeting);
  const own = profile.templates[lang];
  const textTemplate = own !== undefined && validateTemplate(own.text).length === 0 ? own.text : BUILT_IN_TEMPLATES[lang];
  const textLines = fillTemplateLines(textTemplate, values);
  const text = [openingLine(profile.appName), ...textLines, closingLine(profile.appName)].join('\n');

  const htmlTemplate = own?.html !== undefined && own.text === textTemplate && validateHtmlTemplate(own.html).length === 0 ? own.html : undefined;
  const inner = htmlTemplate !== undefined
    ? fillTemplateLines(htmlTemplate, values, { value: (_name, value) => escapeHtml(value) }).join('\n')
    : paragraphs(fillTemplateLines(textTemplate, values, { literal: escapeHtml, value: htmlValue }));
  const html = [
    `${HTML_BLOCK_OPEN}${OPENING_RUN}</span> ${escapeHtml(frameLabel(profile.appName))} ${HIDDEN}${OPENING_RUN}</span></p>`,
    inner,
    `<p>${HIDDEN}${closingLine(profile.appName)}${HTML_BLOCK_CLOSE}`,
  ].join('\n');
  return { text, html };
}

function templateValues(profile: RenderProfile, lang: Lang, meeting: Meeting): TemplateValues {
  const pin = meeting.pin === undefined ? '' : oneLine(meeting.pin);
  const phone = profile.dialInNumber === null || pin === '' ? '' : oneLine(profile.dialInNumber);
  return {
    url: oneLine(meeting.url),
    appName: oneLine(profile.appName),
    phone,
    pin: phone === '' ? '' : formatPin(pin),
    helpUrl: oneLine(profile.helpUrl ?? ''),
    notice: oneLine(noticeFor(profile.notice, lang)),
  };
}

/** The notice in `lang`, else in French, else in any language: a notice an administration must show is never dropped. */
function noticeFor(notice: RenderProfile['notice'], lang: Lang): string {
  if (notice === null) return '';
  return notice[lang] ?? notice.fr ?? Object.values(notice).find((text) => text !== undefined && text.trim() !== '') ?? '';
}

/** Values sit on one line and never draw a frame line (frame.ts). */
function oneLine(value: string): string {
  return neutralizeFrames(value.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** Links where a reader clicks them: the room, the help page, the phone number. */
function htmlValue(name: Placeholder, value: string): string {
  const shown = escapeHtml(value);
  switch (name) {
    // id="LPNoLP": Outlook shows no link-preview card (which it would insert inside our block).
    case 'url': return `<a id="LPNoLP" href="${shown}">${shown}</a>`;
    case 'helpUrl': return `<a href="${shown}">${shown}</a>`;
    case 'phone': return `<a href="${escapeHtml(telUri(value))}">${shown}</a>`;
    default: return shown;
  }
}

/** Text lines to HTML: blank lines separate paragraphs, other line breaks become `<br>`. */
function paragraphs(lines: readonly string[]): string {
  const groups: string[][] = [[]];
  for (const line of lines) {
    if (line === '') groups.push([]);
    else groups[groups.length - 1]?.push(line);
  }
  return groups.filter((group) => group.length > 0).map((group) => `<p>${group.join('<br>\n')}</p>`).join('\n');
}
