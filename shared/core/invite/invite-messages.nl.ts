// The nl words of invite-messages.ts, a module of its own so a page loads only its user's language.
import type { InviteMessageKey } from './invite-messages.fr.ts';

export const nl: Readonly<Record<InviteMessageKey, string>> = {
  'template.empty': 'Het uitnodigingssjabloon is leeg.',
  'template.unknownPlaceholder': 'Het sjabloon bevat "{placeholder}", geen bekend veld; mogelijke velden: {known}.',
  'template.unclosedBrace': 'Het sjabloon bevat een "{" die niet wordt gesloten (teken {position}). Schrijf "{{" voor een losse accolade.',
  'template.unopenedBrace': 'Het sjabloon bevat een "}" zonder openende accolade (teken {position}). Schrijf "}}" voor een losse accolade.',
  'template.missingUrl': 'Het sjabloon moet {url} bevatten: zonder link kan niemand aan de vergadering deelnemen.',
  'template.urlLineOptional': 'De regel met {url} bevat ook "{placeholder}", dat leeg kan zijn: zet "{placeholder}" op een andere regel, zodat de link nooit uit de uitnodiging verdwijnt.',
  'template.reservedLine': 'Het sjabloon bevat een lijn van "{character}": zulke lijnen omlijsten uitnodigingsblokken en mogen niet in de tekst staan.',
  'template.htmlForbidden': 'Het HTML-sjabloon bevat "{tag}", dat niet in een uitnodiging thuishoort (scripts, stijlen, frames, formulieren, afbeeldingen en volledige documenten zijn uitgesloten).',
  'template.htmlAttribute': 'Het HTML-sjabloon bevat het attribuut "{attribute}", dat niet is toegestaan (event handlers, javascript:-, data:- of vbscript:-links).',
  'template.htmlStyle': 'Het HTML-sjabloon heeft een "{attribute}"-attribuut dat iets laadt of uitvoert (url(, expression(, @import, image-set(): externe afbeeldingen volgen lezers; houd het bij eenvoudige stijlen (kleuren, marges, vet).',
  'template.htmlUnbalanced': 'Het HTML-sjabloon is onjuist opgebouwd: de tag "{tag}" wordt niet gesloten, of wordt gesloten zonder te zijn geopend.',
};
