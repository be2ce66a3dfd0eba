// A user's moves in SOGo's calendar, keyed on the same stable hooks as the adapter (ng-model,
// ng-click, form names): they work whatever the UI language.
import { waitFor, type E2EPage } from './browsers.ts';
import type { SogoServer } from './harness.ts';

export async function login(page: E2EPage, server: SogoServer, user: string, day?: string): Promise<void> {
  await page.goto(`${server.baseUrl}/SOGo/`);
  const status = await page.evaluate(async (creds) => {
    const response = await fetch('/SOGo/connect', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userName: creds.user, password: creds.user, rememberLogin: 0 }),
    });
    return response.status;
  }, { user });
  if (status !== 200) throw new Error(`SOGo login for ${user}: HTTP ${status}`);
  await openCalendar(page, server, user, day);
}

export async function openCalendar(page: E2EPage, server: SogoServer, user: string, day?: string): Promise<void> {
  // A hash-only change would not reload: events seeded over CalDAV since would not show.
  await page.goto('about:blank');
  await page.goto(`${server.baseUrl}/SOGo/so/${user}/Calendar/view${day ? `#!/calendar/day/${day}` : ''}`);
  await waitFor(page, 'the calendar page', () => Boolean(document.querySelector('button[ng-click="list.newComponent($event, \'appointment\')"]')), null);
}

export async function openNewEvent(page: E2EPage): Promise<void> {
  await page.evaluate(() => {
    (document.querySelector('md-fab-trigger button') as HTMLElement | null)?.click();
    (document.querySelector('button[ng-click="list.newComponent($event, \'appointment\')"]') as HTMLElement).click();
  }, null);
  await waitFor(page, 'the new-event editor', () => Boolean(document.querySelector('form[name="eventForm"] input[ng-model="editor.component.location"]')), null);
}

/** Opens an event shown in the day view by its (unique, test-made) title, then its editor. */
export async function openExistingEvent(page: E2EPage, title: string, options: { allOccurrences?: boolean } = {}): Promise<void> {
  await waitFor(page, `the event "${title}" in the grid`, (text) => {
    const blocks = [...document.querySelectorAll('sg-calendar-day-table .sg-event'), ...document.querySelectorAll('.sg-event')];
    const block = blocks.find((element) => element.textContent?.includes(text));
    if (!block) return false;
    ((block.querySelector('.eventInside') ?? block) as HTMLElement).click();
    return true;
  }, title);
  if (options.allOccurrences) {
    await waitFor(page, 'the occurrence edit menu', () => {
      const trigger = document.querySelector('md-dialog md-menu[ng-show="::editor.component.isEditable"] button[ng-click="$mdMenu.open()"]') as HTMLElement | null;
      trigger?.click();
      const all = document.querySelector('button[ng-click="editor.editAllOccurrences()"]') as HTMLElement | null;
      if (!all || !all.isConnected || !trigger) return false;
      all.click();
      return true;
    }, null);
  } else {
    await waitFor(page, 'the Edit button', () => {
      const edit = document.querySelector('md-dialog button[ng-click="editor.edit()"]') as HTMLElement | null;
      edit?.click();
      return Boolean(edit);
    }, null);
  }
  await waitFor(page, 'the event editor', () => Boolean(document.querySelector('form[name="eventForm"] input[ng-model="editor.component.location"]')), null);
}

export async function setTitle(page: E2EPage, title: string): Promise<void> {
  await page.evaluate((value) => {
    const input = document.querySelector('input[ng-model="editor.component.summary"]') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, title);
}

export interface EditorView {
  readonly location: string;
  readonly description: string;
  /** Visible Visio buttons in the editor, by data-visio-action. */
  readonly actions: string[];
  readonly groups: number;
  readonly message: string;
  readonly addLabel: string;
}

export async function editorView(page: E2EPage): Promise<EditorView> {
  return page.evaluate(() => {
    const form = document.querySelector('form[name="eventForm"]');
    const buttons = [...(form?.querySelectorAll<HTMLButtonElement>('[data-visio-action]') ?? [])];
    return {
      location: (form?.querySelector('input[ng-model="editor.component.location"]') as HTMLInputElement | null)?.value ?? '',
      description: (form?.querySelector('textarea[ng-model="editor.component.comment"]') as HTMLTextAreaElement | null)?.value ?? '',
      actions: buttons.filter((button) => !button.hidden).map((button) => button.dataset.visioAction ?? ''),
      groups: form?.querySelectorAll('[data-visio-group]').length ?? 0,
      message: form?.querySelector('[data-visio-message]')?.textContent ?? '',
      addLabel: buttons.find((button) => button.dataset.visioAction === 'add')?.textContent ?? '',
    };
  }, null);
}

export async function waitForButtons(page: E2EPage, actions: string[]): Promise<void> {
  await waitFor(page, `Visio buttons ${actions.join('+')}`, (wanted) => {
    const form = document.querySelector('form[name="eventForm"]');
    const visible = [...(form?.querySelectorAll<HTMLButtonElement>('[data-visio-action]') ?? [])].filter((b) => !b.hidden).map((b) => b.dataset.visioAction);
    return visible.join('+') === wanted.join('+');
  }, actions);
}

/** Clicks a Visio button once it shows (the buttons come with the editor module, a moment after the editor). */
export async function click(page: E2EPage, action: 'add' | 'join' | 'remove', options: { force?: boolean } = {}): Promise<void> {
  await waitFor(page, `the Visio ${action} button`, (arg) => {
    const button = document.querySelector(`form[name="eventForm"] [data-visio-action="${arg.action}"]`) as HTMLButtonElement | null;
    if (!button || (button.hidden && !arg.force)) return false;
    if (arg.force) button.hidden = false; // what a stale render would offer: Add once more
    button.click();
    return true;
  }, { action, force: options.force ?? false });
}

export async function save(page: E2EPage): Promise<void> {
  await waitFor(page, 'an enabled Save', () => {
    const save = [...document.querySelectorAll<HTMLButtonElement>('form[name="eventForm"] md-dialog-actions button[type="submit"]')]
      .find((button) => !button.closest('.ng-hide') && !button.disabled);
    save?.click();
    return Boolean(save);
  }, null);
  await waitFor(page, 'the editor to close after Save', () => !document.querySelector('form[name="eventForm"]'), null);
}

export async function cancel(page: E2EPage): Promise<void> {
  await page.evaluate(() => {
    (document.querySelector('form[name="eventForm"] md-dialog-actions button[ng-click="editor.cancel(eventForm)"]') as HTMLElement).click();
  }, null);
  await waitFor(page, 'the editor to close', () => !document.querySelector('form[name="eventForm"]'), null);
}
