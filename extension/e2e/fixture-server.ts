// A local web server for the extension's end-to-end tests: an editor page with the three kinds of
// field insert-anywhere must handle (and a frame from another origin), a rich editor that handles
// pastes itself, and a fake Meet `/api/v1.0/config/` (the shape Meet publishes,
// notes/visio-meet.md §2.1 and §3) so "check this instance" has something real to read over HTTP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';

export const TEXT_BEFORE = 'Bonjour à tous,\nvoici l’ordre du jour.';
export const TEXT_AFTER = '\nCordialement,\nla DINUM';
export const INPUT_BEFORE = 'Salle 12 ';
export const INPUT_AFTER = ' (2e étage)';

/** `port`: the server's, for a cross-origin frame (localhost vs 127.0.0.1) the extension may not touch. */
const editorPage = (port: number) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Éditeur</title></head>
<body>
<label>Lieu <input id="location" type="text" value="${INPUT_BEFORE}${INPUT_AFTER}"></label>
<label>Notes <textarea id="notes" rows="8" cols="60">${TEXT_BEFORE}${TEXT_AFTER}</textarea></label>
<div id="rich" contenteditable="true" aria-label="Description"><p>Avant le lien.</p><p id="rich-caret">Texte <b>gras</b> après.</p></div>
<iframe title="Publicité" src="http://localhost:${port}/frame.html" width="300" height="80"></iframe>
<script>
  // Counts input events the way a framework would see them.
  window.inputEvents = { location: 0, notes: 0, rich: 0 };
  for (const id of Object.keys(window.inputEvents)) {
    document.getElementById(id).addEventListener('input', () => { window.inputEvents[id] += 1; });
  }
</script>
</body></html>`;

/**
 * An empty rich editor that, like ProseMirror or Lexical, takes a paste itself: it cancels the
 * event and shows the pasted HTML at its next render, a moment later. The caret then sits in the
 * editor element itself (no text node yet).
 */
const PASTE_EDITOR_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Éditeur riche</title></head>
<body>
<div id="editor" contenteditable="true" aria-label="Description"></div>
<script>
  window.pastes = 0;
  const editor = document.getElementById('editor');
  editor.addEventListener('paste', (event) => {
    event.preventDefault();
    window.pastes += 1;
    const html = event.clipboardData.getData('text/html');
    setTimeout(() => editor.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes), 50);
  });
</script>
</body></html>`;

export const MEET_CONFIG = {
  telephony: { enabled: true, default_country: 'FR', international_phone_number: '+33 9 01 02 03 04' },
  LANGUAGE_CODE: 'fr-fr',
  livekit: { url: 'wss://livekit.example.fr' },
};

export interface FixtureServer {
  readonly origin: string;
  close(): Promise<void>;
}

const FRAMEWORK_PAGE = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cadre</title></head><body><script src="framework.js"></script></body></html>';

/** The framework page's script, bundled with esbuild when the server starts. */
async function frameworkScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'fixtures/framework-app.tsx')], bundle: true, write: false, format: 'iife',
    jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const framework = await frameworkScript();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/framework.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(FRAMEWORK_PAGE);
    } else if (path === '/framework.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(framework);
    } else if (path === '/editor.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(editorPage((server.address() as AddressInfo).port));
    } else if (path === '/paste-editor.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PASTE_EDITOR_PAGE);
    } else if (path === '/frame.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Cadre</title><textarea aria-label="Autre"></textarea>');
    } else if (/^(\/[a-z]+)?\/api\/v1\.0\/config\/$/.test(path)) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(MEET_CONFIG));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
