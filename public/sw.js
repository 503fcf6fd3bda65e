// The atlas's service worker. The build writes MANIFEST below (version = a hash of every built
// file's contents; the files to cache; the two engine builds), so this file's bytes change
// exactly when the atlas does, and the browser installs a new worker then and only then.
//
// - Install caches the app, the data and the one engine build this browser will use, in a cache
//   of its own version ("atlas:<version>").
// - A new worker waits (no skipWaiting) until the page asks for it, after the user accepted
//   the "new version" notice, or until every atlas tab is closed.
// - A page always comes from the running worker's own cache, and so do its data and its data
//   manifest: a page, its data and the version it names belong to one build, whatever the
//   network answers. The network is asked only for what the cache lacks. A new build reaches
//   the page through the new worker, never through a reload.
// - A cache is deleted only when no worker (running, waiting or installing) and no open page
//   uses it.
const MANIFEST = /* ATLAS_SW_MANIFEST */ null;

// Not "atlas-": workers before this one delete every "atlas-*" cache but their own, and would
// delete this one's while it waits.
const PREFIX = 'atlas:';
const LEGACY_PREFIX = 'atlas-';
const LEGACY = 'legacy';
const META = 'atlas:meta';
const scoped = (path) => new URL(path, self.registration.scope).href;
// Each record has one writer: the installing worker writes INSTALLING and INSTALLED, the
// activating worker ACTIVE, the running worker PAGES.
const INSTALLING = scoped('__atlas/installing');
const INSTALLED = scoped('__atlas/installed');
const ACTIVE = scoped('__atlas/active');
const PAGES = scoped('__atlas/pages');
const VERSION = MANIFEST ? MANIFEST.version : null;
const CURRENT = VERSION ? PREFIX + VERSION : null;
const LOOSE = { ignoreVary: true, ignoreSearch: true };

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

const ownFiles = () => [...MANIFEST.files, ...engineFiles()].map(scoped);

async function readRecord(key, fallback) {
  const response = await (await caches.open(META)).match(key);
  return response ? await response.json() : fallback;
}

async function writeRecord(key, value) {
  await (await caches.open(META)).put(key, new Response(JSON.stringify(value)));
}

/** Fetches what this version's cache lacks; true once it holds every file. */
async function completeCache() {
  const cache = await caches.open(CURRENT);
  const missing = [];
  for (const url of ownFiles())
    if (!(await cache.match(url, { ignoreVary: true }))) missing.push(url);
  if (missing.length === 0) return true;
  try {
    // Revalidated, so a stale copy in the HTTP cache never joins this version.
    await cache.addAll(missing.map((url) => new Request(url, { cache: 'no-cache' })));
    return true;
  } catch {
    return false;
  }
}

/** Files used only on export: fetched once a page has loaded, so that they work offline too. */
async function cacheLater() {
  const cache = await caches.open(CURRENT);
  for (const url of (MANIFEST.later || []).map(scoped))
    if (!(await cache.match(url, { ignoreVary: true })))
      await cache.add(new Request(url, { cache: 'no-cache' })).catch(() => {});
}

self.addEventListener('install', (event) => {
  if (!MANIFEST) return;
  event.waitUntil(
    (async () => {
      // Written before the cache exists, so a clean-up that sees the cache also sees this.
      await writeRecord(INSTALLING, { version: VERSION });
      if (!(await completeCache())) {
        // Half a version is no use to anyone (unless it is the running worker's own).
        if ((await readRecord(ACTIVE, {})).version !== VERSION) await caches.delete(CURRENT);
        throw new Error('the atlas could not be cached');
      }
      await writeRecord(INSTALLED, { version: VERSION });
    })(),
  );
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'SKIP_WAITING') self.skipWaiting();
  // A page that has loaded says so: the page it replaced is gone by then, so an old cache
  // nobody uses can go (on navigation the old page may still count as open).
  if (type === 'CLEAN_UP') event.waitUntil(cleanUp().then(() => MANIFEST && cacheLater()));
  // Asked of a waiting worker before the page lets it take over: can it serve its version?
  if (type === 'CHECK' && event.ports[0]) {
    const port = event.ports[0];
    event.waitUntil(
      (MANIFEST ? completeCache() : Promise.resolve(false)).then(
        (complete) => port.postMessage({ complete, version: VERSION }),
        () => port.postMessage({ complete: false, version: VERSION }),
      ),
    );
  }
});

