import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv, recordsAsObjects, formatCsv } from '../../src/lib/io/csv';
import { readSheetObjects } from './xlsx';
import { formatReport, importUnodcRows, observationColumns, REQUIRED_HEADERS } from './unodc-core';
import {
  formatGitocReport,
  GITOC_SHEETS,
  importGitocSheet,
  type GitocReport,
  type ScoreRecord,
} from './gitoc-core';
import { columnNames } from '../../src/lib/vocabulary/contract';
import {
  formatDrugsReport,
  importDrugRows,
  WDR_REQUIRED_HEADERS,
  WDR_SHEET,
} from './unodc-drugs-core';

const DATA_DIR = resolve(import.meta.dirname, '..');

function usage(): never {
  console.error(
    'usage: npm run data:import -- unodc PATH_TO_data_glotip.xlsx\n       npm run data:import -- unodc-drugs PATH_TO_10.1_Drug_related_crimes.xlsx\n       npm run data:import -- gitoc PATH_TO_global_oc_index.xlsx',
  );
  process.exit(2);
}

async function importUnodc(path: string) {
  if (!existsSync(path)) {
    console.error(`data:import: no file at ${path}`);
    process.exit(2);
  }
  const countries = recordsAsObjects(
    parseCsv(readFileSync(resolve(DATA_DIR, 'countries.csv'), 'utf8')),
  );
  const areas = new Set(countries.map(({ row }) => row.iso3 ?? ''));
  let sheet;
  try {
    sheet = await readSheetObjects(path);
  } catch (error) {
    console.error(
      `data:import: ${path} could not be read as an Excel workbook: ${(error as Error).message}`,
    );
    process.exit(1);
  }
  const missing = REQUIRED_HEADERS.filter((h) => !sheet.header.includes(h));
  if (missing.length > 0) {
    console.error(
      `data:import: ${path} is not in the UNODC GLOTIP format: missing column(s) ${missing.join(', ')} (found: ${sheet.header.join(', ')})`,
    );
    process.exit(1);
  }
  const { observations, report } = importUnodcRows(sheet.rows, areas);
  const columns = observationColumns();
  const out = resolve(DATA_DIR, 'observations', 'unodc_glotip.csv');
  writeFileSync(
    out,
    formatCsv(
      columns,
      observations.map((o) => columns.map((c) => o[c] ?? '')),
    ),
  );
  const reportPath = resolve(DATA_DIR, 'reports', 'unodc_glotip_import.md');
  writeFileSync(reportPath, formatReport(report, path.split('/').pop() ?? path));
  console.log(`data:import: wrote ${observations.length} observations to ${out}`);
  console.log(
    `data:import: ${report.conflicts.length} conflicting key(s) left out, ${report.rejected.length} row(s) rejected; see ${reportPath}`,
  );
}

function osceAreas(): Set<string> {
  const countries = recordsAsObjects(
    parseCsv(readFileSync(resolve(DATA_DIR, 'countries.csv'), 'utf8')),
  );
  return new Set(countries.map(({ row }) => row.iso3 ?? ''));
}

async function importDrugs(path: string) {
  if (!existsSync(path)) {
    console.error(`data:import: no file at ${path}`);
    process.exit(2);
  }
  let sheet;
  try {
    sheet = await readSheetObjects(path, WDR_SHEET);
  } catch (error) {
    console.error(
      `data:import: ${path} could not be read as the World Drug Report workbook: ${(error as Error).message}`,
    );
    process.exit(1);
  }
  const missing = WDR_REQUIRED_HEADERS.filter((h) => !sheet.header.includes(h));
  if (missing.length > 0) {
    console.error(
      `data:import: ${path} is not in the format of World Drug Report table 10.1: missing column(s) ${missing.join(', ')} (found: ${sheet.header.join(', ')})`,
    );
    process.exit(1);
  }
  const { observations, report } = importDrugRows(sheet.rows, osceAreas());
  const columns = observationColumns();
  const out = resolve(DATA_DIR, 'observations', 'unodc_wdr_drugs.csv');
  writeFileSync(
    out,
    formatCsv(
      columns,
      observations.map((o) => columns.map((c) => o[c] ?? '')),
    ),
  );
  const reportPath = resolve(DATA_DIR, 'reports', 'unodc_wdr_drugs_import.md');
  writeFileSync(reportPath, formatDrugsReport(report, path.split('/').pop() ?? path));
  console.log(`data:import: wrote ${observations.length} observations to ${out}`);
  console.log(
    `data:import: ${report.conflicts.length} conflicting key(s) left out, ${report.partialBySex.length} partial breakdown(s) by sex, ${report.rejected.length} row(s) rejected; see ${reportPath}`,
  );
}

async function importGitoc(path: string) {
  if (!existsSync(path)) {
    console.error(`data:import: no file at ${path}`);
    process.exit(2);
  }
  const countries = recordsAsObjects(
    parseCsv(readFileSync(resolve(DATA_DIR, 'countries.csv'), 'utf8')),
  ).map(({ row }) => ({
    iso3: row.iso3 ?? '',
    nameEn: row.name_en ?? '',
  }));
  const report: GitocReport = { notices: [], rejected: [], statesNotInIndex: [] };
  const records: ScoreRecord[] = [];
  for (const { sheet, edition } of GITOC_SHEETS) {
    let data;
    try {
      data = await readSheetObjects(path, sheet);
    } catch (error) {
      console.error(`data:import: ${path}: ${(error as Error).message}`);
      process.exit(1);
    }
    try {
      records.push(...importGitocSheet(data.header, data.rows, edition, countries, report));
    } catch (error) {
      console.error(`data:import: ${path}: ${(error as Error).message}`);
      process.exit(1);
    }
  }
  records.sort(
    (a, b) =>
      a.iso3.localeCompare(b.iso3) ||
      Number(b.edition) - Number(a.edition) ||
      a.indicator.localeCompare(b.indicator),
  );
  const columns = columnNames('market_scores');
  writeFileSync(
    resolve(DATA_DIR, 'market_scores.csv'),
    formatCsv(
      columns,
      records.map((r) => columns.map((c) => String(r[c as keyof ScoreRecord] ?? ''))),
    ),
  );
  writeFileSync(
    resolve(DATA_DIR, 'reports', 'gitoc_import.md'),
    formatGitocReport(report, path.split('/').pop() ?? path, records.length),
  );
  console.log(
    `data:import: wrote ${records.length} scores to data/market_scores.csv; see data/reports/gitoc_import.md`,
  );
}

const [kind, path] = process.argv.slice(2);
if (kind === 'unodc' && path) await importUnodc(resolve(path));
else if (kind === 'unodc-drugs' && path) await importDrugs(resolve(path));
else if (kind === 'gitoc' && path) await importGitoc(resolve(path));
else usage();
