import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv, recordsAsObjects, formatCsv } from '../../src/lib/io/csv';
import { readSheetObjects } from './xlsx';
import {
  formatReport,
  importUnodcRows,
  observationColumns,
  REQUIRED_HEADERS,
  type ObservationRecord,
  type RawCell,
} from './unodc-core';
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

/*
 * The importers of published workbooks, one entry each. A new source of observations is one more
 * `observationImporter({...})` with its `*-core.ts`, and a row in data/sources.csv; a source of
 * per-State counts by sex also goes into src/lib/model/sources.ts (see src/views/README.md).
 */

const DATA_DIR = resolve(import.meta.dirname, '..');

interface Importer {
  /** The first argument of `npm run data:import`. */
  id: string;
  /** The workbook it reads, as the usage line names it. */
  file: string;
  run(path: string): Promise<void>;
}

function fail(message: string, code: 1 | 2 = 1): never {
  console.error(`data:import: ${message}`);
  process.exit(code);
}

function osceAreas(): Set<string> {
  const countries = recordsAsObjects(
    parseCsv(readFileSync(resolve(DATA_DIR, 'countries.csv'), 'utf8')),
  );
  return new Set(countries.map(({ row }) => row.iso3 ?? ''));
}

/** A workbook sheet of observations: checked for its columns, converted, written with a report. */
function observationImporter<Report>(spec: {
  id: string;
  file: string;
  /** The sheet to read (else the first), and what the workbook is, for the message if it cannot be read. */
  sheet?: string;
  workbook: string;
  /** "the UNODC GLOTIP format", for the message when a column is missing. */
  format: string;
  requiredHeaders: readonly string[];
  importRows(
    rows: Record<string, RawCell>[],
    areas: Set<string>,
  ): { observations: ObservationRecord[]; report: Report };
  /** The file written under data/observations/ and the report under data/reports/. */
  output: string;
  reportFile: string;
  formatReport(report: Report, fileName: string): string;
  /** What the import left out, for the last line. */
  leftOut(report: Report): string;
}): Importer {
  return {
    id: spec.id,
    file: spec.file,
    async run(path) {
      if (!existsSync(path)) fail(`no file at ${path}`, 2);
      let sheet;
      try {
        sheet = await readSheetObjects(path, spec.sheet);
      } catch (error) {
        fail(`${path} could not be read as ${spec.workbook}: ${(error as Error).message}`);
      }
      const missing = spec.requiredHeaders.filter((h) => !sheet.header.includes(h));
      if (missing.length > 0)
        fail(
          `${path} is not in ${spec.format}: missing column(s) ${missing.join(', ')} (found: ${sheet.header.join(', ')})`,
        );
      const { observations, report } = spec.importRows(sheet.rows, osceAreas());
      const columns = observationColumns();
      const out = resolve(DATA_DIR, 'observations', spec.output);
      writeFileSync(
        out,
        formatCsv(
          columns,
          observations.map((o) => columns.map((c) => o[c] ?? '')),
        ),
      );
      const reportPath = resolve(DATA_DIR, 'reports', spec.reportFile);
      writeFileSync(reportPath, spec.formatReport(report, path.split('/').pop() ?? path));
      console.log(`data:import: wrote ${observations.length} observations to ${out}`);
      console.log(`data:import: ${spec.leftOut(report)}; see ${reportPath}`);
    },
  };
}

const gitocImporter: Importer = {
  id: 'gitoc',
  file: 'global_oc_index.xlsx',
  async run(path) {
    if (!existsSync(path)) fail(`no file at ${path}`, 2);
    const countries = recordsAsObjects(
      parseCsv(readFileSync(resolve(DATA_DIR, 'countries.csv'), 'utf8')),
    ).map(({ row }) => ({ iso3: row.iso3 ?? '', nameEn: row.name_en ?? '' }));
    const report: GitocReport = { notices: [], rejected: [], statesNotInIndex: [] };
    const records: ScoreRecord[] = [];
    for (const { sheet, edition } of GITOC_SHEETS) {
      try {
        const data = await readSheetObjects(path, sheet);
        records.push(...importGitocSheet(data.header, data.rows, edition, countries, report));
      } catch (error) {
        fail(`${path}: ${(error as Error).message}`);
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
  },
};

const IMPORTERS: readonly Importer[] = [
  observationImporter({
    id: 'unodc',
    file: 'data_glotip.xlsx',
    workbook: 'an Excel workbook',
    format: 'the UNODC GLOTIP format',
    requiredHeaders: REQUIRED_HEADERS,
    importRows: importUnodcRows,
    output: 'unodc_glotip.csv',
    reportFile: 'unodc_glotip_import.md',
    formatReport,
    leftOut: (r) =>
      `${r.conflicts.length} conflicting key(s) left out, ${r.rejected.length} row(s) rejected`,
  }),
  observationImporter({
    id: 'unodc-drugs',
    file: '10.1_Drug_related_crimes.xlsx',
    sheet: WDR_SHEET,
    workbook: 'the World Drug Report workbook',
    format: 'the format of World Drug Report table 10.1',
    requiredHeaders: WDR_REQUIRED_HEADERS,
    importRows: importDrugRows,
    output: 'unodc_wdr_drugs.csv',
    reportFile: 'unodc_wdr_drugs_import.md',
    formatReport: formatDrugsReport,
    leftOut: (r) =>
      `${r.conflicts.length} conflicting key(s) left out, ${r.partialBySex.length} partial breakdown(s) by sex, ${r.rejected.length} row(s) rejected`,
  }),
  gitocImporter,
];

const [id, path] = process.argv.slice(2);
const importer = IMPORTERS.find((i) => i.id === id);
if (importer && path) await importer.run(resolve(path));
else {
  console.error(
    IMPORTERS.map(
      (i, n) =>
        `${n === 0 ? 'usage: ' : '       '}npm run data:import -- ${i.id} PATH_TO_${i.file}`,
    ).join('\n'),
  );
  process.exit(2);
}
