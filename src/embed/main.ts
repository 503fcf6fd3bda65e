import { mount } from 'svelte';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '../app.css';
import EmbedPage from './EmbedPage.svelte';
import { loadLanguage } from '../lib/i18n';
import { decodeFilters } from '../lib/state/url-codec';
import { isFigureName } from '../lib/model/figure-names';

const target = document.getElementById('embed');
if (!target) throw new Error('missing #embed element');

const params = new URLSearchParams(location.search);
const view = params.get('view') ?? '';
params.delete('view');
// An embed shows what its code asked for: a value the atlas does not know falls back to the
// default, as in the atlas, and "Open in the atlas" says what was ignored there.
const { filters } = decodeFilters(params);
await loadLanguage(filters.lang);
mount(EmbedPage, {
  target,
  props: { figure: isFigureName(view) ? view : null, filters },
});

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // Framed on another site, the embed has a worker of its own (storage is kept per site).
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Without a worker the embed still works online; only its offline copy is missing.
  });
}
