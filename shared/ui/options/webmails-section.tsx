// Options page section "Messageries web de votre organisation": the user enables the Visio button
// on a webmail of their organisation's own domain (SOGo at https://mail.example.fr), lists the ones
// enabled on this device and removes them. The organisation's own (profile `webmails`) are shown
// read-only. Rendered only where the host can do it (the extension; not the Outlook task pane).
// The origin field keeps what the user typed when it is refused: nothing they wrote is lost.
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n/lang.ts';
import { translate, type LocalizedMessage, type Messages } from '../../core/i18n/translate.ts';
import type { WebmailOrigin } from '../../core/profile/profile.ts';
import type { AddedWebmailEntry } from '../host.ts';
import { useHost } from '../host-context.ts';

/** The kinds a user may add by origin (Google Calendar has one address, known at build time). */
export const ADDABLE_WEBMAIL_KINDS = ['sogo', 'roundcube', 'zimbra', 'owa', 'nextcloud', 'ox', 'bluemind'] as const;

/** Product names: the same in every language. */
const KIND_NAMES: Readonly<Record<string, string>> = {
  sogo: 'SOGo', roundcube: 'Roundcube', zimbra: 'Zimbra', owa: 'Outlook Web (Exchange)', nextcloud: 'Nextcloud',
  ox: 'OX App Suite', bluemind: 'BlueMind', google: 'Google Agenda',
};

type Key = 'heading' | 'intro' | 'kind' | 'origin' | 'originHelp' | 'add' | 'remove' | 'removeLabel' | 'added' | 'removed'
  | 'addedHeading' | 'noneAdded' | 'orgHeading' | 'orgNote' | 'originMissing' | 'removeFailed';

