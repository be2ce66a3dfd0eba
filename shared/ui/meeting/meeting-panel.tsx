// The popup's (and task pane's) main view: a fresh link at once, then copy / join / schedule.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { newMeeting, type Meeting } from '../../core/meeting/room.ts';
import type { ProfileState, RecentLink } from '../host.ts';
import { useHost, useT } from '../host-context.ts';
import { PolicyAlert } from '../policy-alert.tsx';
import { StatusLine, useStatus } from '../status-line.tsx';
import { useProfileState } from '../use-profile.ts';
import { LinkCard } from './link-card.tsx';
import { MeetingPanelSkeleton } from './panel-skeleton.tsx';
import { useAfterLink } from './use-after-link.ts';

export function MeetingPanel({ createOnOpen = true }: { createOnOpen?: boolean }) {
  const host = useHost();
  const t = useT();
  const [state] = useProfileState();
  const blocked = state === null || state.policyErrors.length > 0;
  /** The instance the shown link was made on; null for a link taken back from the recent list. */
  const madeOn = useRef<string | null>(null);
  const fresh = (profile: ProfileState['profile']): Meeting => { madeOn.current = profile.instanceUrl; return newMeeting(profile); };
  // With the state known at the first render (host.initialProfile), the link is in the first frame.
  const [meeting, setMeeting] = useState<Meeting | null>(() => (state && !blocked && createOnOpen ? fresh(state.profile) : null));
  const [recent, setRecent] = useState<readonly RecentLink[]>([]);
  const [status, say] = useStatus();

  useEffect(() => {
    if (!state || blocked) return;
    if (createOnOpen && meeting === null) setMeeting(fresh(state.profile));
    // The instance changed while the panel is open (the settings page, a policy): a link made on
    // the old one is not what Copy should give now.
    else if (meeting && madeOn.current !== null && madeOn.current !== state.profile.instanceUrl) setMeeting(fresh(state.profile));
  }, [state, blocked]);
  useEffect(() => { void host.recentLinks?.().then(setRecent); }, [host]);

  const later = useAfterLink();
  const invite = useMemo(() => (later && state && meeting ? later.renderInvite(state.profile, host.lang, meeting) : null), [later, state, meeting, host.lang]);
  const used = (url: string) => {
    if (!host.rememberLink || recent[0]?.url === url) return;
    void host.rememberLink(url).then(() => host.recentLinks?.()).then((links) => links && setRecent(links));
  };

  if (state === null) return <MeetingPanelSkeleton lang={host.lang} />;
  return (
    <main class="panel" data-visio-ready="">
      <header class="panel-header">
        <h1>{state.profile.appName}</h1>
        {host.openSettings ? <button type="button" class="link-button" data-visio-action="settings" onClick={() => void host.openSettings?.()}>{t('openSettings')}</button> : null}
      </header>
      <PolicyAlert state={state} />
      <LinkCard meeting={meeting} invite={invite} disabled={blocked} say={say} onUsed={used}
        emptyHint={blocked ? t('creationBlocked') : undefined}
        onNew={() => { if (!blocked) { setMeeting(fresh(state.profile)); say(t('newMeetingDone')); } }}>
        {/* Right under the buttons: a popup is at most 600 px high, a message at the bottom would go unseen. */}
        <StatusLine status={status} />
      </LinkCard>
      {host.kind === 'extension' && later
        ? <later.ScheduleForm profile={state.profile} meeting={meeting} invite={invite} disabled={blocked} onUsed={used} />
        : null}
      {host.recentLinks && later
        ? <later.RecentLinks links={recent} onClear={() => void host.clearRecentLinks?.().then(() => setRecent([]))}
          onReuse={(url) => { madeOn.current = null; setMeeting({ url, slug: url.slice(url.lastIndexOf('/') + 1) }); say(t('recentReused')); }} />
        : null}
    </main>
  );
}
