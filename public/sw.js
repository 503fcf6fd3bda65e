// Precaches the whole built atlas (app, engine, data, fonts) on install, so that after one
// visit it opens with no network. Paths are relative to the service worker's scope, so the
// atlas works from any static host and sub-path.
const CACHE_PREFIX = 'atlas-';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(new URL('precache.json', self.registration.scope), {
        cache: 'no-store',
      });
      const { version, files } = await response.json();
      const cache = await caches.open(CACHE_PREFIX + version);
      await cache.addAll(files.map((f) => new URL(f, self.registration.scope).href));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      const current = (await caches.keys()).filter((k) => k.startsWith(CACHE_PREFIX)).pop();
      await Promise.all(
        keys
          .filter((k) => k.startsWith(CACHE_PREFIX) && k !== current)
          .map((k) => caches.delete(k)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cached = await caches.match(event.request, {
        ignoreSearch: url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
      });
      if (cached) return cached;
      try {
        return await fetch(event.request);
      } catch (error) {
        const shell = await caches.match(new URL('./', self.registration.scope).href);
        if (shell && event.request.mode === 'navigate') return shell;
        throw error;
      }
    })(),
  );
});
