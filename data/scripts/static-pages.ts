import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import '../../src/lib/i18n/all';
import { DEFAULT_FILTERS, LANGS, queryFiltersOf, type Lang } from '../../src/lib/model/filters';
import { shapeStartup } from '../../src/lib/data/startup';
import { precomputedFile, type PrecomputedView } from '../../src/lib/data/precomputed';
import { geographyFromTopology } from '../../src/lib/map/osce-map';
import { viewPlans } from '../../src/views/registry';
import { atlasBody, profileBody, type StaticBody } from '../../src/build/static-html';
import { FIRST_SCREEN, staticFigurePath } from '../../src/build/static-figures';
import type { FigureName } from '../../src/lib/model/figure-names';
import { pageHead, withBody, type PageAddress } from '../../src/build/static-head';
import { rootPrefix, staticPagePath } from '../../src/lib/state/page-address';
import { isPublicAddress } from '../../src/lib/export/public-address';
import { openNodeEngine } from './node-engine';
import { runViewQueries } from './precompute';
import {
  fontFaceCss,
  subsetsFor,
  textAndWeights,
  withFontFaces,
} from '../../src/lib/export/font-embed';

// Usage: tsx data/scripts/static-pages.ts --out dist [--areas BEL,FRA]
// (run by the build, after Vite wrote dist/; --areas writes only those States' pages)
// Writes the default view into dist/index.html, a page per State and language under
// dist/profile/, and with ATLAS_PUBLIC_URL set, the previews (dist/previews/) and sitemap.xml.
const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const outArg = args[args.indexOf('--out') + 1];
if (!args.includes('--out') || !outArg) {
  console.error('usage: tsx data/scripts/static-pages.ts --out DIR');
  process.exit(2);
}
const OUT = resolve(outArg);
const areasArg = args.includes('--areas') ? args[args.indexOf('--areas') + 1] : undefined;
const areas = areasArg ? new Set(areasArg.split(',')) : null;
const started = Date.now();
const publicUrl = process.env.ATLAS_PUBLIC_URL?.trim() ?? '';
const base = isPublicAddress(publicUrl)
  ? new URL(publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`)
  : null;
if (publicUrl && !base)
  console.error(
    `static pages: ATLAS_PUBLIC_URL "${publicUrl}" is not an http(s) address: no previews`,
  );

const template = readFileSync(resolve(OUT, 'index.html'), 'utf8');
const precomputed = JSON.parse(
  readFileSync(resolve(OUT, 'data', precomputedFile('default')), 'utf8'),
) as PrecomputedView;
const startup = shapeStartup(precomputed.startup);
const geography = geographyFromTopology(
  JSON.parse(readFileSync(resolve(OUT, 'data/osce-map.topo.json'), 'utf8')),
);
const document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
const inputs = { document, startup, geography, version: precomputed.version };

const defaultPlans = viewPlans(queryFiltersOf(DEFAULT_FILTERS), { countSourceOverride: null });
const defaultResults = Object.fromEntries(
  defaultPlans.map((p) => [p.name, p.shape(precomputed.views[p.name] ?? {})]),
);

const renderPreview = base ? (await import('../../src/build/og-image')).renderPreview : null;
const sitemap: string[] = [];

function write(path: string, body: StaticBody, address: PageAddress) {
  const prefix = rootPrefix(path);
  let preview: string | null = null;
  if (base && renderPreview) {
    const name = `previews/${(path || 'atlas/').replaceAll('/', '-').replace(/-$/, '')}.png`;
    const file = resolve(OUT, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderPreview(body, address.lang, base.host));
    preview = new URL(name, base).href;
  }
  const head = pageHead(body, address, { prefix, base, preview });
  const file = resolve(OUT, path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, withBody(template, head, body.html, prefix, address.lang));
  if (base) sitemap.push(new URL(path, base).href);
}

const serializer = new new JSDOM('').window.XMLSerializer();
const FONT_DIR = resolve(ROOT, 'node_modules/@fontsource/noto-sans/files');

/**
 * A figure file is shown through an <img>, which cannot reach the page's fonts: it carries the
 * Noto Sans subsets its text needs, as the PNG exports do.
 */
function withAtlasFont(markup: string): string {
  const { text, weights } = textAndWeights(markup);
  const faces = subsetsFor(text, weights).map((subset) => {
    const file = `noto-sans-${subset.script}-${subset.weight}-normal.woff2`;
    const base64 = readFileSync(resolve(FONT_DIR, file)).toString('base64');
    return { subset, dataUrl: `data:font/woff2;base64,${base64}` };
  });
  return withFontFaces(markup, fontFaceCss(faces));
}
const atlasInputs = {
  ...inputs,
  // Only what the first screen shows stays in index.html (which the worker precaches and every
  // visitor downloads before the first chart); the figures below it are files of their own, shown
  // with a lazy <img>, which the app has replaced by the time a reader scrolls to them.
  figureFile: (name: FigureName, svg: SVGSVGElement) => {
    if (FIRST_SCREEN.includes(name)) return null;
    const path = staticFigurePath(name);
    mkdirSync(resolve(OUT, 'static'), { recursive: true });
    writeFileSync(resolve(OUT, path), withAtlasFont(serializer.serializeToString(svg)));
    return `./${path}`;
  },
};
write('', atlasBody(defaultResults, 'en', atlasInputs, './'), {
  path: '',
  lang: 'en',
  alternates: null,
});

const { engine, close } = await openNodeEngine(resolve(ROOT, 'data'));
let pages = 1;
try {
  for (const country of startup.countries.filter((c) => !areas || areas.has(c.iso3))) {
    const filters = queryFiltersOf({ ...DEFAULT_FILTERS, profile: country.iso3 });
    const plans = viewPlans(filters, { countSourceOverride: null });
    const raw = await runViewQueries(engine, plans);
    const results = Object.fromEntries(plans.map((p) => [p.name, p.shape(raw[p.name] ?? {})]));
    const alternates = Object.fromEntries(
      LANGS.map((l) => [l, staticPagePath(country.iso3, l)]),
    ) as Record<Lang, string>;
    for (const lang of LANGS) {
      const path = staticPagePath(country.iso3, lang);
      const home = `${rootPrefix(path)}${lang === 'en' ? '' : `?lang=${lang}`}` || './';
      const languages = Object.fromEntries(
        LANGS.map((l) => [l, `${rootPrefix(path)}${staticPagePath(country.iso3, l)}`]),
      );
      write(path, profileBody(country.iso3, results, lang, inputs, home, languages), {
        path,
        lang,
        alternates,
      });
      pages++;
    }
  }
} finally {
  close();
}

if (base) {
  const urls = sitemap.map((u) => `  <url><loc>${u}</loc></url>`).join('\n');
  writeFileSync(
    resolve(OUT, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
  );
}
console.log(
  `static pages: ${pages} pages${base ? `, ${pages} previews and sitemap.xml` : ' (no ATLAS_PUBLIC_URL: no previews, og:url or sitemap)'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
