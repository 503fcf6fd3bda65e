// The atlas's service worker. The build writes MANIFEST below (version = a hash of every built
// file's contents; the files to cache; the two engine builds), so this file's bytes change
// exactly when the atlas does, and the browser installs a new worker then and only then.
//
// - Install caches the app, the data and the one engine build this browser will use.
// - A new worker waits (no skipWaiting) until the page asks for it, after the user accepted
//   the "new version" notice, or until every atlas tab is closed.
// - index.html and data/manifest.json come from the network first, the cache when offline;
//   everything else from the cache first. Every other URL is unique to one version (hashed
//   names, data files with ?v=), so a page never mixes two versions.
// - A cache is deleted only once no open page was loaded from it.
const MANIFEST = /* ATLAS_SW_MANIFEST */ null;

const PREFIX = 'atlas-';
const META = 'atlas-meta';
const OLD_CLIENTS = new URL('__atlas/old-clients', self.registration.scope).href;
const scoped = (path) => new URL(path, self.registration.scope).href;
const CURRENT = MANIFEST ? PREFIX + MANIFEST.version : null;

/** The check DuckDB-WASM makes to choose its build: WebAssembly exceptions, or not. */
function engineFiles() {
  let exceptions;
  try {
    exceptions = WebAssembly.validate(
      new Uint8Array([
        0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11,
        11,
      ]),
    );
  } catch {
    exceptions = false;
  }
  return exceptions ? MANIFEST.engine.eh : MANIFEST.engine.mvp;
}

self.addEventListener('install', (event) => {
  if (!MANIFEST) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CURRENT);
      await cache.addAll([...MANIFEST.files, ...engineFiles()].map(scoped));
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  // A page that has loaded says so: the page it replaced is gone by then, so an old cache
  // nobody uses can go (on navigation the old page may still count as open).
  if (event.data && event.data.type === 'CLEAN_UP') event.waitUntil(cleanUp());
});

async function readOldClients() {
  const meta = await caches.open(META);
  const response = await meta.match(OLD_CLIENTS);
  return response ? await response.json() : [];
}

/** Deletes the caches of earlier versions once no page loaded from them is open. */
async function cleanUp() {
  if (!CURRENT) return;
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const old = await readOldClients();
  if (open.some((c) => old.includes(c.id))) return;
  const keys = await caches.keys();
  await Promise.all(
    keys.filter((k) => k.startsWith(PREFIX) && k !== CURRENT).map((k) => caches.delete(k)),
  );
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Pages open now were loaded by an earlier worker: their version's cache stays while they do.
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const meta = await caches.open(META);
      await meta.put(OLD_CLIENTS, new Response(JSON.stringify(open.map((c) => c.id))));
      await self.clients.claim();
      await cleanUp();
    })(),
  );
});

async function networkFirst(request, fallbackKey) {
  try {
    const response = await fetch(request);
    if (response.ok) return response;
    throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    const cached =
      (CURRENT &&
        (await (
          await caches.open(CURRENT)
        ).match(fallbackKey, { ignoreSearch: true, ignoreVary: true }))) ||
      (await caches.match(fallbackKey, { ignoreSearch: true, ignoreVary: true }));
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !MANIFEST) return;
  const scope = new URL(self.registration.scope);
  const path = url.pathname.slice(scope.pathname.length);
  if (event.request.mode === 'navigate' || path === '' || path === 'index.html') {
    event.respondWith(networkFirst(event.request, scoped('./')));
    event.waitUntil(cleanUp());
    return;
  }
  if (path === 'data/manifest.json') {
    event.respondWith(networkFirst(event.request, scoped('data/manifest.json')));
    // A page asks for the manifest once it runs: the page it replaced is gone by then.
    event.waitUntil(cleanUp());
    return;
  }
  event.respondWith(
    (async () => {
      // Vite's preview server sends "Vary: Origin" and module scripts send an Origin: ignore it.
      const cached = await caches.match(event.request, { ignoreVary: true });
      return cached || fetch(event.request);
    })(),
  );
});
