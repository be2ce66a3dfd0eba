// "Vérifier cette instance": asks the host for the right to talk to a self-hosted instance, then
// reads its public config and lists what it learned.
import { useState } from 'preact/hooks';
import { normalizeInstanceUrl } from '../../core/profile/instance-url.ts';
import { useHost, useT } from '../host-context.ts';
import { wordMessage } from '../i18n/word.ts';
import { checkInstance, type InstanceCheck } from './instance-config.ts';

export function InstanceCheckButton({ instanceUrl }: { instanceUrl: string }) {
  const host = useHost();
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<InstanceCheck | null>(null);
  const run = async () => {
    const checked = normalizeInstanceUrl(instanceUrl);
    if (!checked.ok) { setResult({ ok: false, error: checked.error }); return; }
    const origin = new URL(checked.url).origin;
    // Must be asked synchronously in the click: browsers drop permission requests made after an await.
    const allowed = host.requestOrigin ? await host.requestOrigin(origin) : true;
    if (!allowed) { setResult({ ok: false, error: { key: 'checkPermissionDenied', params: { host: new URL(origin).host } } }); return; }
    setBusy(true);
    setResult(await checkInstance(checked.url));
    setBusy(false);
  };
  return (
    <div class="field">
      <button type="button" data-visio-action="check-instance" aria-describedby="visio-check-result" disabled={busy} onClick={() => void run()}>
        {busy ? t('checking') : t('checkInstance')}
      </button>
      <div id="visio-check-result" role="status" aria-live="polite" data-visio-check-result={result === null ? '' : result.ok ? 'ok' : 'error'}>
        {result === null ? null : result.ok ? (
          <ul class="facts">
            <li>{t('checkOk', { host: result.host })}</li>
            <li>{result.facts.telephony ? t('checkTelephony', { number: result.facts.telephony }) : t('checkNoTelephony')}</li>
            {result.facts.language ? <li>{t('checkLanguage', { lang: result.facts.language })}</li> : null}
          </ul>
        ) : <p class="field-error">{wordMessage(host.lang, result.error)}</p>}
      </div>
    </div>
  );
}
