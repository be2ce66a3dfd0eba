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
  },
};

export function sayPane(lang: Lang, key: PaneMessageKey, params: MessageParams = {}): string {
  return translate(paneMessages, lang, key, params);
}
