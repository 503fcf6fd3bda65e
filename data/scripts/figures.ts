import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { JSDOM } from 'jsdom';
import { decodeFilters, encodeFilters } from '../../src/lib/state/url-codec';
import { isLang, LANGS, queryFiltersOf } from '../../src/lib/model/filters';
import { FIGURE_NAMES } from '../../src/lib/model/figure-names';
import { shapeStartup } from '../../src/lib/data/startup';
import { figureSources } from '../../src/lib/export/standalone-svg';
import { exportedPages } from '../../src/lib/export/export-pages';
import { presetLayout, isSizePreset } from '../../src/lib/export/presets';
import {
  FIGURE_FORMATS,
  exportFormat,
  exportMeta,
  type ExportFormat,
} from '../../src/lib/export/formats';
import { isPublicAddress } from '../../src/lib/export/public-address';
import '../../src/lib/i18n/all';
import { permalink } from '../../src/lib/export/permalink';
import { geographyFromTopology } from '../../src/lib/map/osce-map';
import { viewOfFigure, viewPlans } from '../../src/views/registry';
import { buildFigurePages, contextFor } from '../../src/views/context';
import { sourceOfRows, viewQueryTexts } from '../../src/views/export-meta';
import { openNodeEngine } from './node-engine';
import { runStartupQueries, runViewQueries } from './precompute';

// Usage: npm run figures -- --out DIR [--lang XX] [--preset slide|a4|square] [--state "query"] [--date YYYY-MM-DD] [--base URL] [--formats svg,png2,…] [--svg-only]
const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = option('out');
if (!out) {
  console.error(
    `usage: npm run figures -- --out DIR [--lang ${LANGS.join('|')}] [--preset slide|a4|square] [--state "stage=convicted&year=2019"]`,
  );
  process.exit(2);
}
const presetName = option('preset') ?? 'slide';
if (!isSizePreset(presetName) || presetName === 'screen') {
  console.error(`figures: unknown preset "${presetName}" (slide, a4 or square)`);
  process.exit(2);
}
const FORMAT_IDS = FIGURE_FORMATS.map((f) => f.id).join(', ');
const formatIds = (args.includes('--svg-only') ? 'svg' : (option('formats') ?? 'svg,png2')).split(
  ',',
);
const unknownFormat = formatIds.find((id) => !exportFormat(id));
if (unknownFormat !== undefined) {
  console.error(`figures: unknown format "${unknownFormat}" (${FORMAT_IDS})`);
  process.exit(2);
}
const params = new URLSearchParams(option('state') ?? '');
const lang = option('lang') ?? params.get('lang') ?? 'en';
if (!isLang(lang)) {
  console.error(`figures: unknown language "${lang}" (${LANGS.join(', ')})`);
  process.exit(2);
}
params.set('lang', lang);
const { filters, warnings } = decodeFilters(params);
for (const w of warnings) console.error(`figures: ignored ${w.param}=${w.value} (${w.reason})`);

const manifestPath = resolve(ROOT, 'public/data/manifest.json');
const topologyPath = resolve(ROOT, 'public/data/osce-map.topo.json');
if (!existsSync(manifestPath) || !existsSync(topologyPath)) {
  console.error('figures: run `npm run data` first (public/data is missing)');
  process.exit(1);
}

const { engine, close } = await openNodeEngine(resolve(ROOT, 'data'));
const plans = viewPlans(queryFiltersOf(filters), { countSourceOverride: null });
const startup = shapeStartup(await runStartupQueries(engine));
const raw = await runViewQueries(engine, plans);
close();
const results = Object.fromEntries(plans.map((p) => [p.name, p.shape(raw[p.name] ?? {})]));

const version = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string }).version;
const geography = geographyFromTopology(JSON.parse(readFileSync(topologyPath, 'utf8')));
const document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
const layout = presetLayout(presetName, 1100);
const base = option('base') ?? process.env.ATLAS_PUBLIC_URL ?? '';
const date = option('date') ?? new Date().toISOString().slice(0, 10);
const context = {
  document,
  countries: startup.countries,
  sources: startup.sources,
  regions: startup.regions,
  geography,
  countSourceOverride: null,
};
mkdirSync(resolve(out), { recursive: true });
const hasRsvg = (() => {
  try {
    execFileSync('rsvg-convert', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const rasterize = (markup: string, _width: number, _height: number, scale: number) =>
  Promise.resolve(
    new Blob(
      [
        execFileSync('rsvg-convert', ['--zoom', String(scale)], {
          input: markup,
          maxBuffer: 256 * 1024 * 1024,
        }),
      ],
      {
        type: 'image/png',
      },
    ),
  );
const formats = formatIds
  .map((id) => exportFormat(id))
  .filter((f): f is ExportFormat => f !== undefined && (f.extension !== 'png' || hasRsvg));
const link = isPublicAddress(base)
  ? permalink(base, encodeFilters(filters).toString(), version)
  : null;
if (!link)
  console.error(
    'figures: no public address (--base or ATLAS_PUBLIC_URL): the figures carry no link line',
  );
for (const name of FIGURE_NAMES) {
  const view = viewOfFigure(name);
  if (view.page !== (filters.profile ? 'profile' : 'atlas')) continue;
  const bound = view.bind(results[view.name], contextFor(view, filters, context));
  const sourceOf = sourceOfRows(bound.usage(), startup.sources);
  const meta = exportMeta(
    { datasetVersion: version, filters: { ...filters }, lang },
    viewQueryTexts(view, queryFiltersOf(filters), { countSourceOverride: null }),
    date,
    link,
  );
  const pages = exportedPages(
    (at) => buildFigurePages(name, results, filters, context, at),
    layout,
    meta,
    true,
    (svg) => figureSources(svg, sourceOf),
  ).map((page) => ({ markup: page.markup, width: layout.width, height: page.height || 600 }));
  const job = {
    figure: name,
    filters,
    lang,
    date,
    pages: () => pages,
    table: bound.table(),
    sourceOf,
    rasterize,
  };
  if (pages.length === 0) {
    console.error(`figures: ${name} could not be drawn`);
    continue;
  }
  for (const format of formats)
    for (const file of await format.write(job, link !== null)) {
      writeFileSync(resolve(out, file.name), Buffer.from(await file.blob.arrayBuffer()));
      console.log(`figures: wrote ${file.name}`);
    }
}
if (!hasRsvg && formatIds.some((id) => exportFormat(id)?.extension === 'png'))
  console.error(
    'figures: PNG needs rsvg-convert (Debian package librsvg2-bin); only the other formats were written',
  );
