// The en words of invite-messages.ts, a module of its own so a page loads only its user's language.
import type { InviteMessageKey } from './invite-messages.fr.ts';

export const en: Readonly<Record<InviteMessageKey, string>> = {
  'template.empty': 'The invitation template is empty.',
  'template.unknownPlaceholder': 'The template contains "{placeholder}", which is not a known field; possible fields: {known}.',
  'template.unclosedBrace': 'The template contains a "{" that is never closed (character {position}). Write "{{" for a literal brace.',
  'template.unopenedBrace': 'The template contains a "}" with no opening brace (character {position}). Write "}}" for a literal brace.',
  'template.missingUrl': 'The template must contain {url}: without the link nobody can join the meeting.',
  'template.urlLineOptional': 'The line holding {url} also holds "{placeholder}", which may be empty: put "{placeholder}" on another line, so that the link never goes missing from the invitation.',
  'template.reservedLine': 'The template contains a line of "{character}": such lines frame invitation blocks and cannot appear in the text.',
  'template.htmlForbidden': 'The HTML template contains "{tag}", which has no place in an invitation (scripts, styles, frames, forms, images and whole documents are excluded).',
  'template.htmlAttribute': 'The HTML template contains the attribute "{attribute}", which is not allowed (event handlers, javascript:, data: or vbscript: links).',
  'template.htmlStyle': 'The HTML template has a "{attribute}" attribute that loads or runs something (url(, expression(, @import, image-set(): remote images track readers; keep to plain styles (colours, margins, bold).',
  'template.htmlUnbalanced': 'The HTML template is malformed: the tag "{tag}" is not closed, or is closed without being opened.',
};
