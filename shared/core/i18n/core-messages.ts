import { inviteMessages, isInviteMessageKey } from '../invite/invite-messages.ts';
import type { Lang } from './lang.ts';
import { translate, type LocalizedMessage, type Messages } from './translate.ts';

/**
 * Words for every error the core returns. Core code returns `LocalizedMessage`s (key + params);
 * each UI (popup, options page, add-in, CLI, build script) words them here in its user's language.
 * French first: it is the product's first language and the fallback.
 */
const fr = {
  'instanceUrl.empty': "Indiquez l'adresse de votre service Visio (par exemple visio.numerique.gouv.fr).",
  'instanceUrl.spaces': "L'adresse « {input} » contient des espaces : une adresse web n'en a pas.",
  'instanceUrl.invalid': "« {input} » n'est pas une adresse web valide (exemple : https://visio.numerique.gouv.fr).",
  'instanceUrl.scheme': "L'adresse doit commencer par https:// (« {scheme}: » n'est pas accepté).",
  'instanceUrl.http': "L'adresse doit utiliser https:// ; http:// n'est accepté que pour localhost.",
  'instanceUrl.credentials': "L'adresse ne doit pas contenir d'identifiant ni de mot de passe (partie avant « @ »).",
  'instanceUrl.query': "L'adresse ne doit pas contenir de paramètres (partie après « ? »).",
  'instanceUrl.fragment': "L'adresse ne doit pas contenir d'ancre (partie après « # »).",
  'instanceUrl.host': "Le nom de serveur « {host} » n'est pas valide.",
  'instanceUrl.port': "Le port « {port} » n'est pas valide (un nombre entre 1 et 65535).",
  'instanceUrl.path': "Le chemin « {path} » n'est pas valide pour l'adresse d'un service Visio.",
  'instanceUrl.meetingLink': "Cette adresse est le lien d'une réunion, pas l'adresse du service Visio : indiquez {instance}.",
  'duration.range': 'La durée doit être un nombre entier de minutes entre {min} et {max}.',
  'profile.notObject': 'Le profil doit être un objet JSON ({ … }).',
  'profile.unknownField': 'Champ inconnu (faute de frappe ?) ; champs connus : {known}.',
  'profile.string': 'Doit être un texte non vide.',
  'profile.boolean': 'Doit valoir true ou false.',
  'profile.array': 'Doit être une liste ([ … ]).',
  'profile.object': 'Doit être un objet ({ … }).',
  'profile.oneOf': '« {value} » n\'est pas accepté ; valeurs possibles : {allowed}.',
  'profile.languagesEmpty': 'Indiquez au moins une langue.',
  'profile.language': "« {value} » n'est pas une langue prise en charge ({allowed}).",
  'profile.languageTwice': 'La langue « {value} » figure deux fois.',
  'profile.dialIn': "« {value} » n'est pas un numéro de téléphone valide (exemple : +33 1 23 45 67 89).",
  'profile.httpsUrl': "« {value} » n'est pas une adresse https:// valide.",
  'profile.noticeEmpty': 'La mention ne doit pas être vide.',
  'profile.webmailOrigin': "« {value} » doit être une origine https:// sans chemin (exemple : https://mail.exemple.fr).",
  'profile.guid': "« {value} » n'est pas un GUID (exemple : 6f1c8a52-3d47-4b8e-9a0f-2c5e7d91b3a4).",
  'profile.instanceTwice': "L'instance « {value} » figure deux fois.",
  'profile.geckoId': "« {value} » n'est pas un identifiant d'extension Firefox (exemple : visio@exemple.fr).",
  'profile.tooLong': 'Trop long : {max} caractères au plus.',
  'profile.noticeMissing': 'La mention doit exister dans chaque langue proposée ; il manque « {value} ».',
  'profile.defaultIdLeftOut': "Absent de ce profil : la valeur du profil par défaut, « {value} », est utilisée, alors que cet identifiant doit être propre à votre organisation.",
  'profile.defaultIdCopied': "« {value} » est la valeur du profil par défaut : cet identifiant doit être propre à votre organisation.",
  'policy.notObject': "La stratégie de l'organisation est illisible : ce doit être un objet JSON.",
  'policy.unknownField': "La stratégie de l'organisation contient un champ inconnu.",
  'policy.lockNotBoolean': 'Un verrou de stratégie doit valoir true ou false.',
  'settings.unknownField': 'Ce réglage ne peut pas être modifié par l\'utilisateur.',
} as const;

