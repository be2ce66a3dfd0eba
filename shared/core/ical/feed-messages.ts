// Words for what can go wrong with a calendar feed, in the product's four languages. Kept next to
// the feed code (the core's message table belongs to another module); same LocalizedMessage shape.
import type { Lang } from '../i18n/lang.ts';
import { translate, type LocalizedMessage, type Messages } from '../i18n/translate.ts';

const fr = {
  'feed.url.invalid': "« {input} » n'est pas l'adresse d'un agenda (exemple : https://… ou webcal://…).",
  'feed.url.insecure': "L'adresse de l'agenda doit commencer par https:// ou webcal:// : elle est secrète et ne doit pas circuler en clair.",
  'feed.unauthorized': "Le serveur refuse l'accès à l'agenda (erreur {status}) : l'adresse secrète a peut-être été changée ou révoquée.",
  'feed.notFound': "Cet agenda n'existe plus à cette adresse (erreur {status}).",
  'feed.httpError': "Le serveur de l'agenda a répondu par une erreur ({status}). Réessayez plus tard.",
  'feed.loginPage': "Le serveur a renvoyé vers une page de connexion au lieu de l'agenda : utilisez l'adresse secrète (ICS) de l'agenda.",
  'feed.htmlPage': "Le serveur a renvoyé une page web au lieu d'un agenda : vérifiez que l'adresse est bien celle du flux ICS.",
  'feed.empty': "Le serveur a renvoyé un agenda vide.",
  'feed.notCalendar': "La réponse du serveur n'est pas un agenda au format iCalendar.",
  'feed.tooLarge': "L'agenda dépasse la taille maximale acceptée ({limit} Mo).",
  'feed.timeout': "Le serveur de l'agenda n'a pas répondu à temps.",
  'feed.network': "Impossible de joindre le serveur de l'agenda.",
} as const;

export type FeedMessageKey = keyof typeof fr;

export const feedMessages: Messages<FeedMessageKey> = {
  fr,
  en: {
    'feed.url.invalid': '"{input}" is not a calendar address (for example https://… or webcal://…).',
    'feed.url.insecure': 'The calendar address must start with https:// or webcal://: it is secret and must not travel unencrypted.',
    'feed.unauthorized': 'The server refuses access to the calendar (error {status}): the secret address may have been changed or revoked.',
    'feed.notFound': 'This calendar no longer exists at this address (error {status}).',
    'feed.httpError': 'The calendar server answered with an error ({status}). Try again later.',
    'feed.loginPage': "The server redirected to a sign-in page instead of the calendar: use the calendar's secret (ICS) address.",
    'feed.htmlPage': 'The server sent a web page instead of a calendar: check that the address is the ICS feed.',
    'feed.empty': 'The server sent an empty calendar.',
    'feed.notCalendar': "The server's answer is not an iCalendar calendar.",
    'feed.tooLarge': 'The calendar is larger than the accepted maximum ({limit} MB).',
    'feed.timeout': 'The calendar server did not answer in time.',
    'feed.network': 'The calendar server cannot be reached.',
  },
  de: {
    'feed.url.invalid': '„{input}“ ist keine Kalenderadresse (zum Beispiel https://… oder webcal://…).',
    'feed.url.insecure': 'Die Kalenderadresse muss mit https:// oder webcal:// beginnen: Sie ist geheim und darf nicht unverschlüsselt übertragen werden.',
    'feed.unauthorized': 'Der Server verweigert den Zugriff auf den Kalender (Fehler {status}): Die geheime Adresse wurde möglicherweise geändert oder widerrufen.',
    'feed.notFound': 'Unter dieser Adresse gibt es diesen Kalender nicht mehr (Fehler {status}).',
    'feed.httpError': 'Der Kalenderserver hat mit einem Fehler geantwortet ({status}). Versuchen Sie es später erneut.',
    'feed.loginPage': 'Der Server hat auf eine Anmeldeseite statt auf den Kalender weitergeleitet: Verwenden Sie die geheime (ICS-)Adresse des Kalenders.',
    'feed.htmlPage': 'Der Server hat eine Webseite statt eines Kalenders gesendet: Prüfen Sie, ob die Adresse der ICS-Feed ist.',
    'feed.empty': 'Der Server hat einen leeren Kalender gesendet.',
    'feed.notCalendar': 'Die Antwort des Servers ist kein iCalendar-Kalender.',
    'feed.tooLarge': 'Der Kalender ist größer als das zulässige Maximum ({limit} MB).',
    'feed.timeout': 'Der Kalenderserver hat nicht rechtzeitig geantwortet.',
    'feed.network': 'Der Kalenderserver ist nicht erreichbar.',
  },
  nl: {
    'feed.url.invalid': '"{input}" is geen agenda-adres (bijvoorbeeld https://… of webcal://…).',
    'feed.url.insecure': 'Het agenda-adres moet beginnen met https:// of webcal://: het is geheim en mag niet onversleuteld worden verstuurd.',
    'feed.unauthorized': 'De server weigert toegang tot de agenda (fout {status}): het geheime adres is mogelijk gewijzigd of ingetrokken.',
    'feed.notFound': 'Deze agenda bestaat niet meer op dit adres (fout {status}).',
    'feed.httpError': 'De agendaserver antwoordde met een fout ({status}). Probeer het later opnieuw.',
    'feed.loginPage': 'De server stuurde door naar een aanmeldpagina in plaats van de agenda: gebruik het geheime (ICS-)adres van de agenda.',
    'feed.htmlPage': 'De server stuurde een webpagina in plaats van een agenda: controleer of het adres de ICS-feed is.',
    'feed.empty': 'De server stuurde een lege agenda.',
    'feed.notCalendar': 'Het antwoord van de server is geen iCalendar-agenda.',
    'feed.tooLarge': 'De agenda is groter dan het toegestane maximum ({limit} MB).',
    'feed.timeout': 'De agendaserver antwoordde niet op tijd.',
    'feed.network': 'De agendaserver is niet bereikbaar.',
  },
};

export function formatFeedMessage(lang: Lang, message: LocalizedMessage): string {
  return translate(feedMessages, lang, message.key as FeedMessageKey, message.params);
}
