import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv, recordsAsObjects, formatCsv } from '../../src/lib/io/csv';
import { readSheetObjects } from './xlsx';
import { formatReport, importUnodcRows, observationColumns, REQUIRED_HEADERS } from './unodc-core';

const DATA_DIR = resolve(import.meta.dirname, '..');

function usage(): never {
  console.error('usage: npm run data:import -- unodc PATH_TO_data_glotip.xlsx');
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

const [kind, path] = process.argv.slice(2);
if (kind === 'unodc' && path) await importUnodc(resolve(path));
else usage();
