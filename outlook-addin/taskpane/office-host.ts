// The shared/ui Host, implemented with Office.js for the task pane (shared/ui/host.ts). Everything
// Office-specific stays here; the components only see the interface. Outlook-only extras (add,
// regenerate, automatic Visio) are methods of this class that the task pane's own views call.
import type { Lang } from '../../shared/core/i18n/lang.ts';
import type { Profile } from '../../shared/core/profile/profile.ts';
import type { Host, HostResult, ProfileState, UserSettings } from '../../shared/ui/host.ts';
import { copyFailure } from '../../shared/ui/meeting/copy-failure.ts';
import { isComposeAppointment } from '../office/item-kind.ts';
import type { ComposeItem, MailboxContext } from '../office/item-api.ts';
import { addMeetingToItem, currentMeeting, removeMeetingFromItem, type AddOutcome, type MeetingEnv } from '../meeting/item-meeting.ts';
import { resolveAddinState, type AddinState } from '../settings/addin-state.ts';
import { readUserSettings, saveUserSettings } from '../settings/roaming-settings.ts';

export interface OfficeHostDeps {
  readonly context: MailboxContext;
  readonly item: () => unknown;
  readonly baseProfile: Profile;
  /** Clipboard and window of the page; the test page has real ones (Chromium). */
  readonly clipboard?: Pick<Clipboard, 'write' | 'writeText'>;
}

function failure(key: string, reason: unknown): HostResult {
  return { ok: false, error: { key, params: { reason: reason instanceof Error ? reason.message : String(reason) } } };
}

export class OfficeHost implements Host {
  readonly kind = 'outlook' as const;
  private state: AddinState;
  private readonly listeners = new Set<(state: ProfileState) => void>();

  constructor(private readonly deps: OfficeHostDeps) {
    this.state = resolveAddinState(deps.baseProfile, deps.context);
  }

  /** Follows the settings: choosing another language in the pane switches it at once. */
  get lang(): Lang {
    return this.state.lang;
  }

  get addinState(): AddinState {
    return this.state;
  }

  async getProfile(): Promise<ProfileState> {
    return this.state;
  }

  /** The settings form sends the whole user layer; automatic Visio lives in the pane, so it is kept. */
  async saveSettings(settings: UserSettings): Promise<ProfileState> {
    const current = readUserSettings(this.deps.context.roamingSettings);
    const merged: UserSettings = { ...settings, autoVisio: settings.autoVisio ?? current.autoVisio };
    await saveUserSettings(this.deps.context.roamingSettings, merged);
    this.state = resolveAddinState(this.deps.baseProfile, this.deps.context);
    for (const listener of this.listeners) listener(this.state);
    return this.state;
  }

  onProfileChange(listener: (state: ProfileState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async saveAutoVisio(on: boolean): Promise<AddinState> {
    const current = readUserSettings(this.deps.context.roamingSettings);
    await this.saveSettings({ ...current, autoVisio: on });
    return this.state;
  }

  async copy(text: string, html?: string): Promise<HostResult> {
    const clipboard = this.deps.clipboard;
    if (!clipboard) return copyFailure(new Error('no clipboard in this Outlook'));
    try {
      if (html !== undefined && typeof ClipboardItem !== 'undefined') {
        await clipboard.write([new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        })]);
      } else {
        await clipboard.writeText(text);
      }
      return { ok: true };
    } catch (error) {
      return copyFailure(error);
    }
  }

  async openUrl(url: string): Promise<void> {
    this.deps.context.openBrowserWindow?.(url);
  }

  /** The item being composed, when it is an appointment (the pane also opens on read items). */
  appointment(): ComposeItem | null {
    const item = this.deps.item();
    return isComposeAppointment(item) ? item : null;
  }

  private env(makeMeeting?: MeetingEnv['makeMeeting']): MeetingEnv {
    const item = this.appointment();
    return {
      profile: this.state.profile,
      lang: this.lang,
      makeMeeting,
      useEnhancedLocation: Boolean(item?.enhancedLocation) && this.deps.context.isSetSupported('Mailbox', '1.8'),
    };
  }

  async insertIntoItem(meeting: { readonly url: string }): Promise<HostResult> {
    const item = this.appointment();
    if (!item) return { ok: false, error: { key: 'notAppointment' } };
    try {
      await addMeetingToItem(item, this.env(() => ({ url: meeting.url, slug: meeting.url.slice(meeting.url.lastIndexOf('/') + 1) })));
      return { ok: true };
    } catch (error) {
      return failure('officeRefused', error);
    }
  }

  /** Adds a new meeting, or (regenerate) replaces ours with a new room. */
  async addToItem(regenerate: boolean): Promise<AddOutcome> {
    const item = this.appointment();
    if (!item) throw new Error('not an appointment being composed');
    return addMeetingToItem(item, this.env(), { regenerate });
  }

  async removeFromItem(): Promise<HostResult> {
    const item = this.appointment();
    if (!item) return { ok: false, error: { key: 'notAppointment' } };
    try {
      const result = await removeMeetingFromItem(item, this.env());
      return result === 'removed' ? { ok: true } : { ok: false, error: { key: 'nothingToRemove' } };
    } catch (error) {
      return failure('officeRefused', error);
    }
  }

  async currentItemLink(): Promise<string | null> {
    return (await this.currentItemMeeting())?.url ?? null;
  }

  /** The item's meeting and whether it is our block (only ours can be removed or replaced). */
  async currentItemMeeting(): Promise<{ url: string; ours: boolean } | null> {
    const item = this.appointment();
    if (!item) return null;
    return currentMeeting(item, this.env());
  }
}
