// The instance URL, checked on every keystroke with the core's own rules and words.
import { normalizeInstanceUrl } from '../../core/profile/instance-url.ts';
import { useHost, useT } from '../host-context.ts';
import { wordMessage } from '../i18n/word.ts';
import { LockedNote } from './locked-note.tsx';

export interface InstanceFieldProps {
  readonly value: string;
  readonly locked: boolean;
  /** The build's product words: a branded build names its own service and its own instance. */
  readonly appName: string;
  readonly example: string;
  readonly onInput: (value: string) => void;
}

export function InstanceField({ value, locked, appName, example, onInput }: InstanceFieldProps) {
  const host = useHost();
  const t = useT();
  const checked = normalizeInstanceUrl(value);
  const messageId = 'visio-instance-message';
  return (
    <div class="field">
      <label for="visio-instance">{t('instanceUrl', { appName })}</label>
      <input id="visio-instance" name="instanceUrl" type="url" inputMode="url" autoComplete="url" spellcheck={false}
        value={value} readOnly={locked} aria-invalid={!checked.ok} aria-describedby={`${messageId} visio-instance-help${locked ? ' visio-instance-locked' : ''}`}
        onInput={(event) => onInput(event.currentTarget.value)} />
      <p id="visio-instance-help" class="muted">{t('instanceUrlHelp', { example })}</p>
      <p id={messageId} class={checked.ok ? 'ok' : 'field-error'} data-visio-field-message="instanceUrl" aria-live="polite">
        {checked.ok ? t('instanceUrlOk') : wordMessage(host.lang, checked.error)}
      </p>
      {locked ? <LockedNote id="visio-instance-locked" /> : null}
    </div>
  );
}
