import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeFilters } from '../../src/lib/state/url-codec';
import { isLang, LANGS, type Filters, type Lang } from '../../src/lib/model/filters';
import { geographyFromTopology, type OsceGeography } from '../../src/lib/map/osce-map';
import '../../src/lib/i18n/all';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** What every figure-writing command reads first: its options, the filters, the date and the built data. */
export interface CliPrelude {
  option(name: string): string | undefined;
  flag(name: string): boolean;
  out: string;
  lang: Lang;
  filters: Filters;
  date: string;
  version: string;
  geography: OsceGeography;
}

/** Reads the options shared by `npm run figures` and `npm run brief`; a bad one ends the command with its message. */
export function cliPrelude(command: string, usage: string): CliPrelude {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = option('out');
  if (!out) {
    console.error(`usage: npm run ${command} -- ${usage}`);
    process.exit(2);
  }
  const params = new URLSearchParams(option('state') ?? '');
  const lang = option('lang') ?? params.get('lang') ?? 'en';
  if (!isLang(lang)) {
    console.error(`${command}: unknown language "${lang}" (${LANGS.join(', ')})`);
    process.exit(2);
  }
  params.set('lang', lang);
  const { filters, warnings } = decodeFilters(params);
  for (const w of warnings)
    console.error(`${command}: ignored ${w.param}=${w.value} (${w.reason})`);
  const date = option('date') ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error(`${command}: --date must be YYYY-MM-DD, not "${date}"`);
    process.exit(2);
  }
  const manifestPath = resolve(ROOT, 'public/data/manifest.json');
  const topologyPath = resolve(ROOT, 'public/data/osce-map.topo.json');
  if (!existsSync(manifestPath) || !existsSync(topologyPath)) {
    console.error(`${command}: run \`npm run data\` first (public/data is missing)`);
    process.exit(1);
  }
  const version = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string }).version;
  const geography = geographyFromTopology(JSON.parse(readFileSync(topologyPath, 'utf8')));
  return {
    option,
    flag: (name) => args.includes(`--${name}`),
    out,
    lang,
    filters,
    date,
    version,
    geography,
  };
}

export function hasRsvgConvert(): boolean {
  try {
    execFileSync('rsvg-convert', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** SVG to PNG on the command line: rsvg-convert at a zoom (the browser uses a canvas). */
export function rsvgPng(markup: string, scale: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(
    execFileSync('rsvg-convert', ['--zoom', String(scale)], {
      input: markup,
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
}