/** The versions whose caches must stay: this worker's, the waiting and installing ones', open pages'. */
async function versionsInUse(open) {
  const keep = new Set([VERSION]);
  const registration = self.registration;
  if (registration.installing) keep.add((await readRecord(INSTALLING, {})).version);
  if (registration.waiting) keep.add((await readRecord(INSTALLED, {})).version);
  const pages = await readRecord(PAGES, {});
  const stillOpen = {};
  for (const client of open) {
    // A page this worker loaded has no entry: it is of this worker's version.
    if (pages[client.id]) {
      stillOpen[client.id] = pages[client.id];
      keep.add(pages[client.id]);
    }
  }
  return { keep, stillOpen };
}

async function cleanUp() {
  if (!CURRENT) return;
  // The list of caches first: a cache created after it is not deleted now, and one created
  // before it has its INSTALLING record already.
  const names = await caches.keys();
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const { keep, stillOpen } = await versionsInUse(open);
  await writeRecord(PAGES, stillOpen);
  const unused = names.filter((name) => {
    if (name === META) return false;
    if (name.startsWith(PREFIX)) return !keep.has(name.slice(PREFIX.length));
    return name.startsWith(LEGACY_PREFIX) && !keep.has(LEGACY);
  });
  await Promise.all(unused.map((name) => caches.delete(name)));
}

self.addEventListener('activate', (event) => {
  if (!MANIFEST) return;
  event.waitUntil(
    (async () => {
      // Pages open now were loaded by an earlier worker: they keep its version (and its cache)
      // until they close or reload.
      const previous = (await readRecord(ACTIVE, null))?.version;
      const legacy = (await caches.keys()).some((name) => name.startsWith(LEGACY_PREFIX));
      const earlier = previous ?? (legacy ? LEGACY : null);
      const pages = await readRecord(PAGES, {});
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const claimed = {};
      for (const client of open) {
        const version = pages[client.id] ?? earlier;
        if (version && version !== VERSION) claimed[client.id] = version;
      }
      await writeRecord(PAGES, claimed);
      await writeRecord(ACTIVE, { version: VERSION });
      await self.clients.claim();
      await cleanUp();
      // Not awaited: activation does not wait for what only an export needs.
      cacheLater().catch(() => {});
    })(),
  );
});

/** The version a page belongs to: the worker that loaded it, which may be an earlier one. */
async function versionOf(clientId) {
  if (!clientId) return VERSION;
  const pages = await readRecord(PAGES, {});
  return pages[clientId] ?? VERSION;
}

/** From one version's cache; from the network only if that cache lacks it. */
async function fromVersion(version, request, key) {
  // caches.has first: caches.open would create an empty cache for a version that has none.
  const name = PREFIX + version;
  const cached = (await caches.has(name)) && (await (await caches.open(name)).match(key, LOOSE));
  return cached || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !MANIFEST) return;
  const scope = new URL(self.registration.scope);
  const path = url.pathname.slice(scope.pathname.length);
  // The embed page (issue 25) is a page of its own, framed by other sites: never the root page.
  if (path === 'embed.html') {
    event.respondWith(fromVersion(VERSION, event.request, scoped('embed.html')));
    return;
  }
  if (event.request.mode === 'navigate' || path === '' || path === 'index.html') {
    event.respondWith(fromVersion(VERSION, event.request, scoped('./')));
    event.waitUntil(cleanUp());
    return;
  }
  if (path === 'data/manifest.json') {
    event.respondWith(
      versionOf(event.clientId).then((version) =>
        fromVersion(version, event.request, scoped('data/manifest.json')),
      ),
    );
    // A page asks for the manifest once it runs: the page it replaced is gone by then.
    event.waitUntil(cleanUp());
    return;
  }
  event.respondWith(
    (async () => {
      // Every other address is unique to one version (hashed names, data files with ?v=).
      // Vite's preview server sends "Vary: Origin" and module scripts send an Origin: ignore it.
      const cached = await caches.match(event.request, { ignoreVary: true });
      return cached || fetch(event.request);
    })(),
  );
});
