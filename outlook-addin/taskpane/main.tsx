/// <reference types="office-js" />
// taskpane.js: waits for Office, then renders the pane in Outlook's display language (or the user's).
import { render } from 'preact';
import { officeItem, officeMailboxContext } from '../office/office-context.ts';
import { builtProfile } from '../settings/built-profile.ts';
import { TaskpaneApp } from './app.tsx';
import { loadWords } from './load-words.ts';
import { OfficeHost } from './office-host.ts';

void Office.onReady(async () => {
  const host = new OfficeHost({
    context: officeMailboxContext(),
    item: officeItem,
    baseProfile: builtProfile(),
    clipboard: navigator.clipboard,
  });
  await loadWords(host.lang); // nothing to load for French
  document.documentElement.lang = host.lang;
  const root = document.getElementById('app');
  if (root) render(<TaskpaneApp host={host} />, root);
});
