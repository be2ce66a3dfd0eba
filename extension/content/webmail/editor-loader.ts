// How a page script gets the editor module: asks the background to inject
// content/webmail-editor.js into this frame (editor-message.ts), which runs it before answering.
// One request at a time, the result kept for the page; a failed request is forgotten so that the
// runner can try again when the next editor opens.
import { publishedEditorApi, type WebmailEditorApi } from './editor-api.ts';
import { LOAD_WEBMAIL_EDITOR_MESSAGE, type LoadWebmailEditorAnswer } from './editor-message.ts';
import { extensionApi } from './ext-api.ts';

/** Returns the editor functions at once when they are already here, else a promise. */
export type EditorLoader = () => WebmailEditorApi | Promise<WebmailEditorApi>;

function reasonOf(answer: unknown): string {
  const reason = (answer as Partial<Extract<LoadWebmailEditorAnswer, { ok: false }>> | null | undefined)?.reason;
  return typeof reason === 'string' ? reason : `unexpected answer ${JSON.stringify(answer ?? null)}`;
}

async function requestInjection(scope: object): Promise<WebmailEditorApi> {
  const api = extensionApi();
  if (!api) throw new Error('not running as an extension content script: nothing can inject the editor module');
  const answer = await api.runtime.sendMessage({ type: LOAD_WEBMAIL_EDITOR_MESSAGE });
  const loaded = publishedEditorApi(scope);
  if (loaded) return loaded;
  // {ok:true} without the functions: the module ran in another world than this script's.
  throw new Error((answer as LoadWebmailEditorAnswer | undefined)?.ok ? 'the editor module ran but did not register here' : reasonOf(answer));
}

export function backgroundEditorLoader(scope: object = globalThis): EditorLoader {
  let pending: Promise<WebmailEditorApi> | null = null;
  return () => {
    const ready = publishedEditorApi(scope);
    if (ready) return ready;
    pending ??= requestInjection(scope).catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
