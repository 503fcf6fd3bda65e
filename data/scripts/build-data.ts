import { createHash } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateTables, formatIssue } from '../../src/lib/validation/validate';
import '../../src/lib/i18n/all';
import { translator } from '../../src/lib/i18n';
import { copyTableToParquetSql, countRowsSql, type BuiltTable } from '../../src/lib/data/build-sql';
import { buildOsceTopology } from './build-map';
import { dataInputs } from './load-tables';
import { openNodeEngine } from './node-engine';
import { writePrecomputed } from './precompute';
import { writeTemplates } from './templates';
import { writeKnownAreas } from './known-areas';
import { LANGS, nameField, type LocalNames } from '../../src/lib/model/lang';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DATA = process.env.ATLAS_DATA_DIR
  ? resolve(process.env.ATLAS_DATA_DIR)
  : resolve(ROOT, 'data');
const OUT = resolve(ROOT, 'public', 'data');
const BUILT_TABLES: BuiltTable[] = [
  'countries',
  'regions',
  'sources',
  'observations',
  'texts',
  'market_scores',
  'coverage',
  'count_series',
];

async function main() {
  const checkOnly = process.argv.includes('--check');
  const inputs = dataInputs(DATA);
  const { issues, tables } = validateTables(inputs);
  for (const issue of issues) console.error(formatIssue(issue, translator('en')));
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    console.error(`data: ${errors.length} error(s) in data/; nothing was written.`);
    process.exit(1);
  }
  const counts = new Map<string, number>();
  for (const t of tables) counts.set(t.table, (counts.get(t.table) ?? 0) + t.rows.length);
  console.log(`data: data/ is valid (${[...counts].map(([t, n]) => `${t} ${n}`).join(', ')})`);
  if (checkOnly) return;

  mkdirSync(OUT, { recursive: true });
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input.file).update(input.text);
  const version = hash.digest('hex').slice(0, 12);

  const { engine, close } = await openNodeEngine(DATA);
  const manifest: {
    version: string;
    tables: Record<string, { rows: number; bytes: number; file: string }>;
  } = { version, tables: {} };
  try {
    for (const table of BUILT_TABLES) {
      const file = `${table}.parquet`;
      await engine.copyOut(copyTableToParquetSql(table, resolve(OUT, file)));
      const rows = Number((await engine.query(countRowsSql(table)))[0]?.n ?? 0);
      manifest.tables[table] = { rows, bytes: statSync(resolve(OUT, file)).size, file };
    }
    const written = await writePrecomputed(engine, OUT, version);
    console.log(`data: precomputed ${written.length} first view(s)`);
  } finally {
    close();
  }

  const countries = tables
    .filter((t) => t.table === 'countries')
    .flatMap((t) =>
      t.rows.map(({ row }) => ({
        iso3: row.iso3 ?? '',
        isoNumeric: row.iso_numeric ?? '',
        osce: row.osce_participating === 'true' || row.iso3 === 'XKX',
      })),
    );
  const { topology, report } = buildOsceTopology(countries);
  for (const line of report) console.log(`map: ${line}`);
  if (report.some((l) => l.startsWith('WARNING'))) process.exit(1);
  const mapText = JSON.stringify(topology);
  writeFileSync(resolve(OUT, 'osce-map.topo.json'), mapText);
  manifest.tables.map = {
    rows: countries.length,
    bytes: mapText.length,
    file: 'osce-map.topo.json',
  };
  const named = (table: 'countries' | 'regions', key: string) =>
    tables
      .filter((t) => t.table === table)
      .flatMap((t) =>
        t.rows.map(({ row }) => ({
          code: row[key] ?? '',
          names: Object.fromEntries(
            LANGS.map((lang) => [nameField(lang), row[`name_${lang}`] ?? '']),
          ) as LocalNames,
        })),
      );
  writeTemplates(OUT, {
    countries: named('countries', 'iso3'),
    regions: named('regions', 'region_code'),
  });
  writeKnownAreas(
    tables
      .filter((t) => t.table === 'countries')
      .flatMap((t) => t.rows.map(({ row }) => row.iso3 ?? '')),
    tables
      .filter((t) => t.table === 'regions')
      .flatMap((t) => t.rows.map(({ row }) => row.region_code ?? '')),
  );
  writeFileSync(resolve(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`data: wrote public/data (version ${version})`);
}

await main();
