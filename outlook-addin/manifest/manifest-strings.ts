import type { Lang } from '../../shared/core/i18n/lang.ts';
import { translate, type Messages } from '../../shared/core/i18n/translate.ts';

/**
 * Every string the manifest shows in Outlook (ribbon, store entry), in the four languages: their one
 * source; the manifest template names them `{{fr:InsertButton.Label}}` and so on.
 * `{appName}` is the meeting service's name and `{productName}` the add-in's, both from the profile.
 * Short strings (labels) must stay ≤ 125 characters, long ones (tooltips, description) ≤ 250:
 * the schema enforces it on the filled-in text.
 */
const fr = {
  'Group.Label': '{appName}',
  'InsertButton.Label': 'Ajouter une réunion {appName}',
  'InsertButton.Tooltip': 'Ajoute le lien d’une réunion {appName} à l’invitation et au lieu, sans rien effacer. Un second clic ne crée pas de doublon.',
  'TaskpaneButton.Label': 'Gérer la réunion {appName}',
  'TaskpaneButton.Tooltip': 'Ouvre le volet {appName} : lien de la réunion, copie, régénération, retrait et réglages.',
  'MailInsertButton.Label': 'Insérer une invitation {appName}',
  'MailInsertButton.Tooltip': 'Insère, à l’emplacement du curseur, une invitation à une nouvelle réunion {appName}.',
  'JoinButton.Label': 'Rejoindre la réunion {appName}',
  'JoinButton.Tooltip': 'Ouvre la réunion {appName} indiquée dans cet élément (corps ou lieu).',
  'MobileButton.Label': 'Réunion {appName}',
  'Addin.Description': 'Ajoutez une réunion {appName} à vos rendez-vous Outlook en un clic, et rejoignez-la en un clic.',
} as const;

export type ManifestStringId = keyof typeof fr;

export const manifestStrings: Messages<ManifestStringId> = {
  fr,
  en: {
    'Group.Label': '{appName}',
    'InsertButton.Label': 'Add a {appName} meeting',
    'InsertButton.Tooltip': 'Adds a {appName} meeting link to the invitation and the location without erasing anything. Clicking again never duplicates it.',
    'TaskpaneButton.Label': 'Manage the {appName} meeting',
    'TaskpaneButton.Tooltip': 'Opens the {appName} pane: meeting link, copy, regenerate, remove and settings.',
    'MailInsertButton.Label': 'Insert a {appName} invitation',
    'MailInsertButton.Tooltip': 'Inserts an invitation to a new {appName} meeting at the cursor.',
    'JoinButton.Label': 'Join the {appName} meeting',
    'JoinButton.Tooltip': 'Opens the {appName} meeting given in this item (body or location).',
    'MobileButton.Label': '{appName} meeting',
    'Addin.Description': 'Add a {appName} meeting to your Outlook appointments in one click, and join it in one click.',
  },
  de: {
    'Group.Label': '{appName}',
    'InsertButton.Label': '{appName}-Besprechung hinzufügen',
    'InsertButton.Tooltip': 'Fügt der Einladung und dem Ort einen {appName}-Besprechungslink hinzu, ohne etwas zu löschen. Ein zweiter Klick erzeugt kein Duplikat.',
    'TaskpaneButton.Label': '{appName}-Besprechung verwalten',
    'TaskpaneButton.Tooltip': 'Öffnet den {appName}-Bereich: Besprechungslink, Kopieren, Neu erzeugen, Entfernen und Einstellungen.',
    'MailInsertButton.Label': '{appName}-Einladung einfügen',
    'MailInsertButton.Tooltip': 'Fügt an der Cursorposition eine Einladung zu einer neuen {appName}-Besprechung ein.',
    'JoinButton.Label': 'An der {appName}-Besprechung teilnehmen',
    'JoinButton.Tooltip': 'Öffnet die in diesem Element (Text oder Ort) angegebene {appName}-Besprechung.',
    'MobileButton.Label': '{appName}-Besprechung',
    'Addin.Description': 'Fügen Sie Ihren Outlook-Terminen mit einem Klick eine {appName}-Besprechung hinzu und nehmen Sie mit einem Klick teil.',
  },
  nl: {
    'Group.Label': '{appName}',
    'InsertButton.Label': '{appName}-vergadering toevoegen',
    'InsertButton.Tooltip': 'Voegt een {appName}-vergaderlink toe aan de uitnodiging en de locatie zonder iets te wissen. Nogmaals klikken maakt geen dubbele link.',
    'TaskpaneButton.Label': '{appName}-vergadering beheren',
    'TaskpaneButton.Tooltip': 'Opent het {appName}-venster: vergaderlink, kopiëren, opnieuw maken, verwijderen en instellingen.',
    'MailInsertButton.Label': '{appName}-uitnodiging invoegen',
    'MailInsertButton.Tooltip': 'Voegt op de cursorpositie een uitnodiging voor een nieuwe {appName}-vergadering in.',
    'JoinButton.Label': 'Deelnemen aan de {appName}-vergadering',
    'JoinButton.Tooltip': 'Opent de {appName}-vergadering die in dit item staat (tekst of locatie).',
    'MobileButton.Label': '{appName}-vergadering',
    'Addin.Description': 'Voeg met één klik een {appName}-vergadering toe aan uw Outlook-afspraken en neem met één klik deel.',
  },
};

/**
 * Outlook wants culture names; French is the default locale, the others are overrides. The template
 * (manifest/outlook/manifest.template.xml) writes them out; build-manifest.test.ts checks that each
 * override carries the string of this language.
 */
export const MANIFEST_LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-US', de: 'de-DE', nl: 'nl-NL' };

export function manifestString(lang: Lang, id: ManifestStringId, names: { appName: string; productName: string }): string {
  return translate(manifestStrings, lang, id, names);
}
