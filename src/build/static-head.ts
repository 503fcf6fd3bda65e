import type { Lang } from '../lib/model/filters';
import type { StaticBody } from './static-html';

export interface PageAddress {
  /** Relative to the atlas's root: '' or 'profile/BEL/fr/'. */
  path: string;
  lang: Lang;
  /** The same page in each language (paths from the root), or null for a page in one language. */
  alternates: Record<Lang, string> | null;
}

const escapeAttr = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

const meta = (attr: 'name' | 'property', key: string, content: string) =>
  `<meta ${attr}="${key}" content="${escapeAttr(content)}" />`;

/**
 * The page's title, description and link previews. og:url and og:image need absolute
 * addresses: without a public address (ATLAS_PUBLIC_URL) they are left out.
 */
export function pageHead(
  body: StaticBody,
  address: PageAddress,
  options: { prefix: string; base: URL | null; preview: string | null },
): string {
  const { base, prefix, preview } = options;
  const href = (path: string) => (base ? new URL(path, base).href : `${prefix}${path}` || './');
  const lines = [
    `<title>${escapeAttr(body.title)}</title>`,
    `<noscript><link rel="stylesheet" href="${prefix || './'}static-noscript.css" /></noscript>`,
    meta('name', 'description', body.description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', body.title),
    meta('property', 'og:description', body.description),
    meta('property', 'og:locale', address.lang),
  ];
  if (base) lines.push(meta('property', 'og:url', new URL(address.path, base).href));
  if (preview) {
    lines.push(
      meta('property', 'og:image', preview),
      meta('property', 'og:image:width', '1200'),
      meta('property', 'og:image:height', '630'),
      meta('property', 'og:image:alt', body.title),
      meta('name', 'twitter:card', 'summary_large_image'),
    );
  }
  if (address.alternates) {
    for (const [lang, path] of Object.entries(address.alternates))
      lines.push(`<link rel="alternate" hreflang="${lang}" href="${escapeAttr(href(path))}" />`);
    lines.push(
      `<link rel="alternate" hreflang="x-default" href="${escapeAttr(href(address.alternates.en))}" />`,
    );
  }
  return lines.join('\n    ');
}

/**
 * The built index.html as a static page: its language, its head, the page's markup before the
 * app's mount point, and the relative addresses of the app's files seen from the page's folder.
 */
export function withBody(
  template: string,
  head: string,
  html: string,
  prefix: string,
  lang: Lang,
): string {
  // A page written before (a second run over the same dist/) is the template again.
  let page = template
    .replace(/<!-- static-head -->[\s\S]*?<!-- \/static-head -->/, '<title></title>')
    .replace(/<div id="prerender">[\s\S]*?<\/div><div id="app"><\/div>/, '<div id="app"></div>')
    .replace(/<html lang="[a-z]+">/, `<html lang="${lang}">`);
  if (prefix) page = page.replace(/(href|src)="\.\//g, `$1="${prefix}`);
  page = page
    .replace(
      /<title>[^<]*<\/title>/,
      () => `<!-- static-head -->\n    ${head}\n    <!-- /static-head -->`,
    )
    .replace('<div id="app"></div>', () => `<div id="prerender">${html}</div><div id="app"></div>`);
  if (!page.includes('id="prerender"')) throw new Error('index.html has no <div id="app"></div>');
  return page;
}
