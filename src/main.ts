import { mount } from 'svelte';
import App from './App.svelte';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './app.css';
import { isBenchQuery } from './lib/perf';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app element');
mount(App, { target });

if ('serviceWorker' in navigator && import.meta.env.PROD && !isBenchQuery(location.search)) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Without a service worker the atlas still works online; only the offline copy is missing.
  });
}
