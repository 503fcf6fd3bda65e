import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeFilters } from '../../src/lib/state/url-codec';
import { isLang, LANGS } from '../../src/lib/model/filters';
import { briefMarkdown } from '../../src/lib/export/brief';
import { BRIEF_FORMATS } from '../../src/lib/export/formats';
import { geographyFromTopology } from '../../src/lib/map/osce-map';
import '../../src/lib/i18n/all';
import { openNodeEngine } from './node-engine';
import { briefRows, buildBrief, hasRsvgConvert } from './brief-core';

// Usage: npm run brief -- --state "profile=UZB" [--lang XX] --out DIR [--date YYYY-MM-DD] [--no-figures]
const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = option('out');
if (!out) {
  console.error(
    `usage: npm run brief -- --state "profile=UZB" --lang ${LANGS.join('|')} --out DIR [--date YYYY-MM-DD] [--no-figures]`,
  );
  process.exit(2);
}
const params = new URLSearchParams(option('state') ?? '');
const lang = option('lang') ?? params.get('lang') ?? 'en';
if (!isLang(lang)) {
  console.error(`brief: unknown language "${lang}" (${LANGS.join(', ')})`);
  process.exit(2);
}
params.set('lang', lang);
const { filters, warnings } = decodeFilters(params);
for (const w of warnings) console.error(`brief: ignored ${w.param}=${w.value} (${w.reason})`);
const date = option('date') ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(`brief: --date must be YYYY-MM-DD, not "${date}"`);
  process.exit(2);
}

const manifestPath = resolve(ROOT, 'public/data/manifest.json');
const topologyPath = resolve(ROOT, 'public/data/osce-map.topo.json');
if (!existsSync(manifestPath) || !existsSync(topologyPath)) {
  console.error('brief: run `npm run data` first (public/data is missing)');
  process.exit(1);
}
const version = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string }).version;
const geography = geographyFromTopology(JSON.parse(readFileSync(topologyPath, 'utf8')));
const figures = !args.includes('--no-figures') && hasRsvgConvert();
if (!figures && !args.includes('--no-figures'))
  console.error('brief: figures need rsvg-convert (Debian package librsvg2-bin); the note says so');

const { engine, close } = await openNodeEngine(resolve(ROOT, 'data'));
const rows = await briefRows(engine, filters);
close();
const doc = buildBrief(rows, lang, { date, version, geography, figures });
if (doc.points.length === 0)
  console.error('brief: the rows of this selection give no talking point');
mkdirSync(resolve(out), { recursive: true });
for (const format of BRIEF_FORMATS)
  for (const file of await format.write({ doc, subject: filters.profile ?? 'atlas', date }))
    writeFileSync(
      resolve(out, `brief.${format.extension}`),
      new Uint8Array(await file.blob.arrayBuffer()),
    );
writeFileSync(resolve(out, 'brief.md'), briefMarkdown(doc));
doc.figures.forEach((f, i) => writeFileSync(resolve(out, `figure-${i + 1}.png`), f.png));
console.log(
  `brief: wrote ${BRIEF_FORMATS.map((f) => `brief.${f.extension}`).join(', ')} and brief.md (${doc.points.length} talking points, ${doc.figures.length} figures) to ${out}`,
);