export const webmailsSectionMessages: Messages<Key> = {
  fr: {
    heading: 'Messageries web de votre organisation',
    intro: 'Ajoutez l’adresse de l’agenda web de votre organisation pour y afficher le bouton « Ajouter une réunion Visio ». Votre navigateur vous demandera l’autorisation pour ce seul site.',
    kind: 'Type de messagerie',
    origin: 'Adresse du serveur',
    originHelp: 'Par exemple https://mail.ministere.fr, sans chemin.',
    add: 'Ajouter',
    remove: 'Retirer',
    removeLabel: 'Retirer {kind} sur {origin}',
    added: 'Bouton Visio activé sur {origin}. Rechargez les onglets déjà ouverts sur ce site.',
    removed: 'Bouton Visio retiré de {origin}.',
    addedHeading: 'Ajoutées sur cet appareil',
    noneAdded: 'Aucune messagerie ajoutée.',
    orgHeading: 'Prévues par votre organisation',
    orgNote: 'Défini par votre organisation',
    originMissing: 'Indiquez l’adresse du serveur, par exemple https://mail.ministere.fr.',
    removeFailed: 'Le bouton Visio n’a pas pu être retiré de {origin}. Rechargez cette page et réessayez.',
  },
  en: {
    heading: 'Your organisation’s webmails',
    intro: 'Add the address of your organisation’s web calendar to show the “Add a Visio meeting” button there. Your browser will ask for permission for that one site.',
    kind: 'Webmail type',
    origin: 'Server address',
    originHelp: 'For example https://mail.ministry.example, without a path.',
    add: 'Add',
    remove: 'Remove',
    removeLabel: 'Remove {kind} at {origin}',
    added: 'Visio button enabled on {origin}. Reload the tabs already open on that site.',
    removed: 'Visio button removed from {origin}.',
    addedHeading: 'Added on this device',
    noneAdded: 'No webmail added.',
    orgHeading: 'Provided by your organisation',
    orgNote: 'Set by your organisation',
    originMissing: 'Enter the server address, for example https://mail.ministry.example.',
    removeFailed: 'The Visio button could not be removed from {origin}. Reload this page and try again.',
  },
  de: {
    heading: 'Webmail-Dienste Ihrer Organisation',
    intro: 'Fügen Sie die Adresse des Webkalenders Ihrer Organisation hinzu, um dort die Schaltfläche „Visio-Besprechung hinzufügen“ anzuzeigen. Ihr Browser fragt nur für diese eine Website nach der Berechtigung.',
    kind: 'Webmail-Typ',
    origin: 'Serveradresse',
    originHelp: 'Zum Beispiel https://mail.ministerium.example, ohne Pfad.',
    add: 'Hinzufügen',
    remove: 'Entfernen',
    removeLabel: '{kind} auf {origin} entfernen',
    added: 'Visio-Schaltfläche auf {origin} aktiviert. Laden Sie bereits geöffnete Tabs dieser Website neu.',
    removed: 'Visio-Schaltfläche von {origin} entfernt.',
    addedHeading: 'Auf diesem Gerät hinzugefügt',
    noneAdded: 'Keine Webmail hinzugefügt.',
    orgHeading: 'Von Ihrer Organisation vorgegeben',
    orgNote: 'Von Ihrer Organisation festgelegt',
    originMissing: 'Geben Sie die Serveradresse an, zum Beispiel https://mail.ministerium.example.',
    removeFailed: 'Die Visio-Schaltfläche konnte nicht von {origin} entfernt werden. Laden Sie diese Seite neu und versuchen Sie es erneut.',
  },
  nl: {
    heading: 'Webmail van uw organisatie',
    intro: 'Voeg het adres van de webagenda van uw organisatie toe om daar de knop “Visio-vergadering toevoegen” te tonen. Uw browser vraagt alleen voor die ene site om toestemming.',
    kind: 'Type webmail',
    origin: 'Serveradres',
    originHelp: 'Bijvoorbeeld https://mail.ministerie.example, zonder pad.',
    add: 'Toevoegen',
    remove: 'Verwijderen',
    removeLabel: '{kind} op {origin} verwijderen',
    added: 'Visio-knop ingeschakeld op {origin}. Herlaad de tabbladen die al open zijn op die site.',
    removed: 'Visio-knop verwijderd van {origin}.',
    addedHeading: 'Toegevoegd op dit apparaat',
    noneAdded: 'Geen webmail toegevoegd.',
    orgHeading: 'Voorzien door uw organisatie',
    orgNote: 'Ingesteld door uw organisatie',
    originMissing: 'Geef het serveradres op, bijvoorbeeld https://mail.ministerie.example.',
    removeFailed: 'De Visio-knop kon niet van {origin} worden verwijderd. Herlaad deze pagina en probeer het opnieuw.',
  },
};

export interface WebmailsSectionProps {
  readonly lang: Lang;
  /** The profile's webmails (read-only here). */
  readonly organisation: readonly WebmailOrigin[];
  /** Words the host's errors (extension: content/webmail/registration.ts registrationMessages). */
  readonly errorMessages: Messages<string>;
}

