import { encodeFilters } from '../state/url-codec';
import type { Filters } from '../model/filters';
import type { FigureName } from '../model/figure-names';

/** What the embed page posts to the page that frames it, so that the frame fits its content. */
export const EMBED_HEIGHT_MESSAGE = 'atlas-embed-height';

/** The atlas's root at a public address: `https://x.org/atlas` and `…/atlas/index.html` alike. */
export function atlasRoot(publicBase: string): URL {
  const url = new URL(publicBase);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('.html')) url.pathname = url.pathname.replace(/[^/]*$/, '');
  else if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The embed page of one figure with the filters (and language) shown. */
export function embedUrl(publicBase: string, figure: FigureName, filters: Filters): string {
  const url = new URL('embed.html', atlasRoot(publicBase));
  const params = new URLSearchParams({ view: figure });
  for (const [key, value] of encodeFilters(filters)) params.set(key, value);
  url.search = params.toString();
  return url.href;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The code a web page pastes: the frame, and a listener that sets its height to what the embed
 * posts (only messages from the atlas's origin, only to the frame that sent them). No style
 * attribute: a page whose policy forbids inline styles still gets a frame without a border.
 */
export function embedCode(src: string, title: string): string {
  const origin = new URL(src).origin;
  const frame =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="640" loading="lazy"></iframe>`;
  const listener =
    `<script>window.addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
    `var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)` +
    `if(f[i].contentWindow===e.source){f[i].style.border="0";` +
    `f[i].style.height=Math.ceil(Number(d.height))+"px"}});</script>`;
  return `${frame}\n${listener}`;
}
