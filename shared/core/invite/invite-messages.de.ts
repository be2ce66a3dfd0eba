// The de words of invite-messages.ts, a module of its own so a page loads only its user's language.
import type { InviteMessageKey } from './invite-messages.fr.ts';

export const de: Readonly<Record<InviteMessageKey, string>> = {
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
};