export type CoreMessageKey = keyof typeof fr;

export const coreMessages: Messages<CoreMessageKey> = {
  fr,
  en: {
    'instanceUrl.empty': 'Enter the address of your Visio service (for example visio.numerique.gouv.fr).',
    'instanceUrl.spaces': 'The address "{input}" contains spaces: a web address has none.',
    'instanceUrl.invalid': '"{input}" is not a valid web address (example: https://visio.numerique.gouv.fr).',
    'instanceUrl.scheme': 'The address must start with https:// ("{scheme}:" is not accepted).',
    'instanceUrl.http': 'The address must use https://; http:// is accepted for localhost only.',
    'instanceUrl.credentials': 'The address must not contain a user name or password (the part before "@").',
    'instanceUrl.query': 'The address must not contain parameters (the part after "?").',
    'instanceUrl.fragment': 'The address must not contain an anchor (the part after "#").',
    'instanceUrl.host': 'The server name "{host}" is not valid.',
    'instanceUrl.port': 'The port "{port}" is not valid (a number from 1 to 65535).',
    'instanceUrl.path': 'The path "{path}" is not valid for a Visio service address.',
    'instanceUrl.meetingLink': 'This is a meeting link, not the address of the Visio service: use {instance}.',
    'duration.range': 'The duration must be a whole number of minutes from {min} to {max}.',
    'profile.notObject': 'The profile must be a JSON object ({ … }).',
    'profile.unknownField': 'Unknown field (a typo?); known fields: {known}.',
    'profile.string': 'Must be a non-empty text.',
    'profile.boolean': 'Must be true or false.',
    'profile.array': 'Must be a list ([ … ]).',
    'profile.object': 'Must be an object ({ … }).',
    'profile.oneOf': '"{value}" is not accepted; possible values: {allowed}.',
    'profile.languagesEmpty': 'Give at least one language.',
    'profile.language': '"{value}" is not a supported language ({allowed}).',
    'profile.languageTwice': 'The language "{value}" is listed twice.',
    'profile.dialIn': '"{value}" is not a valid phone number (example: +33 1 23 45 67 89).',
    'profile.httpsUrl': '"{value}" is not a valid https:// address.',
    'profile.noticeEmpty': 'The notice must not be empty.',
    'profile.webmailOrigin': '"{value}" must be an https:// origin without a path (example: https://mail.example.org).',
    'profile.guid': '"{value}" is not a GUID (example: 6f1c8a52-3d47-4b8e-9a0f-2c5e7d91b3a4).',
    'profile.instanceTwice': 'The instance "{value}" is listed twice.',
    'profile.geckoId': '"{value}" is not a Firefox extension id (example: visio@example.org).',
    'profile.tooLong': 'Too long: {max} characters at most.',
    'profile.noticeMissing': 'The notice must exist in every language offered; "{value}" is missing.',
    'profile.defaultIdLeftOut': 'Missing from this profile: the default profile\'s value "{value}" is used, but this id must be unique to your organisation.',
    'profile.defaultIdCopied': '"{value}" is the default profile\'s value: this id must be unique to your organisation.',
    'policy.notObject': "Your organisation's policy cannot be read: it must be a JSON object.",
    'policy.unknownField': "Your organisation's policy contains an unknown field.",
    'policy.lockNotBoolean': 'A policy lock must be true or false.',
    'settings.unknownField': 'This setting cannot be changed by the user.',
  },
  de: {
    'instanceUrl.empty': 'Geben Sie die Adresse Ihres Visio-Dienstes ein (zum Beispiel visio.numerique.gouv.fr).',
    'instanceUrl.spaces': 'Die Adresse „{input}“ enthält Leerzeichen: Eine Webadresse hat keine.',
    'instanceUrl.invalid': '„{input}“ ist keine gültige Webadresse (Beispiel: https://visio.numerique.gouv.fr).',
    'instanceUrl.scheme': 'Die Adresse muss mit https:// beginnen („{scheme}:“ wird nicht akzeptiert).',
    'instanceUrl.http': 'Die Adresse muss https:// verwenden; http:// ist nur für localhost erlaubt.',
    'instanceUrl.credentials': 'Die Adresse darf keinen Benutzernamen und kein Passwort enthalten (Teil vor „@“).',
    'instanceUrl.query': 'Die Adresse darf keine Parameter enthalten (Teil nach „?“).',
    'instanceUrl.fragment': 'Die Adresse darf keinen Anker enthalten (Teil nach „#“).',
    'instanceUrl.host': 'Der Servername „{host}“ ist ungültig.',
    'instanceUrl.port': 'Der Port „{port}“ ist ungültig (eine Zahl von 1 bis 65535).',
    'instanceUrl.path': 'Der Pfad „{path}“ ist für die Adresse eines Visio-Dienstes ungültig.',
    'instanceUrl.meetingLink': 'Dies ist ein Besprechungslink, nicht die Adresse des Visio-Dienstes: Verwenden Sie {instance}.',
    'duration.range': 'Die Dauer muss eine ganze Zahl von Minuten zwischen {min} und {max} sein.',
    'profile.notObject': 'Das Profil muss ein JSON-Objekt sein ({ … }).',
    'profile.unknownField': 'Unbekanntes Feld (Tippfehler?); bekannte Felder: {known}.',
    'profile.string': 'Muss ein nicht leerer Text sein.',
    'profile.boolean': 'Muss true oder false sein.',
    'profile.array': 'Muss eine Liste sein ([ … ]).',
    'profile.object': 'Muss ein Objekt sein ({ … }).',
    'profile.oneOf': '„{value}“ wird nicht akzeptiert; mögliche Werte: {allowed}.',
    'profile.languagesEmpty': 'Geben Sie mindestens eine Sprache an.',
    'profile.language': '„{value}“ ist keine unterstützte Sprache ({allowed}).',
    'profile.languageTwice': 'Die Sprache „{value}“ ist doppelt angegeben.',
    'profile.dialIn': '„{value}“ ist keine gültige Telefonnummer (Beispiel: +33 1 23 45 67 89).',
    'profile.httpsUrl': '„{value}“ ist keine gültige https://-Adresse.',
    'profile.noticeEmpty': 'Der Hinweis darf nicht leer sein.',
    'profile.webmailOrigin': '„{value}“ muss ein https://-Ursprung ohne Pfad sein (Beispiel: https://mail.beispiel.de).',
    'profile.guid': '„{value}“ ist keine GUID (Beispiel: 6f1c8a52-3d47-4b8e-9a0f-2c5e7d91b3a4).',
    'profile.instanceTwice': 'Die Instanz „{value}“ ist doppelt angegeben.',
    'profile.geckoId': '„{value}“ ist keine Firefox-Erweiterungs-ID (Beispiel: visio@beispiel.de).',
    'profile.tooLong': 'Zu lang: höchstens {max} Zeichen.',
    'profile.noticeMissing': 'Der Hinweis muss in jeder angebotenen Sprache vorhanden sein; „{value}“ fehlt.',
    'profile.defaultIdLeftOut': 'Fehlt in diesem Profil: Der Wert des Standardprofils „{value}“ wird verwendet, obwohl diese Kennung für Ihre Organisation eindeutig sein muss.',
    'profile.defaultIdCopied': '„{value}“ ist der Wert des Standardprofils: Diese Kennung muss für Ihre Organisation eindeutig sein.',
    'policy.notObject': 'Die Richtlinie Ihrer Organisation ist unlesbar: Sie muss ein JSON-Objekt sein.',
    'policy.unknownField': 'Die Richtlinie Ihrer Organisation enthält ein unbekanntes Feld.',
    'policy.lockNotBoolean': 'Eine Richtliniensperre muss true oder false sein.',
    'settings.unknownField': 'Diese Einstellung kann vom Benutzer nicht geändert werden.',
  },
  nl: {
    'instanceUrl.empty': 'Vul het adres van uw Visio-dienst in (bijvoorbeeld visio.numerique.gouv.fr).',
    'instanceUrl.spaces': 'Het adres "{input}" bevat spaties: een webadres heeft die niet.',
    'instanceUrl.invalid': '"{input}" is geen geldig webadres (voorbeeld: https://visio.numerique.gouv.fr).',
    'instanceUrl.scheme': 'Het adres moet met https:// beginnen ("{scheme}:" wordt niet geaccepteerd).',
    'instanceUrl.http': 'Het adres moet https:// gebruiken; http:// mag alleen voor localhost.',
    'instanceUrl.credentials': 'Het adres mag geen gebruikersnaam of wachtwoord bevatten (het deel vóór "@").',
    'instanceUrl.query': 'Het adres mag geen parameters bevatten (het deel na "?").',
    'instanceUrl.fragment': 'Het adres mag geen anker bevatten (het deel na "#").',
    'instanceUrl.host': 'De servernaam "{host}" is ongeldig.',
    'instanceUrl.port': 'De poort "{port}" is ongeldig (een getal van 1 tot 65535).',
    'instanceUrl.path': 'Het pad "{path}" is ongeldig voor het adres van een Visio-dienst.',
    'instanceUrl.meetingLink': 'Dit is een vergaderlink, niet het adres van de Visio-dienst: gebruik {instance}.',
    'duration.range': 'De duur moet een geheel aantal minuten tussen {min} en {max} zijn.',
    'profile.notObject': 'Het profiel moet een JSON-object zijn ({ … }).',
    'profile.unknownField': 'Onbekend veld (tikfout?); bekende velden: {known}.',
    'profile.string': 'Moet een niet-lege tekst zijn.',
    'profile.boolean': 'Moet true of false zijn.',
    'profile.array': 'Moet een lijst zijn ([ … ]).',
    'profile.object': 'Moet een object zijn ({ … }).',
    'profile.oneOf': '"{value}" wordt niet geaccepteerd; mogelijke waarden: {allowed}.',
    'profile.languagesEmpty': 'Geef ten minste één taal op.',
    'profile.language': '"{value}" is geen ondersteunde taal ({allowed}).',
    'profile.languageTwice': 'De taal "{value}" staat er twee keer in.',
    'profile.dialIn': '"{value}" is geen geldig telefoonnummer (voorbeeld: +33 1 23 45 67 89).',
    'profile.httpsUrl': '"{value}" is geen geldig https://-adres.',
    'profile.noticeEmpty': 'De vermelding mag niet leeg zijn.',
    'profile.webmailOrigin': '"{value}" moet een https://-oorsprong zonder pad zijn (voorbeeld: https://mail.voorbeeld.nl).',
    'profile.guid': '"{value}" is geen GUID (voorbeeld: 6f1c8a52-3d47-4b8e-9a0f-2c5e7d91b3a4).',
    'profile.instanceTwice': 'De instantie "{value}" staat er twee keer in.',
    'profile.geckoId': '"{value}" is geen Firefox-extensie-id (voorbeeld: visio@voorbeeld.nl).',
    'profile.tooLong': 'Te lang: ten hoogste {max} tekens.',
    'profile.noticeMissing': 'De vermelding moet in elke aangeboden taal bestaan; "{value}" ontbreekt.',
    'profile.defaultIdLeftOut': 'Ontbreekt in dit profiel: de waarde van het standaardprofiel, "{value}", wordt gebruikt, maar deze id moet uniek zijn voor uw organisatie.',
    'profile.defaultIdCopied': '"{value}" is de waarde van het standaardprofiel: deze id moet uniek zijn voor uw organisatie.',
    'policy.notObject': 'Het beleid van uw organisatie is onleesbaar: het moet een JSON-object zijn.',
    'policy.unknownField': 'Het beleid van uw organisatie bevat een onbekend veld.',
    'policy.lockNotBoolean': 'Een beleidsvergrendeling moet true of false zijn.',
    'settings.unknownField': 'Deze instelling kan niet door de gebruiker worden gewijzigd.',
  },
};

export function isCoreMessageKey(key: string): key is CoreMessageKey {
  return Object.prototype.hasOwnProperty.call(fr, key);
}

/**
 * Words any core error in `lang`: this table's, and the invitation template errors
 * (invite/invite-messages.ts) that profile validation passes on. A message about one field of a
 * profile or policy carries `params.field` (`outlook.hostUrl`, `templates.fr.text`): it is put in
 * front, so IT sees where to look while the sentence itself stays short and reusable.
 */
export function formatCoreMessage(lang: Lang, msg: LocalizedMessage): string {
  const params = msg.params ?? {};
  const text = isCoreMessageKey(msg.key)
    ? translate(coreMessages, lang, msg.key, params)
    : isInviteMessageKey(msg.key)
      ? translate(inviteMessages, lang, msg.key, params)
      : `${msg.key}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`;
  return params.field === undefined ? text : `${params.field}: ${text}`;
}
