import { mount } from 'svelte';
import App from './App.svelte';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './app.css';
import { isBenchQuery } from './lib/perf';
import { appUpdates } from './lib/sw/updates.svelte';
import { loadLanguage, translator } from './lib/i18n';
import {
  decodeFilters,
  describeWarnings,
  encodeFilters,
  preferredLanguage,
} from './lib/state/url-codec';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app element');

const params = new URLSearchParams(location.search);
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
mount(App, {
  target,
  props: { initial: { filters: decoded.filters, ignored, linkVersion: decoded.version } },
});

if (import.meta.env.PROD && !isBenchQuery(location.search)) {
  appUpdates.register('./sw.js').catch(() => {
    // Without a service worker the atlas still works online; only the offline copy is missing.
  });
}
