import type { Lang } from '../i18n/lang.ts';
import { translate, type LocalizedMessage, type Messages } from '../i18n/translate.ts';

/**
 * Words for the errors validateTemplate returns (an organisation's invitation template is wrong).
 * `{position}`, `{placeholder}`, `{known}`, `{character}`, `{tag}`, `{attribute}` are parameters; translate() leaves the
 * other braces (`{url}`, `{{`) as they are, which is what these sentences show.
 */
const fr = {
  'template.empty': "Le modèle d'invitation est vide.",
  'template.unknownPlaceholder': "Le modèle contient « {placeholder} », qui n'est pas un champ connu ; champs possibles : {known}.",
  'template.unclosedBrace': "Le modèle contient une accolade « { » non fermée (caractère {position}). Écrivez « {{ » pour une accolade seule.",
  'template.unopenedBrace': "Le modèle contient une accolade « } » sans accolade ouvrante (caractère {position}). Écrivez « }} » pour une accolade seule.",
  'template.missingUrl': 'Le modèle doit contenir {url} : sans lien, personne ne peut rejoindre la réunion.',
  'template.urlLineOptional': "La ligne qui contient {url} contient aussi « {placeholder} », qui peut être vide : mettez « {placeholder} » sur une autre ligne, pour que le lien ne disparaisse jamais de l'invitation.",
  'template.reservedLine': "Le modèle contient une ligne de « {character} » : ces lignes encadrent les blocs d'invitation et ne peuvent pas figurer dans le texte.",
  'template.htmlForbidden': "Le modèle HTML contient « {tag} », qui n'a pas sa place dans une invitation (scripts, styles, cadres, formulaires, images et documents complets sont exclus).",
  'template.htmlAttribute': "Le modèle HTML contient l'attribut « {attribute} », qui n'est pas autorisé (gestionnaires d'événements, liens javascript:, data: ou vbscript:).",
  'template.htmlStyle': "Le modèle HTML contient un attribut « {attribute} » qui charge ou exécute quelque chose (url(, expression(, @import, image-set() : les images distantes servent à pister les lecteurs ; gardez des styles simples (couleurs, marges, gras).",
  'template.htmlUnbalanced': "Le modèle HTML est mal formé : la balise « {tag} » n'est pas fermée, ou est fermée sans avoir été ouverte.",
} as const;

export type InviteMessageKey = keyof typeof fr;

export const inviteMessages: Messages<InviteMessageKey> = {
  fr,
  en: {
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
  },
  de: {
    'template.empty': 'Die Einladungsvorlage ist leer.',
    'template.unknownPlaceholder': 'Die Vorlage enthält „{placeholder}“, kein bekanntes Feld; mögliche Felder: {known}.',
    'template.unclosedBrace': 'Die Vorlage enthält eine nicht geschlossene „{“ (Zeichen {position}). Schreiben Sie „{{“ für eine einzelne Klammer.',
    'template.unopenedBrace': 'Die Vorlage enthält eine „}“ ohne öffnende Klammer (Zeichen {position}). Schreiben Sie „}}“ für eine einzelne Klammer.',
    'template.missingUrl': 'Die Vorlage muss {url} enthalten: Ohne Link kann niemand an der Besprechung teilnehmen.',
    'template.urlLineOptional': 'Die Zeile mit {url} enthält auch „{placeholder}“, das leer sein kann: Setzen Sie „{placeholder}“ in eine andere Zeile, damit der Link nie aus der Einladung verschwindet.',
    'template.reservedLine': 'Die Vorlage enthält eine Linie aus „{character}“: Solche Linien rahmen Einladungsblöcke ein und dürfen nicht im Text stehen.',
    'template.htmlForbidden': 'Die HTML-Vorlage enthält „{tag}“, das in einer Einladung nichts zu suchen hat (Skripte, Stile, Frames, Formulare, Bilder und ganze Dokumente sind ausgeschlossen).',
    'template.htmlAttribute': 'Die HTML-Vorlage enthält das Attribut „{attribute}“, das nicht erlaubt ist (Ereignisbehandler, javascript:-, data:- oder vbscript:-Links).',
    'template.htmlStyle': 'Die HTML-Vorlage hat ein „{attribute}“-Attribut, das etwas lädt oder ausführt (url(, expression(, @import, image-set(): Externe Bilder verfolgen Leser; verwenden Sie nur einfache Stile (Farben, Abstände, fett).',
    'template.htmlUnbalanced': 'Die HTML-Vorlage ist fehlerhaft: Das Tag „{tag}“ wird nicht geschlossen oder ohne Öffnung geschlossen.',
  },
  nl: {
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
  },
};

export function isInviteMessageKey(key: string): key is InviteMessageKey {
  return Object.hasOwn(fr, key);
}

/** Words one of validateTemplate's errors in `lang`; other keys are left to formatCoreMessage. */
export function formatInviteMessage(lang: Lang, message: LocalizedMessage): string {
  if (!isInviteMessageKey(message.key)) return message.key;
  return translate(inviteMessages, lang, message.key, message.params ?? {});
}
