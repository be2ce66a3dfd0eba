// Links used earlier on this device, so a link shared this morning is one click away. Local only.
import type { RecentLink } from '../host.ts';
import { useHost, useT } from '../host-context.ts';

export function RecentLinks({ links, onClear, onReuse }: { links: readonly RecentLink[]; onClear: () => void; onReuse: (url: string) => void }) {
  const host = useHost();
  const t = useT();
  const dateFormat = new Intl.DateTimeFormat(host.lang, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section class="card" aria-labelledby="visio-recent-heading">
      <h2 id="visio-recent-heading">{t('recentHeading')}</h2>
      {links.length === 0 ? <p class="muted">{t('recentEmpty')}</p> : (
        <ul class="recent" data-visio-recent="">
          {links.map((link) => (
            <li key={link.url + link.createdAt}>
              <a href={link.url} target="_blank" rel="noopener noreferrer" data-visio-action="open-recent">{link.url}</a>
              <span class="muted"> · {dateFormat.format(new Date(link.createdAt))} </span>
              <button type="button" class="link-button" data-visio-action="reuse-recent" aria-label={t('recentReuseLabel', { url: link.url })}
                onClick={() => onReuse(link.url)}>{t('recentReuse')}</button>
            </li>
          ))}
        </ul>
      )}
      <p class="muted">{t('recentNote')}</p>
      {links.length > 0 ? <button type="button" data-visio-action="clear-recent" onClick={onClear}>{t('recentClear')}</button> : null}
    </section>
  );
}
