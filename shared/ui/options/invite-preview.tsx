// What invitees will read, rebuilt as the settings change (text only: no HTML is ever injected).
import { renderInvite } from '../../core/invite/render.ts';
import type { Lang } from '../../core/i18n/lang.ts';
import { roomUrl } from '../../core/meeting/room.ts';
import type { Profile } from '../../core/profile/profile.ts';
import { useT } from '../host-context.ts';

/** A fixed example slug, so the preview does not change on every render. */
const EXAMPLE_SLUG = 'abc-defg-hij';

export function InvitePreview({ profile, lang }: { profile: Profile | null; lang: Lang }) {
  const t = useT();
  const text = profile === null ? null
    : renderInvite(profile, lang, { url: roomUrl(profile.instanceUrl, EXAMPLE_SLUG), slug: EXAMPLE_SLUG }).text;
  return (
    <section class="card" aria-labelledby="visio-preview-heading">
      <h2 id="visio-preview-heading">{t('preview')}</h2>
      {text === null ? <p class="muted">{t('previewUnavailable')}</p> : <pre class="preview" data-visio-preview="" tabIndex={0}>{text}</pre>}
    </section>
  );
}
