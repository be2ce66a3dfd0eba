// Google Calendar. Facts: jitsi/jidesha calendar/meet-calendar.js (2017–2024) and
// brave/brave-talk-gcalendar-extension src/google/calendar.ts (2026-06), notes §1.5, §2.1, §3.1:
// the full editor is `body[data-viewfamily=EVENT_EDIT]`, location `#xLocIn input[role=combobox]`
// (React: only execCommand('insertText') sticks), description `#xDescIn [role=textbox]`
// (contenteditable). Quick-add is a `[role=dialog]` holding
// `[role=tabpanel][aria-labelledby=tabEvent]`; it hands over to the full editor through
// "More options" (jsname rhPddf historically, found structurally since brave #56).
import type { QuickAddDialog, WebmailAdapter } from '../adapter.ts';

const FULL_EDITOR = 'body[data-viewfamily="EVENT_EDIT"]';
const LOCATION = '#xLocIn input[role="combobox"]';
const DESCRIPTION = '#xDescIn [role="textbox"]';
const QUICK_ADD = '[role="dialog"]';
const EVENT_TAB = '[role="tabpanel"][aria-labelledby="tabEvent"]';
const MORE_OPTIONS = '[jsname="rhPddf"]';

function moreOptions(dialog: Element, panel: Element): HTMLElement | null {
  const known = dialog.querySelector<HTMLElement>(MORE_OPTIONS);
  if (known) return known;
  // Brave's structural rule: a Closure button outside the scrolling tab panel, without a tooltip id.
  const candidates = [...dialog.querySelectorAll<HTMLElement>('button[jsname][jsaction], [role="button"][jsname][jsaction]')]
    .filter((button) => !panel.contains(button) && !button.hasAttribute('data-tooltip-id') && !button.closest('[data-visio-group]'));
  return candidates[candidates.length - 1] ?? null;
}

export const googleAdapter: WebmailAdapter = {
  kind: 'google',
  name: 'Google Calendar',
  hostedMatches: ['https://calendar.google.com/calendar/*'],
  selfHostedPaths: [],
  hooks: [FULL_EDITOR, LOCATION, DESCRIPTION, QUICK_ADD, EVENT_TAB, MORE_OPTIONS],
  present: (doc) => doc.getElementById('xLocIn') !== null || doc.getElementById('xDescIn') !== null || doc.getElementById('tabEvent') !== null,
  findEditors(doc) {
    if (!doc.querySelector(FULL_EDITOR)) return [];
    const location = doc.querySelector<HTMLInputElement>(LOCATION);
    const description = doc.querySelector<HTMLElement>(DESCRIPTION);
    if (!location && !description) return [];
    const locationBox = location?.closest('#xLocIn') ?? null;
    const anchor = locationBox ?? description!.closest('#xDescIn') ?? description!;
    return [{
      root: doc.body,
      location,
      description: description ? { element: description, format: 'html' as const } : null,
      mount: { parent: anchor.parentElement!, before: anchor.nextSibling },
      plainWrite: 'insertText' as const,
    }];
  },
  findQuickAdd(doc) {
    const dialogs: QuickAddDialog[] = [];
    if (doc.querySelector(FULL_EDITOR)) return dialogs;
    for (const dialog of doc.querySelectorAll(QUICK_ADD)) {
      const panel = dialog.querySelector(EVENT_TAB);
      if (!panel) continue;
      const description = panel.querySelector('[jsname="hGaP9"]');
      dialogs.push({
        root: dialog,
        mount: description ? { parent: description.parentElement!, before: description } : { parent: panel, before: null },
        openFullEditor() {
          const button = moreOptions(dialog, panel);
          if (!button) return false;
          button.click();
          return true;
        },
      });
    }
    return dialogs;
  },
};
