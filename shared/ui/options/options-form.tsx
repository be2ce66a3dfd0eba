// The settings page: instance, language, placement, preview, instance check. Fields IT locked
// are read-only and say so; nothing invalid is ever saved.
import { useLayoutEffect, useState } from 'preact/hooks';
import { LANGS, type Lang } from '../../core/i18n/lang.ts';
import { normalizeInstanceUrl } from '../../core/profile/instance-url.ts';
import type { BlockPosition, LinkPlacement } from '../../core/profile/profile.ts';
import type { UserSettings } from '../host.ts';
import { useHost, useT } from '../host-context.ts';
import { PolicyAlert } from '../policy-alert.tsx';
import { StatusLine, useStatus } from '../status-line.tsx';
import { useProfileState } from '../use-profile.ts';
import { ChoiceField } from './choice-field.tsx';
import { InstanceCheckButton } from './instance-check-button.tsx';
import { InstanceField } from './instance-field.tsx';
import { InvitePreview } from './invite-preview.tsx';

/** Language names in their own language: a user lost in a foreign UI still finds theirs. */
const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English', de: 'Deutsch', nl: 'Nederlands' };

export function OptionsForm() {
  const host = useHost();
  const t = useT();
  const [state, setState] = useProfileState();
  const [instance, setInstance] = useState('');
  const [lang, setLang] = useState<Lang | 'auto'>('auto');
  const [placement, setPlacement] = useState<LinkPlacement>('both');
  const [blockPosition, setBlockPosition] = useState<BlockPosition>('bottom');
  const [status, say, unsay] = useStatus();

  // A layout effect: it runs before the browser can deliver the user's first input to the form
  // (a plain effect runs after paint, and reset a language picked in that moment to the saved one).
  useLayoutEffect(() => {
    if (!state) return;
    setInstance(state.profile.instanceUrl);
    setLang(state.settings.lang ?? 'auto');
    setPlacement(state.profile.placement);
    setBlockPosition(state.profile.blockPosition);
  }, [state]);

  if (state === null) return <main class="panel"><p>{t('loading')}</p></main>;
  const locked = (field: string) => state.locked.has(field);
  const checked = normalizeInstanceUrl(instance);
  const previewProfile = checked.ok ? { ...state.profile, instanceUrl: checked.url, placement, blockPosition } : null;

  // An invalid policy locks every field (we cannot tell what it meant to enforce): nothing to save,
  // and saving would only risk the user's stored settings. PolicyAlert says why.
  const blocked = state.policyErrors.length > 0;
  const save = async (event: Event) => {
    event.preventDefault();
    if (blocked) { say(t('saveBlockedByPolicy'), 'error'); return; }
    if (!checked.ok) { say(t('saveRefused'), 'error'); document.getElementById('visio-instance')?.focus(); return; }
    const settings: UserSettings = {
      ...(locked('instanceUrl') ? {} : { instanceUrl: checked.url }),
      ...(lang === 'auto' || locked('lang') ? {} : { lang }),
      ...(locked('placement') ? {} : { placement }),
      ...(locked('blockPosition') ? {} : { blockPosition }),
    };
    const next = await host.saveSettings(settings);
    setState(next);
    // The host refuses to write when the policy turned invalid meanwhile (IT changed it).
    if (next.policyErrors.length > 0) say(t('saveBlockedByPolicy'), 'error'); else say(t('saved'));
  };

  const allowedLangs = LANGS.filter((code) => state.profile.languages.includes(code));
  return (
    <main class="panel options" data-visio-ready="">
      <h1>{t('settingsTitle', { product: state.profile.productName })}</h1>
      <PolicyAlert state={state} />
      <form class="card" onSubmit={(event) => void save(event)} noValidate>
        <InstanceField value={instance} locked={locked('instanceUrl')} appName={state.profile.appName}
          example={state.profile.instanceUrl} onInput={(value) => {
            setInstance(value);
            // « Corrigez l’adresse » goes as soon as the address is right, not at the next save.
            if (status?.kind === 'error' && normalizeInstanceUrl(value).ok) unsay();
          }} />
        <InstanceCheckButton instanceUrl={instance} />
        <ChoiceField id="visio-lang" label={t('language')} value={lang} locked={locked('lang')} onChange={setLang}
          choices={[{ value: 'auto', label: t(host.kind === 'outlook' ? 'languageAutoOutlook' : 'languageAuto') }, ...allowedLangs.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))]} />
        <ChoiceField id="visio-placement" label={t('placement')} value={placement} locked={locked('placement')} onChange={setPlacement}
          choices={[{ value: 'both', label: t('placementBoth') }, { value: 'location', label: t('placementLocation') }, { value: 'description', label: t('placementDescription') }]} />
        <ChoiceField id="visio-block-position" label={t('blockPosition')} value={blockPosition} locked={locked('blockPosition')} onChange={setBlockPosition}
          choices={[{ value: 'bottom', label: t('blockBottom') }, { value: 'top', label: t('blockTop') }]} />
        <button type="submit" class="primary" data-visio-action="save-settings" disabled={blocked}>{t('save')}</button>
        <StatusLine status={status} />
      </form>
      <InvitePreview profile={previewProfile} lang={lang === 'auto' ? host.lang : lang} />
    </main>
  );
}
