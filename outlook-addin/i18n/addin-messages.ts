import type { Lang } from '../../shared/core/i18n/lang.ts';
import { translate, type MessageParams, type Messages } from '../../shared/core/i18n/translate.ts';

// What the add-in says in Outlook's info bar. Outlook cuts notices at 150 characters: keep them short.
const fr = {
  added: 'Réunion {appName} ajoutée : {url}',
  addedAutomatically: 'Réunion {appName} ajoutée automatiquement. Pour la retirer : bouton « Gérer la réunion {appName} ».',
  alreadyThere: 'Ce rendez-vous a déjà sa réunion {appName} ; rien n’a été ajouté en double.',
  foreignBlock: 'Ce rendez-vous contient déjà un lien {appName} ; il a été conservé tel quel.',
  invitationInserted: 'Invitation à la réunion {appName} insérée.',
  noMeeting: 'Aucun lien de réunion {appName} dans cet élément (ni dans le texte ni dans le lieu).',
  openFailed: 'Outlook n’a pas pu ouvrir le navigateur. Lien de la réunion : {url}',
  timeout: 'Outlook n’a pas répondu à temps : la réunion {appName} n’a pas été ajoutée. Réessayez.',
  officeRefused: 'Outlook a refusé la modification (code {code}). Réessayez dans un instant.',
  unexpected: 'Une erreur inattendue a empêché l’opération {appName}. Réessayez.',
  notAppointment: 'Ouvrez un rendez-vous en modification pour y ajouter une réunion {appName}.',
} as const;

export type AddinMessageKey = keyof typeof fr;

export const addinMessages: Messages<AddinMessageKey> = {
  fr,
  en: {
    added: '{appName} meeting added: {url}',
    addedAutomatically: '{appName} meeting added automatically. To remove it: “Manage the {appName} meeting” button.',
    alreadyThere: 'This appointment already has its {appName} meeting; nothing was added twice.',
    foreignBlock: 'This appointment already holds a {appName} link; it was kept as it is.',
    invitationInserted: '{appName} meeting invitation inserted.',
    noMeeting: 'No {appName} meeting link in this item (neither in the text nor in the location).',
    openFailed: 'Outlook could not open the browser. Meeting link: {url}',
    timeout: 'Outlook did not answer in time: the {appName} meeting was not added. Please try again.',
    officeRefused: 'Outlook refused the change (code {code}). Please try again in a moment.',
    unexpected: 'An unexpected error stopped the {appName} action. Please try again.',
    notAppointment: 'Open an appointment for editing to add a {appName} meeting to it.',
  },
  de: {
    added: '{appName}-Besprechung hinzugefügt: {url}',
    addedAutomatically: '{appName}-Besprechung automatisch hinzugefügt. Zum Entfernen: Schaltfläche „{appName}-Besprechung verwalten“.',
    alreadyThere: 'Dieser Termin hat bereits seine {appName}-Besprechung; nichts wurde doppelt hinzugefügt.',
    foreignBlock: 'Dieser Termin enthält bereits einen {appName}-Link; er wurde unverändert beibehalten.',
    invitationInserted: 'Einladung zur {appName}-Besprechung eingefügt.',
    noMeeting: 'Kein {appName}-Besprechungslink in diesem Element (weder im Text noch im Ort).',
    openFailed: 'Outlook konnte den Browser nicht öffnen. Besprechungslink: {url}',
    timeout: 'Outlook hat nicht rechtzeitig geantwortet: Die {appName}-Besprechung wurde nicht hinzugefügt. Bitte erneut versuchen.',
    officeRefused: 'Outlook hat die Änderung abgelehnt (Code {code}). Bitte gleich erneut versuchen.',
    unexpected: 'Ein unerwarteter Fehler hat die {appName}-Aktion verhindert. Bitte erneut versuchen.',
    notAppointment: 'Öffnen Sie einen Termin zum Bearbeiten, um eine {appName}-Besprechung hinzuzufügen.',
  },
  nl: {
    added: '{appName}-vergadering toegevoegd: {url}',
    addedAutomatically: '{appName}-vergadering automatisch toegevoegd. Verwijderen: knop „{appName}-vergadering beheren”.',
    alreadyThere: 'Deze afspraak heeft al een {appName}-vergadering; er is niets dubbel toegevoegd.',
    foreignBlock: 'Deze afspraak bevat al een {appName}-link; die is ongewijzigd gebleven.',
    invitationInserted: 'Uitnodiging voor de {appName}-vergadering ingevoegd.',
    noMeeting: 'Geen {appName}-vergaderlink in dit item (niet in de tekst en niet in de locatie).',
    openFailed: 'Outlook kon de browser niet openen. Vergaderlink: {url}',
    timeout: 'Outlook antwoordde niet op tijd: de {appName}-vergadering is niet toegevoegd. Probeer het opnieuw.',
    officeRefused: 'Outlook weigerde de wijziging (code {code}). Probeer het zo opnieuw.',
    unexpected: 'Een onverwachte fout verhinderde de {appName}-actie. Probeer het opnieuw.',
    notAppointment: 'Open een afspraak om te bewerken om er een {appName}-vergadering aan toe te voegen.',
  },
};

export function sayAddin(lang: Lang, key: AddinMessageKey, params: MessageParams = {}): string {
  return translate(addinMessages, lang, key, params);
}
