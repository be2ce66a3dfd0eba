// Every webmail adapter, by kind. The build reads it for the manifest; the runtime registration
// reads it for match patterns; the consistency test checks it against WEBMAIL_KINDS.
// Content scripts import their one adapter directly (entries/<kind>.ts), never this file.
import type { WebmailKind } from '../../../shared/core/profile/profile.ts';
import type { WebmailAdapter } from './adapter.ts';
import { sogoAdapter } from './adapters/sogo.ts';
import { roundcubeAdapter } from './adapters/roundcube.ts';
import { zimbraAdapter } from './adapters/zimbra.ts';
import { owaAdapter } from './adapters/owa.ts';
import { googleAdapter } from './adapters/google.ts';
import { nextcloudAdapter } from './adapters/nextcloud.ts';
import { oxAdapter } from './adapters/ox.ts';
import { bluemindAdapter } from './adapters/bluemind.ts';

export const WEBMAIL_ADAPTERS: Readonly<Record<WebmailKind, WebmailAdapter>> = {
  sogo: sogoAdapter,
  roundcube: roundcubeAdapter,
  zimbra: zimbraAdapter,
  owa: owaAdapter,
  google: googleAdapter,
  nextcloud: nextcloudAdapter,
  ox: oxAdapter,
  bluemind: bluemindAdapter,
};

export function adapterFor(kind: WebmailKind): WebmailAdapter {
  return WEBMAIL_ADAPTERS[kind];
}

/** The built file of a kind's content script (its watcher, watch.ts), relative to the extension root. */
export function contentScriptFile(kind: WebmailKind): string {
  return `content/webmail-${kind}.js`;
}
