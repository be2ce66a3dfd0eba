// Fail closed, out loud: an invalid organisation policy stops link creation and says why.
import type { ProfileState } from './host.ts';
import { useHost, useT } from './host-context.ts';
import { wordMessage } from './i18n/word.ts';

export function PolicyAlert({ state }: { state: ProfileState }) {
  const host = useHost();
  const t = useT();
  if (state.policyErrors.length === 0) return null;
  const details = state.policyErrors.map((error) => wordMessage(host.lang, error)).join(' ');
  return <p class="alert" role="alert" data-visio-policy-error="">{t('policyInvalid', { details })}</p>;
}
