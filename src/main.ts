import { mount } from 'svelte';
import App from './App.svelte';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './app.css';
import './static-page.css';
import { isBenchQuery } from './lib/perf';
import { appUpdates } from './lib/sw/updates.svelte';
import { loadLanguage, translator } from './lib/i18n';
import { appRootOf, staticPageAt } from './lib/state/page-address';
import { takeOverStaticPage } from './lib/ui/takeover';
import {
  decodeFilters,
  describeWarnings,
  encodeFilters,
  preferredLanguage,
} from './lib/state/url-codec';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app element');

/** The atlas's root, from this module's own address: a State's page or a sub-path finds it too. */
const root = appRootOf(import.meta.url);
const params = new URLSearchParams(location.search);
const staticPage = staticPageAt(root.href, location.pathname);
// A State's page names its State and language in its path; the address's own query wins.
if (staticPage && !params.has('profile')) params.set('profile', staticPage.profile);
if (staticPage && !params.has('lang')) params.set('lang', staticPage.lang);
const decoded = decodeFilters(params);
if (!params.has('lang')) decoded.filters.lang = preferredLanguage(navigator.languages);
await loadLanguage(decoded.filters.lang);
const ignored = describeWarnings(decoded.warnings, translator(decoded.filters.lang));
if (decoded.warnings.length > 0) {
  // The address now says what is shown, so "Copy link" never passes a rejected value on.
  const applied = encodeFilters(decoded.filters);
  if (isBenchQuery(location.search)) applied.set('bench', '1');
  if (decoded.version !== null) applied.set('v', decoded.version);
  const query = applied.toString();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
  );
}
takeOverStaticPage(
  document.getElementById('prerender'),
  target,
  encodeFilters(decoded.filters).toString(),
);
mount(App, {
  target,
  props: {
    initial: { filters: decoded.filters, ignored, linkVersion: decoded.version, root: root.href },
  },
});

if (import.meta.env.PROD && !isBenchQuery(location.search)) {
  appUpdates.register(new URL('sw.js', root).href).catch(() => {
    // Without a service worker the atlas still works online; only the offline copy is missing.
  });
}
