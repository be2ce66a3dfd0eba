import type { Lang } from '../../shared/core/i18n/lang.ts';
import { translate, type MessageParams, type Messages } from '../../shared/core/i18n/translate.ts';

// The task pane's own words (its item and automatic-Visio sections); the ribbon commands' notices
// are in addin-messages.ts, so the command and event bundles do not carry these.
const fr = {
  paneItemHeading: 'Dans ce rendez-vous',
  paneNoItem: 'Ouvrez un rendez-vous en modification pour y gérer sa réunion {appName}.',
  paneAdd: 'Ajouter la réunion au rendez-vous',
  paneRemove: 'Retirer la réunion',
  paneAutoHeading: 'Nouveaux rendez-vous',
  paneAutoVisio: 'Ajouter automatiquement une réunion {appName} à chaque nouveau rendez-vous',
  paneAutoLocked: 'Défini par votre organisation.',
  paneAutoSaved: 'Choix enregistré ; il vaut sur tous vos Outlook.',
  paneSettings: 'Réglages',
  paneBack: 'Retour à la réunion',
  paneAdded: 'La réunion {appName} est dans le rendez-vous : {url}',
  paneAlreadyThere: 'Ce rendez-vous a déjà sa réunion {appName}.',
  paneRegenerated: 'Nouveau lien {appName} dans le rendez-vous : {url}',
  paneRemoved: 'Réunion {appName} retirée : le texte et le lieu sont revenus à leur état d’avant.',
  paneNothingToRemove: 'Il n’y a pas de réunion {appName} à retirer.',
  paneFailed: 'Outlook a refusé la modification (code {code}). Réessayez dans un instant.',
} as const;

export type PaneMessageKey = keyof typeof fr;

export const paneMessages: Messages<PaneMessageKey> = {
  fr,
  en: {
    paneItemHeading: 'In this appointment',
    paneNoItem: 'Open an appointment for editing to manage its {appName} meeting.',
    paneAdd: 'Add the meeting to the appointment',
    paneRemove: 'Remove the meeting',
    paneAutoHeading: 'New appointments',
    paneAutoVisio: 'Automatically add a {appName} meeting to every new appointment',
    paneAutoLocked: 'Set by your organisation.',
    paneAutoSaved: 'Choice saved; it applies in every Outlook you use.',
    paneSettings: 'Settings',
    paneBack: 'Back to the meeting',
    paneAdded: 'The {appName} meeting is in the appointment: {url}',
    paneAlreadyThere: 'This appointment already has its {appName} meeting.',
    paneRegenerated: 'New {appName} link in the appointment: {url}',
    paneRemoved: '{appName} meeting removed: the text and location are back as they were.',
    paneNothingToRemove: 'There is no {appName} meeting to remove.',
    paneFailed: 'Outlook refused the change (code {code}). Please try again in a moment.',
  },
  de: {
    paneItemHeading: 'In diesem Termin',
    paneNoItem: 'Öffnen Sie einen Termin zum Bearbeiten, um seine {appName}-Besprechung zu verwalten.',
    paneAdd: 'Besprechung zum Termin hinzufügen',
    paneRemove: 'Besprechung entfernen',
    paneAutoHeading: 'Neue Termine',
    paneAutoVisio: 'Jedem neuen Termin automatisch eine {appName}-Besprechung hinzufügen',
    paneAutoLocked: 'Von Ihrer Organisation festgelegt.',
    paneAutoSaved: 'Auswahl gespeichert; sie gilt in jedem Outlook, das Sie verwenden.',
    paneSettings: 'Einstellungen',
    paneBack: 'Zurück zur Besprechung',
    paneAdded: 'Die {appName}-Besprechung ist im Termin: {url}',
    paneAlreadyThere: 'Dieser Termin hat bereits seine {appName}-Besprechung.',
    paneRegenerated: 'Neuer {appName}-Link im Termin: {url}',
    paneRemoved: '{appName}-Besprechung entfernt: Text und Ort sind wieder wie vorher.',
    paneNothingToRemove: 'Es gibt keine {appName}-Besprechung zum Entfernen.',
    paneFailed: 'Outlook hat die Änderung abgelehnt (Code {code}). Bitte gleich erneut versuchen.',
  },
  nl: {
    paneItemHeading: 'In deze afspraak',
    paneNoItem: 'Open een afspraak om te bewerken om de {appName}-vergadering te beheren.',
    paneAdd: 'Vergadering aan de afspraak toevoegen',
    paneRemove: 'Vergadering verwijderen',
    paneAutoHeading: 'Nieuwe afspraken',
    paneAutoVisio: 'Automatisch een {appName}-vergadering toevoegen aan elke nieuwe afspraak',
    paneAutoLocked: 'Ingesteld door uw organisatie.',
    paneAutoSaved: 'Keuze opgeslagen; die geldt in elke Outlook die u gebruikt.',
    paneSettings: 'Instellingen',
    paneBack: 'Terug naar de vergadering',
    paneAdded: 'De {appName}-vergadering staat in de afspraak: {url}',
    paneAlreadyThere: 'Deze afspraak heeft al een {appName}-vergadering.',
    paneRegenerated: 'Nieuwe {appName}-link in de afspraak: {url}',
    paneRemoved: '{appName}-vergadering verwijderd: tekst en locatie zijn weer zoals voorheen.',
    paneNothingToRemove: 'Er is geen {appName}-vergadering om te verwijderen.',
    paneFailed: 'Outlook weigerde de wijziging (code {code}). Probeer het zo opnieuw.',
  },
};

export function sayPane(lang: Lang, key: PaneMessageKey, params: MessageParams = {}): string {
  return translate(paneMessages, lang, key, params);
}
