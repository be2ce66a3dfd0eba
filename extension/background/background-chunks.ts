// The background starts with its listeners alone; the code that does the work comes in chunks
// loaded when an event needs it. A Chrome service worker starts again after every idle stop (about
// 30 s) and compiles its whole script each time, so every wake-up of a worker that carried ical.js,
// the zone table and the invitation code paid for ~85 KB gzip it mostly did not use.
//
// How a chunk is loaded:
// - Chrome (service worker, classic script): `import()` is not allowed in service workers, and
//   `importScripts()` after installation only takes scripts the worker imported while installing
//   (Service Worker spec, "script resource map"; Chromium 156 here refuses others with a
//   NetworkError, checked with a two-file extension). So the install handler
//   imports every chunk once, which stores them with the worker, and later calls to
//   `importScripts()` read them from there, synchronously.
// - Firefox (event page, a document): `import()` of the chunk's extension URL, written as a literal
//   for each chunk (the build keeps `/background/*` external): addons-linter rejects an `import()`
//   whose argument is not a literal (UNSAFE_VAR_ASSIGNMENT), and AMO with it.
// Each chunk is a self-contained classic script that registers its API under CHUNKS on the global.
import type { ActionsChunk } from './actions.ts';
import type { CalendarChunk } from './calendar/calendar-background.ts';
import type { ProfileChunk } from './profile-answer.ts';

export interface ChunkApis {
  readonly actions: ActionsChunk;
  readonly calendar: CalendarChunk;
  readonly profile: ProfileChunk;
}
export type ChunkName = keyof ChunkApis;

/** Paths from the extension's root, as built by scripts/build/extension.ts. */
export const CHUNK_FILES: Readonly<Record<ChunkName, string>> = {
  actions: '/background/actions.js',
  calendar: '/background/calendar.js',
  profile: '/background/profile.js',
};

const CHUNKS = Symbol.for('visio-scheduler.background-chunks');

type ChunkRegistry = { [CHUNKS]?: Partial<ChunkApis> };
type WorkerScope = typeof globalThis & { importScripts?: (...urls: string[]) => void };

function registry(): Partial<ChunkApis> {
  const scope = globalThis as ChunkRegistry;
  return (scope[CHUNKS] ??= {});
}

/** Called by a chunk's entry file when it runs. */
export function registerChunk<N extends ChunkName>(name: N, api: ChunkApis[N]): void {
  (registry() as Record<ChunkName, unknown>)[name] = api;
}

/** Chrome only: store every chunk with the worker while it installs (see the top of this file). */
export function storeChunksAtInstall(): void {
  const scope = globalThis as WorkerScope;
  if (typeof scope.importScripts !== 'function') return;
  scope.addEventListener('install', () => scope.importScripts!(...Object.values(CHUNK_FILES)));
}

const loading = new Map<ChunkName, Promise<unknown>>();

/** The same files as CHUNK_FILES (background-chunks.test.ts checks it). */
export const FIREFOX_IMPORTS: Readonly<Record<ChunkName, () => Promise<unknown>>> = {
  actions: () => import('/background/actions.js'),
  calendar: () => import('/background/calendar.js'),
  profile: () => import('/background/profile.js'),
};

async function runChunk(name: ChunkName): Promise<void> {
  const scope = globalThis as WorkerScope;
  if (typeof scope.importScripts === 'function') scope.importScripts(CHUNK_FILES[name]);
  else await FIREFOX_IMPORTS[name]();
}

/** The chunk's API, running its script the first time it is asked for. */
export function loadChunk<N extends ChunkName>(name: N): Promise<ChunkApis[N]> {
  const ready = registry()[name];
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(name) as Promise<ChunkApis[N]> | undefined;
  if (!pending) {
    pending = runChunk(name).then(() => {
      const api = registry()[name];
      if (!api) throw new Error(`Visio: background chunk "${name}" ran but did not register`);
      return api;
    });
    // A failed load may succeed later (an update was half written): forget it and try again then.
    pending.catch(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}
