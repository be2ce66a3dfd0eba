// The task pane's main view: the appointment's meeting through shared/ui's LinkCard (link, copy,
// join; "new meeting" regenerates), plus what only Outlook has: add to / remove from the item, and
// automatic Visio on new meetings. Task-pane-only because shared/ui's MeetingPanel makes links for
// the clipboard and knows no item.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { renderInvite } from '../../shared/core/invite/render.ts';
import type { Meeting } from '../../shared/core/meeting/room.ts';
import { LinkCard } from '../../shared/ui/meeting/link-card.tsx';
import { PolicyAlert } from '../../shared/ui/policy-alert.tsx';
import { makeTranslator } from '../../shared/ui/i18n/word.ts';
import { StatusLine, useStatus } from '../../shared/ui/status-line.tsx';
import { sayPane, type PaneMessageKey } from '../i18n/pane-messages.ts';
import type { OfficeHost } from './office-host.ts';

function meetingOf(url: string | null): Meeting | null {
  return url ? { url, slug: url.slice(url.lastIndexOf('/') + 1) } : null;
}

export function ItemView({ host, onSettings }: { host: OfficeHost; onSettings: () => void }) {
  const state = host.addinState;
  const appName = state.profile.appName;
  const word = (key: PaneMessageKey, params: Record<string, string> = {}) => sayPane(host.lang, key, { appName, ...params });
  const t = makeTranslator(host.lang);
  const [url, setUrl] = useState<string | null>(null);
  // A Visio link typed by hand or left by Meet's add-in is not ours: it can be joined, not removed.
  const [ours, setOurs] = useState(true);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [autoVisio, setAutoVisio] = useState(state.autoVisio);
  const [status, show] = useStatus();
  const appointment = host.appointment();
  const blocked = state.policyErrors.length > 0;
  const autoLocked = state.locked.has('autoVisio');

  useEffect(() => {
    void host.currentItemMeeting().then((found) => {
      setUrl(found?.url ?? null);
      setOurs(found?.ours ?? true);
      setLoaded(true);
    }, () => setLoaded(true));
  }, [host]);

  const meeting = meetingOf(url);
  const invite = useMemo(() => (meeting ? renderInvite(state.profile, host.lang, meeting) : null), [url]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      console.error('[visio] task pane action failed:', error);
      show(word('paneFailed', { code: String((error as { code?: number }).code ?? '?') }), 'error');
    } finally {
      setBusy(false);
    }
  };
  const add = (regenerate: boolean) => act(async () => {
    const outcome = await host.addToItem(regenerate);
    setUrl(outcome.url);
    setOurs(outcome.status !== 'foreign');
    if (outcome.status === 'foreign') show(t('foreignLink', { appName }));
    else show(word(outcome.status === 'regenerated' ? 'paneRegenerated' : outcome.status === 'added' ? 'paneAdded' : 'paneAlreadyThere', { url: outcome.url }));
  });
  const remove = () => act(async () => {
    const result = await host.removeFromItem();
    if (result.ok) { setUrl(null); show(word('paneRemoved')); } else show(word('paneNothingToRemove'), 'error');
  });
  const toggleAuto = (on: boolean) => {
    // The box shows the user's choice at once: rendered from the old value while the save runs,
    // it would jump back under their pointer (and then forward again).
    setAutoVisio(on);
    return act(async () => {
      try {
        setAutoVisio((await host.saveAutoVisio(on)).autoVisio);
      } catch (error) {
        setAutoVisio(!on);
        throw error;
      }
      show(word('paneAutoSaved'));
    });
  };

  return (
    <main class="panel" data-visio-ready={loaded ? '' : undefined}>
      <header class="panel-header">
        <h1>{appName}</h1>
        <button type="button" class="link-button" data-visio-action="settings" onClick={onSettings}>{word('paneSettings')}</button>
      </header>
      <PolicyAlert state={state} />
      {appointment === null
        ? <p>{word('paneNoItem')}</p>
        : (
          <>
            <LinkCard meeting={meeting} invite={invite} disabled={blocked || busy || meeting === null}
              say={(text, kind) => show(text, kind)} onUsed={() => undefined}
              onNew={() => void add(true)}
              emptyHint={blocked ? t('creationBlocked') : t('noMeetingInItem')} />
            <section class="card" aria-labelledby="visio-item-heading">
              <h2 id="visio-item-heading">{word('paneItemHeading')}</h2>
              {meeting === null
                ? <div class="actions"><button type="button" class="primary" data-visio-action="add-to-item" disabled={blocked || busy || !loaded} onClick={() => void add(false)}>{word('paneAdd')}</button></div>
                : ours
                  ? <div class="actions"><button type="button" data-visio-action="remove-from-item" disabled={busy} onClick={() => void remove()}>{word('paneRemove')}</button></div>
                  // Not ours: no « Retirer » that would then refuse; the card above already offers Join.
                  : <p class="muted" data-visio-foreign-link="">{t('foreignLink', { appName })}</p>}
            </section>
          </>
        )}
      <section class="card" aria-labelledby="visio-auto-heading">
        <h2 id="visio-auto-heading">{word('paneAutoHeading')}</h2>
        <p class="check">
          <input type="checkbox" id="visio-auto" checked={autoVisio} disabled={autoLocked || busy}
            aria-describedby={autoLocked ? 'visio-auto-locked' : undefined}
            onChange={(event) => void toggleAuto((event.currentTarget as HTMLInputElement).checked)} />
          <label for="visio-auto">{word('paneAutoVisio')}</label>
        </p>
        {autoLocked ? <p id="visio-auto-locked" class="muted">{word('paneAutoLocked')}</p> : null}
      </section>
      <StatusLine status={status} />
    </main>
  );
}
