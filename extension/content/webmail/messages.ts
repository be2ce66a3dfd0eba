// Words of the in-editor button group. French first; every key exists in all four languages
// (the Messages type makes a missing one a compile error).
import type { Messages } from '../../../shared/core/i18n/translate.ts';

export type WebmailMessageKey =
  | 'add' | 'addTitle' | 'join' | 'joinTitle' | 'joinOther' | 'remove' | 'removeTitle'
  | 'group' | 'added' | 'removed' | 'notStored' | 'noField' | 'quickAdd' | 'policyBlocked' | 'loadFailed';

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
    notStored: 'Le lien n’a pas pu être écrit dans le champ « {field} » : l’agenda ne l’a pas pris en compte. Copiez-le : {url}',
    noField: 'Cet éditeur n’a ni lieu ni description modifiable : impossible d’ajouter la réunion.',
    quickAdd: 'Ajouter une réunion {app} (ouvre l’éditeur complet)',
    policyBlocked: 'La configuration de votre organisation est illisible : aucun lien {app} n’est créé. Contactez votre service informatique.',
    loadFailed: 'Les boutons {app} n’ont pas pu être chargés dans cet éditeur. Fermez l’événement et rouvrez-le pour réessayer.',
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
    notStored: 'The link could not be written into the “{field}” field: the calendar did not take it. Copy it: {url}',
    noField: 'This editor has no editable location or description: the meeting cannot be added.',
    quickAdd: 'Add a {app} meeting (opens the full editor)',
    policyBlocked: 'Your organisation’s configuration cannot be read: no {app} link is created. Contact your IT department.',
    loadFailed: 'The {app} buttons could not be loaded into this editor. Close the event and open it again to retry.',
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
    notStored: 'Der Link konnte nicht in das Feld „{field}“ geschrieben werden: Der Kalender hat ihn nicht übernommen. Kopieren Sie ihn: {url}',
    noField: 'Dieser Editor hat weder einen bearbeitbaren Ort noch eine Beschreibung: Die Besprechung kann nicht hinzugefügt werden.',
    quickAdd: '{app}-Besprechung hinzufügen (öffnet den vollständigen Editor)',
    policyBlocked: 'Die Konfiguration Ihrer Organisation ist nicht lesbar: Es wird kein {app}-Link erstellt. Wenden Sie sich an Ihre IT-Abteilung.',
    loadFailed: 'Die {app}-Schaltflächen konnten in diesem Editor nicht geladen werden. Schließen Sie den Termin und öffnen Sie ihn erneut, um es noch einmal zu versuchen.',
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
    notStored: 'De link kon niet in het veld “{field}” worden geschreven: de agenda heeft hem niet overgenomen. Kopieer hem: {url}',
    noField: 'Deze editor heeft geen bewerkbare locatie of beschrijving: de vergadering kan niet worden toegevoegd.',
    quickAdd: '{app}-vergadering toevoegen (opent de volledige editor)',
    policyBlocked: 'De configuratie van uw organisatie is onleesbaar: er wordt geen {app}-link gemaakt. Neem contact op met uw IT-afdeling.',
    loadFailed: 'De {app}-knoppen konden niet in deze editor worden geladen. Sluit de afspraak en open hem opnieuw om het nog eens te proberen.',
  },
};

/** Field names for the "did not stick" error (the webmail's own label text is not trusted). */
export const fieldNames: Messages<'location' | 'description'> = {
  fr: { location: 'Lieu', description: 'Description' },
  en: { location: 'Location', description: 'Description' },
  de: { location: 'Ort', description: 'Beschreibung' },
  nl: { location: 'Locatie', description: 'Beschrijving' },
};
