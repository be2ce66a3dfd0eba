// The current meeting link and what one does with it: new, copy link, copy invitation, join.
import type { ComponentChildren } from 'preact';
import type { Meeting } from '../../core/meeting/room.ts';
import type { Invite } from './invite-type.ts';
import { useHost, useT } from '../host-context.ts';
import { isUiMessageKey } from '../i18n/ui-messages.ts';
import { wordMessage } from '../i18n/word.ts';

export interface LinkCardProps {
  readonly meeting: Meeting | null;
  readonly invite: Invite | null;
  readonly disabled: boolean;
  readonly onNew: () => void;
  readonly onUsed: (url: string) => void;
  readonly say: (text: string, kind?: 'info' | 'error') => void;
  /** What to do when there is no link yet; it depends on the host and on policy (the default
   * names « Nouvelle réunion », right only when that button works). */
  readonly emptyHint?: string;
  /** Shown under the buttons, inside the card (the popup's live region: right where one clicked). */
  readonly children?: ComponentChildren;
}

export function LinkCard({ meeting, invite, disabled, onNew, onUsed, say, emptyHint, children }: LinkCardProps) {
  const host = useHost();
  const t = useT();
  const copy = async (text: string, html: string | undefined, done: string) => {
    if (!meeting) return;
    const result = await host.copy(text, html);
    if (result.ok) { say(done); onUsed(meeting.url); return; }
    // A host's reason is a message key (copy-failure.ts); anything else is no words for a user.
    say(isUiMessageKey(result.error.key) ? wordMessage(host.lang, result.error) : t('copyFailed'), 'error');
  };
  // The link is usable at once; only Copy invitation waits for the invitation code (use-after-link.ts).
  const linkReady = meeting !== null && !disabled;
  const inviteReady = linkReady && invite !== null;
  return (
    <section class="card" aria-labelledby="visio-link-heading">
      <h2 id="visio-link-heading">{t('meetingLink')}</h2>
      {/* The URL slot is monospace and breaks anywhere; a sentence is prose and breaks between words. */}
      {meeting
        ? <p class="link"><span data-visio-link="">{meeting.url}</span></p>
        : <p class="hint" data-visio-empty-hint="">{emptyHint ?? t('noMeetingYet')}</p>}
      <div class="actions">
        <button type="button" class="primary" data-visio-action="new-meeting" disabled={disabled} onClick={onNew}>{t('newMeeting')}</button>
        <button type="button" data-visio-action="copy-link" disabled={!linkReady}
          onClick={() => meeting && void copy(meeting.url, undefined, t('linkCopied'))}>{t('copyLink')}</button>
        <button type="button" data-visio-action="copy-invite" disabled={!inviteReady}
          onClick={() => invite && void copy(invite.text, invite.html, t('inviteCopied'))}>{t('copyInvite')}</button>
        <button type="button" data-visio-action="join" disabled={!linkReady}
          onClick={() => { if (meeting) { void host.openUrl(meeting.url); onUsed(meeting.url); } }}>{t('join')}</button>
      </div>
      {children}
    </section>
  );
}
