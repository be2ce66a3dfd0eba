// What the popup shows while the settings and the organisation's policy are read (the first
// storage.managed read can take seconds): the panel's frame at once, marked busy, so the page is never
// blank. No link is drawn before the policy is known: a policy may change the instance, and a link
// shown, copied and then withdrawn would be worse than a short wait.
import type { Lang } from '../../core/i18n/lang.ts';
import { makeTranslator } from '../i18n/word.ts';

export function MeetingPanelSkeleton({ lang }: { lang: Lang }) {
  const t = makeTranslator(lang);
  return (
    <main class="panel" aria-busy="true" data-visio-loading="">
      {/* Holds the header's place (the product name is in the settings being read): nothing jumps. */}
      <div class="panel-header" aria-hidden="true"><span class="skeleton-button" /></div>
      <section class="card" aria-labelledby="visio-link-heading">
        <h2 id="visio-link-heading">{t('meetingLink')}</h2>
        <p class="hint" role="status">{t('loading')}</p>
        <div class="actions" aria-hidden="true">
          <span class="skeleton-button" />
          <span class="skeleton-button" />
          <span class="skeleton-button" />
        </div>
      </section>
    </main>
  );
}
