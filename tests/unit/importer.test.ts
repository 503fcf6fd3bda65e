import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readSheetObjects } from '../../data/scripts/xlsx';
import {
  importUnodcRows,
  parseUnodcValue,
  observationColumns,
  MINORS_NOTE,
} from '../../data/scripts/unodc-core';
import { formatCsv } from '../../src/lib/io/csv';

const HEADER = [
  'Iso3_code',
  'Country',
  'Region',
  'Subregion',
  'Indicator',
  'Dimension',
  'Category',
  'Sex',
  'Age',
  'Year',
  'Unit of measurement',
  'txtVALUE',
  'Source',
];

function officialRow(
  iso3: string,
  indicator: string,
  sex: string,
  year: number,
  value: string | number,
  age = 'Total',
  dimension = 'Total',
) {
  return [
    iso3,
    iso3,
    'Europe',
    'Western Europe',
    indicator,
    dimension,
    'Total',
    sex,
    age,
    year,
    'Counts',
    value,
    'GLOTIP',
  ];
}

async function writeSlice(rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data_glotip_1');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  const path = join(mkdtempSync(join(tmpdir(), 'glotip-')), 'slice.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('UNODC importer on a slice of the official format', () => {
  it('keeps counts, keeps "<5" suppressed, reads thousands separators and reports conflicts', async () => {
    const path = await writeSlice([
      officialRow('BEL', 'Persons convicted', 'Female', 2019, 26),
      officialRow('BEL', 'Persons convicted', 'Male', 2019, '90'),
      officialRow('BEL', 'Persons convicted', 'Total', 2019, '1,116'),
      officialRow('BEL', 'Persons convicted', 'Female', 2019, 3, '0 to 17 years'),
      officialRow('CHE', 'Persons prosecuted', 'Female', 2018, '<5'),
      officialRow('CHE', 'Persons brought into formal contact', 'Female', 2017, '19'),
      officialRow('CHE', 'Persons brought into formal contact', 'Female', 2017, '<5'),
      officialRow('DEU', 'Detected trafficking victims', 'Female', 2020, 300),
      officialRow(
        'DEU',
        'Detected trafficking victims',
        'Female',
        2020,
        200,
        'Total',
        'by form of exploitation',
      ),
      officialRow('FRA', 'Persons convicted', 'Female', 2020, 'n/a'),
      officialRow('NGA', 'Persons convicted', 'Female', 2020, 10),
    ]);
    const sheet = await readSheetObjects(path);
    expect(sheet.header).toEqual(HEADER);
    const { observations, report } = importUnodcRows(
      sheet.rows,
      new Set(['BEL', 'CHE', 'DEU', 'FRA']),
    );
    const byId = new Map(observations.map((o) => [o.obs_id, o]));
    expect(byId.get('GLOTIP-BEL-2019-convicted-female')?.value).toBe('26');
    expect(byId.get('GLOTIP-BEL-2019-convicted-total')?.value).toBe('1116');
    const suppressed = byId.get('GLOTIP-CHE-2018-prosecuted-female');
    expect(suppressed?.value).toBe('');
    expect(suppressed?.qualifier).toBe('suppressed');
    expect(byId.has('GLOTIP-CHE-2017-formal_contact-female')).toBe(false);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toContain('"19" vs "<5"');
    expect(report.rejected).toEqual([expect.stringContaining('"n/a"')]);
    expect(byId.get('GLOTIP-DEU-2020-victims-female')?.population).toBe('victims');
    expect(byId.get('GLOTIP-DEU-2020-victims-female')?.value).toBe('300');
    expect(observations).toHaveLength(5);
    expect(report.notices.join(' ')).toContain('thousands separator');
  });

  it('notes a total that counts the under-18s the publisher shows as "<5" (Spain, prosecuted, 2020)', () => {
    const row = (sex: string, value: string | number, age = 'Total', year = 2020) =>
      Object.fromEntries(
        HEADER.map((h, i) => [
          h,
          officialRow('ESP', 'Persons prosecuted', sex, year, value, age)[i],
        ]),
      );
    const spain = (year: number, other: boolean) => [
      row('Female', 57, 'Total', year),
      row('Male', 71, 'Total', year),
      row('Total', 130, 'Total', year),
      row('Total', '<5', '0 to 17 years', year),
      row('Total', other ? 130 : 128, '18 years or over', year),
      ...(other ? [row('Other', '<5', 'Total', year)] : []),
    ];
    const { observations } = importUnodcRows(
      [...spain(2020, false), ...spain(2019, true)] as never,
      new Set(['ESP']),
    );
    const note = (id: string) => observations.find((o) => o.obs_id === id)?.note;
    expect(note('GLOTIP-ESP-2020-prosecuted-total')).toBe(MINORS_NOTE);
    expect(MINORS_NOTE).toContain('under 18');
    // Where women + men fall short because of another sex shown as "<5", no such note.
    expect(note('GLOTIP-ESP-2019-prosecuted-total')).toBe('');
    expect(note('GLOTIP-ESP-2020-prosecuted-female')).toBe('');
  });

  it('parses values strictly', () => {
    expect(parseUnodcValue('<5')).toEqual({ kind: 'suppressed' });
    expect(parseUnodcValue('12')).toEqual({ kind: 'count', value: 12, normalised: false });
    expect(parseUnodcValue('1,964')).toEqual({ kind: 'count', value: 1964, normalised: true });
    for (const bad of ['1,96', '12.5', '-3', '', '5+', 1.5])
      expect(parseUnodcValue(bad).kind).toBe('bad');
  });
});

const OFFICIAL = resolve(
  import.meta.dirname,
  '../../../shared/data/raw/unodc_glotip/data_glotip.xlsx',
);

describe.runIf(existsSync(OFFICIAL))('committed UNODC table', () => {
  it('is exactly what the importer makes of the official file', async () => {
    const countries = readFileSync(resolve(import.meta.dirname, '../../data/countries.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(',')[0] ?? '');
    const sheet = await readSheetObjects(OFFICIAL);
    const { observations } = importUnodcRows(sheet.rows, new Set(countries));
    const columns = observationColumns();
    const expected = formatCsv(
      columns,
      observations.map((o) => columns.map((c) => o[c] ?? '')),
    );
    expect(
      readFileSync(
        resolve(import.meta.dirname, '../../data/observations/unodc_glotip.csv'),
        'utf8',
      ),
    ).toBe(expected);
  }, 60000);
});
