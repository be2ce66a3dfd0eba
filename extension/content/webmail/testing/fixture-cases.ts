// Which fixture shows what: shared by the adapter tests and the consistency test.
import type { WebmailKind } from '../../../../shared/core/profile/profile.ts';

export interface Case {
  readonly kind: WebmailKind;
  readonly file: string;
  /**
   * `add`: an event without a meeting; `join`: the webmail's own (or another) meeting is there;
   * `quick-add`: a bubble that hands over to the full editor (its own test in adapters.test.ts).
   */
  readonly expect: 'add' | 'join' | 'quick-add';
  readonly joinUrl?: string;
}

export const FIXTURE_CASES: readonly Case[] = [
  { kind: 'sogo', file: 'sogo/editor-new.html', expect: 'add' },
  { kind: 'sogo', file: 'sogo/editor-existing-fr.html', expect: 'add' },
  { kind: 'sogo', file: 'sogo/editor-native-jitsi.html', expect: 'join', joinUrl: 'https://meet.jit.si/SOGo_meeting/6f1c8a52-3d47-4b8e-9a0f-2c5e7d91b3a4' },
  { kind: 'roundcube', file: 'roundcube/eventedit-elastic.html', expect: 'add' },
  { kind: 'zimbra', file: 'zimbra/classic-text-mode.html', expect: 'add' },
  { kind: 'zimbra', file: 'zimbra/classic-html-mode.html', expect: 'add' },
  { kind: 'zimbra', file: 'zimbra/modern-new-event.html', expect: 'add' },
  { kind: 'owa', file: 'owa/calendar-compose.html', expect: 'add' },
  { kind: 'google', file: 'google/full-editor.html', expect: 'add' },
  { kind: 'google', file: 'google/quick-add.html', expect: 'quick-add' },
  { kind: 'nextcloud', file: 'nextcloud/sidebar-new.html', expect: 'add' },
  { kind: 'nextcloud', file: 'nextcloud/sidebar-talk.html', expect: 'join', joinUrl: 'https://cloud.ministere.example/index.php/call/x7k2m9qa' },
  { kind: 'ox', file: 'ox/edit-window.html', expect: 'add' },
  { kind: 'ox', file: 'ox/conference-jitsi.html', expect: 'join', joinUrl: 'https://meet.example.org/ox-2b9f7c1e-5d3a-4e8b-9f60-1a2b3c4d5e6f' },
  { kind: 'bluemind', file: 'bluemind/event-form.html', expect: 'add' },
];