export function WebmailsSection({ lang, organisation, errorMessages }: WebmailsSectionProps) {
  const host = useHost();
  const [added, setAdded] = useState<readonly AddedWebmailEntry[] | null>(null);
  const [kind, setKind] = useState<string>(ADDABLE_WEBMAIL_KINDS[0]);
  const [origin, setOrigin] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ readonly text: string; readonly error: boolean } | null>(null);
  const t = (key: Key, params?: Record<string, string>) => translate(webmailsSectionMessages, lang, key, params);
  const word = (error: LocalizedMessage) =>
    (errorMessages[lang][error.key] !== undefined ? translate(errorMessages, lang, error.key, error.params) : error.key);

  const { addedWebmails, addWebmail, removeWebmail } = host;
  useEffect(() => { if (addedWebmails) void addedWebmails().then(setAdded); }, []);
  if (!addedWebmails || !addWebmail || !removeWebmail) return null;

  // The host's permission prompt must be the first thing awaited after the click (user gesture).
  const add = async (event: Event) => {
    event.preventDefault();
    setStatus(null);
    if (origin.trim() === '') { setFieldError(t('originMissing')); document.getElementById('visio-webmail-origin')?.focus(); return; }
    const result = await addWebmail(kind, origin);
    if (!result.ok) {
      setFieldError(word(result.error));
      document.getElementById('visio-webmail-origin')?.focus();
      return;
    }
    const list = await addedWebmails();
    setAdded(list);
    setFieldError(null);
    setStatus({ text: t('added', { origin: new URL(origin.trim()).origin }), error: false });
    setOrigin('');
  };

  const remove = async (webmail: AddedWebmailEntry) => {
    setStatus(null);
    try {
      await removeWebmail(webmail);
    } catch (error) {
      console.warn('Visio: removing a webmail failed', error);
      setAdded(await addedWebmails());
      setStatus({ text: t('removeFailed', { origin: webmail.origin }), error: true });
      return;
    }
    setAdded(await addedWebmails());
    setStatus({ text: t('removed', { origin: webmail.origin }), error: false });
    document.getElementById('visio-webmail-origin')?.focus();
  };

  return (
    <section class="card webmails" aria-labelledby="visio-webmails-heading" data-visio-webmails="">
      <h2 id="visio-webmails-heading">{t('heading')}</h2>
      <p class="muted">{t('intro')}</p>
      {organisation.length > 0 && (
        <>
          <h3 id="visio-webmails-org-heading">{t('orgHeading')}</h3>
          <ul aria-labelledby="visio-webmails-org-heading" data-visio-webmails-org="">
            {organisation.map((webmail) => (
              <li key={`${webmail.kind} ${webmail.origin}`}>
                {KIND_NAMES[webmail.kind] ?? webmail.kind} — {webmail.origin} <span class="locked">({t('orgNote')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <form onSubmit={(event) => void add(event)} noValidate>
        <div class="field">
          <label for="visio-webmail-kind">{t('kind')}</label>
          <select id="visio-webmail-kind" value={kind} onChange={(event) => setKind((event.target as HTMLSelectElement).value)}>
            {ADDABLE_WEBMAIL_KINDS.map((choice) => <option key={choice} value={choice}>{KIND_NAMES[choice]}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="visio-webmail-origin">{t('origin')}</label>
          <input id="visio-webmail-origin" type="url" inputMode="url" autoComplete="off" spellcheck={false} value={origin}
            aria-describedby="visio-webmail-origin-help visio-webmail-origin-message" aria-invalid={fieldError !== null ? 'true' : 'false'}
            onInput={(event) => { setOrigin((event.target as HTMLInputElement).value); setFieldError(null); }} />
          <p id="visio-webmail-origin-help" class="muted">{t('originHelp')}</p>
          <p id="visio-webmail-origin-message" class="field-error" data-visio-field-message="webmailOrigin">{fieldError ?? ''}</p>
        </div>
        <button type="submit" class="primary" data-visio-action="add-webmail">{t('add')}</button>
      </form>
      <h3 id="visio-webmails-added-heading">{t('addedHeading')}</h3>
      {added !== null && added.length === 0 && <p class="muted" data-visio-no-webmails="">{t('noneAdded')}</p>}
      {added !== null && added.length > 0 && (
        <ul aria-labelledby="visio-webmails-added-heading" data-visio-webmails-added="">
          {added.map((webmail) => (
            <li key={`${webmail.kind} ${webmail.origin}`} data-visio-webmail={webmail.origin}>
              {KIND_NAMES[webmail.kind] ?? webmail.kind} — {webmail.origin}{' '}
              <button type="button" data-visio-action="remove-webmail" onClick={() => void remove(webmail)}
                aria-label={t('removeLabel', { kind: KIND_NAMES[webmail.kind] ?? webmail.kind, origin: webmail.origin })}>{t('remove')}</button>
            </li>
          ))}
        </ul>
      )}
      <p class={status?.error ? 'status field-error' : 'status'} role={status?.error ? 'alert' : 'status'} aria-live={status?.error ? 'assertive' : 'polite'}
        data-visio-webmails-status="">{status?.text ?? ''}</p>
    </section>
  );
}
