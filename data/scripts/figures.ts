import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { encodeFilters } from '../../src/lib/state/url-codec';
import { LANGS, queryFiltersOf } from '../../src/lib/model/filters';
import { FIGURE_NAMES } from '../../src/lib/model/figure-names';
import { shapeStartup } from '../../src/lib/data/startup';
import { figureSources } from '../../src/lib/export/standalone-svg';
import { exportedPages } from '../../src/lib/export/export-pages';
import { presetLayout, isSizePreset } from '../../src/lib/export/presets';
import {
  EXPORT_FORMATS,
  exportFormat,
  exportMeta,
  type ExportFormat,
} from '../../src/lib/export/formats';
import { isPublicAddress } from '../../src/lib/export/public-address';
import { permalink } from '../../src/lib/export/permalink';
import { viewOfFigure, viewPlans } from '../../src/views/registry';
import { buildFigurePages, contextFor } from '../../src/views/context';
import { sourceOfRows, viewQueryTexts } from '../../src/views/export-meta';
import { openNodeEngine } from './node-engine';
import { runStartupQueries, runViewQueries } from './precompute';
import { cliPrelude, hasRsvgConvert, ROOT, rsvgPng } from './cli-prelude';
import { readDeckOption, writeDeck } from './deck-cli';

// Usage: npm run figures -- --out DIR [--lang XX] [--preset slide|a4|square] [--state "query"] [--date YYYY-MM-DD] [--base URL] [--formats svg,png2,…] [--svg-only] [--pptx FILE [--deck deck.json]]
const { option, flag, out, lang, filters, date, version, geography } = cliPrelude(
  'figures',
  `--out DIR [--lang ${LANGS.join('|')}] [--preset slide|a4|square] [--state "stage=convicted&year=2019"] [--pptx DIR/deck.pptx [--deck deck.json]]`,
);
const presetName = option('preset') ?? 'slide';
if (!isSizePreset(presetName) || presetName === 'screen') {
  console.error(`figures: unknown preset "${presetName}" (slide, a4 or square)`);
  process.exit(2);
}
const pptxPath = option('pptx');
if (pptxPath && presetName !== 'slide') {
  console.error('figures: --pptx writes 16:9 slides: use it with --preset slide');
  process.exit(2);
}
const FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id).join(', ');
// With --pptx alone, only the deck is written; --formats adds the figures' files.
const formatIds = flag('svg-only')
  ? ['svg']
  : (option('formats') ?? (pptxPath ? '' : 'svg,png2')).split(',').filter(Boolean);
const unknownFormat = formatIds.find((id) => !exportFormat(id));
if (unknownFormat !== undefined) {
  console.error(`figures: unknown format "${unknownFormat}" (${FORMAT_IDS})`);
  process.exit(2);
}
const deck = pptxPath ? readDeckOption(option('deck')) : null;

const { engine, close } = await openNodeEngine(resolve(ROOT, 'data'));
const plans = viewPlans(queryFiltersOf(filters), { countSourceOverride: null });
const startup = shapeStartup(await runStartupQueries(engine));
const raw = await runViewQueries(engine, plans);
const document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
const context = {
  document,
  countries: startup.countries,
  sources: startup.sources,
  regions: startup.regions,
  geography,
  countSourceOverride: null,
};
if (pptxPath && deck) await writeDeck(pptxPath, deck, filters, { engine, context, date, version });
close();
const results = Object.fromEntries(plans.map((p) => [p.name, p.shape(raw[p.name] ?? {})]));

const layout = presetLayout(presetName, 1100);
const base = option('base') ?? process.env.ATLAS_PUBLIC_URL ?? '';
mkdirSync(resolve(out), { recursive: true });
const hasRsvg = hasRsvgConvert();
const rasterize = (markup: string, _width: number, _height: number, scale: number) =>
  Promise.resolve(new Blob([rsvgPng(markup, scale)], { type: 'image/png' }));
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
