// Shared set-up for the fake-mailbox tests: a typical appointment, deterministic rooms, a host.
import { DEFAULT_PROFILE } from '../../shared/core/profile/default-profile.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import { roomUrl, type Meeting } from '../../shared/core/meeting/room.ts';
import type { CommandHost } from '../commands/handlers.ts';
import type { ClientQuirks } from './client-quirks.ts';
import { FakeAppointment, FakeMailboxContext, FakeRoamingSettings, htmlToText, type FakeAppointmentSeed } from './fake-mailbox.ts';

/** What a user typed before clicking: formatting, a link of their own, an id, a class, data-*. */
export const USER_HTML = '<div class="greeting" data-note="x"><p>Bonjour à toutes et à tous,</p>'
  + '<p id="agenda">Ordre du jour : <b>budget 2027</b> &amp; <a href="https://intranet.example.fr/doc?a=1&amp;b=2">note</a>.</p></div>'
  + '<p>Cordialement,<br>Camille</p>';
export const USER_TEXT = htmlToText(USER_HTML);
export const ROOM = 'Salle 4.12 (bâtiment Ségur)';

/** Rooms `abc-defg-hij`, `abd-…`: predictable, so assertions can name them. */
export function meetingSequence(profile: Profile = DEFAULT_PROFILE): () => Meeting {
  const slugs = ['abc-defg-hij', 'klm-nopq-rst', 'uvw-xyza-bcd', 'efg-hijk-lmn'];
  let next = 0;
  return () => {
    const slug = slugs[next++ % slugs.length] ?? 'abc-defg-hij';
    return { slug, url: roomUrl(profile.instanceUrl, slug) };
  };
}

export function seedFor(quirks: ClientQuirks, seed: Partial<FakeAppointmentSeed> = {}): FakeAppointmentSeed {
  return {
    body: quirks.textBody ? USER_TEXT : USER_HTML,
    location: ROOM,
    rooms: [ROOM],
    ...seed,
  };
}

export interface Scenario {
  readonly item: FakeAppointment;
  readonly context: FakeMailboxContext;
  readonly host: CommandHost;
}

export function scenario(quirks: ClientQuirks, options: {
  seed?: Partial<FakeAppointmentSeed>;
  profile?: Profile;
  roaming?: Record<string, unknown>;
  displayLanguage?: string;
  timeoutMs?: number;
} = {}): Scenario {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const item = new FakeAppointment(quirks, seedFor(quirks, options.seed));
  const context = new FakeMailboxContext(quirks, new FakeRoamingSettings(options.roaming ?? {}), options.displayLanguage ?? 'fr-FR');
  const host: CommandHost = {
    item: () => item, context, profile, lang: 'fr', makeMeeting: meetingSequence(profile),
    timeoutMs: options.timeoutMs ?? 2_000, staleReadDelayMs: 1,
  };
  return { item, context, host };
}
