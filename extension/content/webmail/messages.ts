// Words of the in-editor button group. French first; every key exists in all four languages
// (the Messages type makes a missing one a compile error).
import type { Messages } from '../../../shared/core/i18n/translate.ts';
import { LOAD_FAILED_DE, LOAD_FAILED_EN, LOAD_FAILED_FR, LOAD_FAILED_NL } from './load-failed-words.ts';

export type WebmailMessageKey =
  | 'add' | 'addTitle' | 'join' | 'joinTitle' | 'joinOther' | 'remove' | 'removeTitle'
  | 'group' | 'added' | 'removed' | 'already' | 'notStored' | 'notRemoved' | 'noField' | 'quickAdd' | 'handOverFailed'
  | 'policyBlocked' | 'settingsUnavailable' | 'loadFailed';

export const webmailMessages: Messages<WebmailMessageKey> = {
  fr: {
    add: 'Ajouter une réunion {app}',
    addTitle: 'Ajoute un lien {app} au lieu et l’invitation à la description',
    join: 'Rejoindre la réunion',
    joinTitle: 'Ouvre {url} dans un nouvel onglet',
    joinOther: 'Rejoindre la réunion ({provider})',
    remove: 'Retirer la réunion {app}',
    removeTitle: 'Retire le lien {app} et son invitation de l’événement',
    group: 'Réunion {app}',
    added: 'Réunion {app} ajoutée. Pensez à enregistrer l’événement.',
    removed: 'Réunion {app} retirée.',
    already: 'Cet événement a déjà une réunion : utilisez « Rejoindre la réunion ».',
    notStored: 'Le lien n’a pas pu être écrit dans le champ « {field} » : l’agenda ne l’a pas pris en compte. Copiez-le : {url}',
    notRemoved: 'La réunion n’a pas pu être retirée du champ « {field} » : l’agenda n’a pas pris en compte la modification. Retirez-la à la main.',
    noField: 'Cet éditeur n’a ni lieu ni description modifiable : impossible d’ajouter la réunion.',
    quickAdd: 'Ajouter une réunion {app} (ouvre l’éditeur complet)',
    handOverFailed: 'L’éditeur complet n’a pas pu être ouvert. Ouvrez-le vous-même, puis cliquez sur « Ajouter une réunion {app} ».',
    policyBlocked: 'La configuration de votre organisation est illisible : aucun lien {app} n’est créé. Contactez votre service informatique.',
    settingsUnavailable: 'Les réglages de l’extension {app} n’ont pas pu être lus. Réessayez dans un instant ; si cela dure, rechargez la page.',
    loadFailed: LOAD_FAILED_FR,
  },
  en: {
    add: 'Add a {app} meeting',
    addTitle: 'Adds a {app} link to the location and the invitation to the description',
    join: 'Join the meeting',
    joinTitle: 'Opens {url} in a new tab',
    joinOther: 'Join the meeting ({provider})',
    remove: 'Remove the {app} meeting',
    removeTitle: 'Removes the {app} link and its invitation from the event',
    group: '{app} meeting',
    added: '{app} meeting added. Remember to save the event.',
    removed: '{app} meeting removed.',
    already: 'This event already has a meeting: use “Join the meeting”.',
    notStored: 'The link could not be written into the “{field}” field: the calendar did not take it. Copy it: {url}',
    notRemoved: 'The meeting could not be removed from the “{field}” field: the calendar did not take the change. Remove it by hand.',
    noField: 'This editor has no editable location or description: the meeting cannot be added.',
    quickAdd: 'Add a {app} meeting (opens the full editor)',
    handOverFailed: 'The full editor could not be opened. Open it yourself, then click “Add a {app} meeting”.',
    policyBlocked: 'Your organisation’s configuration cannot be read: no {app} link is created. Contact your IT department.',
    settingsUnavailable: 'The {app} extension’s settings could not be read. Try again in a moment; if it persists, reload the page.',
    loadFailed: LOAD_FAILED_EN,
  },
  de: {
    add: '{app}-Besprechung hinzufügen',
    addTitle: 'Fügt einen {app}-Link in den Ort und die Einladung in die Beschreibung ein',
    join: 'An der Besprechung teilnehmen',
    joinTitle: 'Öffnet {url} in einem neuen Tab',
    joinOther: 'An der Besprechung teilnehmen ({provider})',
    remove: '{app}-Besprechung entfernen',
    removeTitle: 'Entfernt den {app}-Link und seine Einladung aus dem Termin',
    group: '{app}-Besprechung',
    added: '{app}-Besprechung hinzugefügt. Denken Sie daran, den Termin zu speichern.',
    removed: '{app}-Besprechung entfernt.',
    already: 'Dieser Termin hat bereits eine Besprechung: Verwenden Sie „An der Besprechung teilnehmen“.',
    notStored: 'Der Link konnte nicht in das Feld „{field}“ geschrieben werden: Der Kalender hat ihn nicht übernommen. Kopieren Sie ihn: {url}',
    notRemoved: 'Die Besprechung konnte nicht aus dem Feld „{field}“ entfernt werden: Der Kalender hat die Änderung nicht übernommen. Entfernen Sie sie von Hand.',
    noField: 'Dieser Editor hat weder einen bearbeitbaren Ort noch eine Beschreibung: Die Besprechung kann nicht hinzugefügt werden.',
    quickAdd: '{app}-Besprechung hinzufügen (öffnet den vollständigen Editor)',
    handOverFailed: 'Der vollständige Editor konnte nicht geöffnet werden. Öffnen Sie ihn selbst und klicken Sie dann auf „{app}-Besprechung hinzufügen“.',
    policyBlocked: 'Die Konfiguration Ihrer Organisation ist nicht lesbar: Es wird kein {app}-Link erstellt. Wenden Sie sich an Ihre IT-Abteilung.',
    settingsUnavailable: 'Die Einstellungen der {app}-Erweiterung konnten nicht gelesen werden. Versuchen Sie es gleich noch einmal; wenn es anhält, laden Sie die Seite neu.',
    loadFailed: LOAD_FAILED_DE,
  },
  nl: {
    add: '{app}-vergadering toevoegen',
    addTitle: 'Voegt een {app}-link toe aan de locatie en de uitnodiging aan de beschrijving',
    join: 'Deelnemen aan de vergadering',
    joinTitle: 'Opent {url} in een nieuw tabblad',
    joinOther: 'Deelnemen aan de vergadering ({provider})',
    remove: '{app}-vergadering verwijderen',
    removeTitle: 'Verwijdert de {app}-link en de uitnodiging uit de afspraak',
    group: '{app}-vergadering',
    added: '{app}-vergadering toegevoegd. Vergeet niet de afspraak op te slaan.',
    removed: '{app}-vergadering verwijderd.',
    already: 'Deze afspraak heeft al een vergadering: gebruik “Deelnemen aan de vergadering”.',
    notStored: 'De link kon niet in het veld “{field}” worden geschreven: de agenda heeft hem niet overgenomen. Kopieer hem: {url}',
    notRemoved: 'De vergadering kon niet uit het veld “{field}” worden verwijderd: de agenda heeft de wijziging niet overgenomen. Verwijder hem met de hand.',
    noField: 'Deze editor heeft geen bewerkbare locatie of beschrijving: de vergadering kan niet worden toegevoegd.',
    quickAdd: '{app}-vergadering toevoegen (opent de volledige editor)',
    handOverFailed: 'De volledige editor kon niet worden geopend. Open hem zelf en klik dan op “{app}-vergadering toevoegen”.',
    policyBlocked: 'De configuratie van uw organisatie is onleesbaar: er wordt geen {app}-link gemaakt. Neem contact op met uw IT-afdeling.',
    settingsUnavailable: 'De instellingen van de {app}-extensie konden niet worden gelezen. Probeer het zo opnieuw; als het aanhoudt, laad de pagina opnieuw.',
    loadFailed: LOAD_FAILED_NL,
  },
};

/** Field names for the "did not stick" error (the webmail's own label text is not trusted). */
export const fieldNames: Messages<'location' | 'description'> = {
  fr: { location: 'Lieu', description: 'Description' },
  en: { location: 'Location', description: 'Description' },
  de: { location: 'Ort', description: 'Beschreibung' },
  nl: { location: 'Locatie', description: 'Beschrijving' },
};
