import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { JSDOM } from 'jsdom';
import { decodeFilters, encodeFilters } from '../../src/lib/state/url-codec';
import { isLang, LANGS, queryFiltersOf } from '../../src/lib/model/filters';
import { FIGURE_NAMES } from '../../src/lib/model/figure-names';
import { shapeStartup, UNODC_SOURCE_ID } from '../../src/lib/data/startup';
import { standaloneSvg } from '../../src/lib/export/standalone-svg';
import { presetWidth, SIZE_PRESETS, type SizePreset } from '../../src/lib/export/presets';
import { permalink } from '../../src/lib/export/permalink';
import { geographyFromTopology } from '../../src/lib/map/osce-map';
import { viewOfFigure, viewPlans } from '../../src/views/registry';
import { buildFigure } from '../../src/views/context';
import { openNodeEngine } from './node-engine';
import { runStartupQueries, runViewQueries } from './precompute';

// Usage: npm run figures -- --out DIR [--lang en|fr] [--preset slide|a4|square] [--state "query"] [--date YYYY-MM-DD] [--base URL]
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
const presetName = (option('preset') ?? 'slide') as SizePreset;
if (!(presetName in SIZE_PRESETS) || presetName === 'screen') {
  console.error(`figures: unknown preset "${presetName}" (slide, a4 or square)`);
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
const plans = viewPlans(queryFiltersOf(filters), UNODC_SOURCE_ID);
const startup = shapeStartup(await runStartupQueries(engine));
const raw = await runViewQueries(engine, plans);
close();
const results = Object.fromEntries(plans.map((p) => [p.name, p.shape(raw[p.name] ?? {})]));

const version = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string }).version;
const geography = geographyFromTopology(JSON.parse(readFileSync(topologyPath, 'utf8')));
const document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
const width = presetWidth(presetName, 1100);
const base = option('base') ?? 'https://example.org/atlas/';
const date = option('date') ?? new Date().toISOString().slice(0, 10);
const context = {
  document,
  countries: startup.countries,
  sources: startup.sources,
  regions: startup.regions,
  geography,
  countSourceId: UNODC_SOURCE_ID,
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
for (const name of FIGURE_NAMES) {
  const svg = buildFigure(name, results, filters, context, width);
  if (!svg) {
    console.error(`figures: ${name} could not be drawn`);
    continue;
  }
  const view = viewOfFigure(name);
  const title = svg.querySelector('title')?.textContent ?? name;
  const markup = standaloneSvg(svg, {
    title,
    date,
    datasetVersion: version,
    permalink: permalink(base, encodeFilters(filters).toString(), version),
    filters: { ...filters },
    queries: Object.values(plans.find((p) => p.name === view.name)?.queries ?? {}).map(
      (q) => `${q.text} -- params: ${JSON.stringify(q.params)}`,
    ),
    lang,
  });
  const svgPath = resolve(out, `${name}.svg`);
  writeFileSync(svgPath, markup);
  if (hasRsvg)
    execFileSync('rsvg-convert', ['--zoom', '2', '-o', resolve(out, `${name}.png`), svgPath]);
  console.log(`figures: wrote ${name}.svg${hasRsvg ? ` and ${name}.png` : ''}`);
}
if (!hasRsvg)
  console.error(
    'figures: PNG needs rsvg-convert (Debian package librsvg2-bin); only SVG was written',
  );
