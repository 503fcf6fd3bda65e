import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DuckDBInstance } from '@duckdb/node-api';
import { JSDOM } from 'jsdom';
import { loadTables } from './load-tables';
import { decodeFilters, encodeFilters } from '../../src/lib/state/url-codec';
import {
  shapeStartup,
  shapeViews,
  startupQueries,
  viewQueries,
  UNODC_SOURCE_ID,
} from '../../src/lib/data/view-queries';
import { buildFigures, FIGURE_NAMES } from '../../src/lib/export/figures';
import { standaloneSvg } from '../../src/lib/export/standalone-svg';
import { presetWidth, SIZE_PRESETS, type SizePreset } from '../../src/lib/export/presets';
import { permalink } from '../../src/views/export-settings';
import { geographyFromTopology } from '../../src/lib/map/osce-map';
import type { Row } from '../../src/lib/data/runner';
import type { SqlQuery } from '../../src/lib/data/sql';

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
    'usage: npm run figures -- --out DIR [--lang en|fr] [--preset slide|a4|square] [--state "stage=convicted&year=2019"]',
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
if (lang !== 'en' && lang !== 'fr') {
  console.error(`figures: unknown language "${lang}" (en or fr)`);
  process.exit(2);
}
params.set('lang', lang);
const { filters, warnings } = decodeFilters(params);
for (const w of warnings) console.error(`figures: ignored ${w.param}=${w.value} (${w.reason})`);

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const run = async (query: SqlQuery): Promise<Row[]> => {
  const reader = await connection.runAndReadAll(query.text, [...query.params] as never);
  return JSON.parse(
    JSON.stringify(reader.getRowObjectsJS(), (_, v) => (typeof v === 'bigint' ? Number(v) : v)),
  ) as Row[];
};
await loadTables(connection, resolve(ROOT, 'data'));
const startupRaw: Record<string, Row[]> = {};
for (const [name, q] of Object.entries(startupQueries())) startupRaw[name] = await run(q);
const viewRaw: Record<string, Row[]> = {};
const queries = viewQueries(filters, UNODC_SOURCE_ID);
for (const [name, q] of Object.entries(queries)) viewRaw[name] = await run(q);
connection.closeSync();
instance.closeSync();

const manifestPath = resolve(ROOT, 'public/data/manifest.json');
const topologyPath = resolve(ROOT, 'public/data/osce-map.topo.json');
if (!existsSync(manifestPath) || !existsSync(topologyPath)) {
  console.error('figures: run `npm run data` first (public/data is missing)');
  process.exit(1);
}
const { readFileSync } = await import('node:fs');
const version = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string }).version;
const geography = geographyFromTopology(JSON.parse(readFileSync(topologyPath, 'utf8')));
const document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
const width = presetWidth(presetName, 1100);
const base = option('base') ?? 'https://example.org/atlas/';
const date = option('date') ?? new Date().toISOString().slice(0, 10);
const figures = buildFigures({
  document,
  filters,
  results: shapeViews(viewRaw),
  startup: shapeStartup(startupRaw),
  geography,
  countSourceId: UNODC_SOURCE_ID,
  width,
});
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
  const svg = figures[name];
  const title = svg.querySelector('title')?.textContent ?? name;
  const markup = standaloneSvg(svg, {
    title,
    date,
    datasetVersion: version,
    permalink: permalink(base, encodeFilters(filters).toString(), version),
    filters: { ...filters },
    queries: Object.values(queries).map((q) => `${q.text} -- params: ${JSON.stringify(q.params)}`),
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
