import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importDrugRows, WDR_SHEET } from '../../data/scripts/unodc-drugs-core';
import { readSheetObjects } from '../../data/scripts/xlsx';
import { formatCsv } from '../../src/lib/io/csv';
import { columnNames } from '../../src/lib/vocabulary/contract';

const TRAFFICKING = 'Offences related to drug trafficking';
const USE = 'Offences related to drug use and/or drug possession';
const raw = (
  msCode: string,
  Year: number | string,
  Females: number | string | null,
  Males: number | string | null,
  calculated: number | null,
  reported: number | null,
  offence = TRAFFICKING,
  Drug = 'Any Illicit drugs',
) => ({
  msCode,
  Year,
  'Type of offence': offence,
  Drug,
  'Calculated total': calculated,
  'Reported total': reported,
  Males,
  Females,
});

describe('the World Drug Report importer (table 10.1)', () => {
  const areas = new Set(['SWE', 'FIN', 'ALB', 'USA', 'LUX']);
  const { observations, report } = importDrugRows(
    [
      raw('SWE', 2020, 140, 1151, 1304, 1304),
      raw('USA', 2018, 2002, 9723, 11878, 11878),
      raw('USA', 2018, 4139, 18800, 23454, 23454),
      raw('FIN', 2020, 10, 20, 30, 30),
      raw('FIN', 2020, 10, 20, 30, 30),
      raw('LUX', 2021, 20, 200, 277, 249),
      raw('ALB', 2021, 0, 0, 0, 0),
      raw('ALB', 2020, null, null, 234, null),
      raw('SWE', 2019, 12, 50, 400, 400, USE),
      raw('SWE', 2021, 3, 9, 12, 12, TRAFFICKING, 'Hallucinogens'),
      raw('GHA', 2021, 1, 2, 3, 3),
      raw('SWE', 2022, '1,5', 2, 3, 3),
    ],
    areas,
  );
  const ids = observations.map((o) => o.obs_id);

  it('leaves out a key given twice with different values, and lists both rows', () => {
    expect(ids.some((id) => id?.startsWith('WDR-USA-2018'))).toBe(false);
    expect(report.conflicts).toEqual([
      expect.stringContaining('USA-2018-drug_trafficking: rows 3, 4 give different values'),
    ]);
  });

  it('keeps a key repeated with the same values once, and says so', () => {
    expect(ids.filter((id) => id === 'WDR-FIN-2020-drug_trafficking-female')).toHaveLength(1);
    expect(report.duplicates).toEqual([
      expect.stringContaining('FIN-2020-drug_trafficking: rows 5, 6'),
    ]);
  });

  it('uses the calculated total where the reported total disagrees, and lists it', () => {
    const total = observations.find((o) => o.obs_id === 'WDR-LUX-2021-drug_trafficking-total');
    expect(total?.value).toBe('277');
    expect(total?.note).toContain('the reported total is 249');
    expect(report.totalsDisagree).toEqual([
      expect.stringContaining(
        'LUX-2021-drug_trafficking: calculated total 277, reported total 249',
      ),
    ]);
    // 20 + 200 of 277 persons is 79%: imported, listed, and no share is drawn from it.
    expect(report.partialBySex).toEqual([
      expect.stringContaining('LUX-2021-drug_trafficking: women 20 + men 200 cover 79% of 277'),
      expect.stringContaining('SWE-2019-drug_use_possession: women 12 + men 50 cover 16% of 400'),
    ]);
  });

  it('reports a total of 0 as "0 persons reported", and empty cells as not reported', () => {
    expect(report.zeroPersons).toEqual([
      'ALB-2021-drug_trafficking: 0 persons reported (no share)',
    ]);
    expect(ids).toContain('WDR-ALB-2020-drug_trafficking-total');
    expect(ids).not.toContain('WDR-ALB-2020-drug_trafficking-female');
    expect(report.notReported).toBe(2);
  });

  it('imports drug use as context only, leaves unscored drugs and other areas out, refuses odd numbers', () => {
    const use = observations.find((o) => o.obs_id === 'WDR-SWE-2019-drug_use_possession-female');
    expect(use?.note).toMatch(/^Context only, not organized crime/);
    expect(ids.some((id) => id?.includes('Hallucinogens') || id?.startsWith('WDR-GHA'))).toBe(
      false,
    );
    expect(report.outOfScope).toBe(2);
    expect(report.rejected).toEqual([
      'row 13 (SWE 2022 drug_trafficking): females not a whole number of persons',
    ]);
    const trafficking = observations.find(
      (o) => o.obs_id === 'WDR-SWE-2020-drug_trafficking-female',
    );
    expect(trafficking).toMatchObject({
      stage: 'formal_contact',
      value: '140',
      qualifier: 'exact',
    });
    expect(trafficking?.note).toContain('includes supply offences not linked to organized crime');
  });
});

const OFFICIAL = resolve(
  import.meta.dirname,
  '../../../shared/data/raw/unodc_wdr_drug_crimes/unodc_drug_crime_counts.xlsx',
);
if (!existsSync(OFFICIAL))
  console.info(
    'the World Drug Report workbook is not beside this clone (../shared/data/raw): the check of the committed table against it is skipped',
  );

describe.runIf(existsSync(OFFICIAL))('committed World Drug Report table', () => {
  it('is exactly what the importer makes of the official workbook', async () => {
    const committed = readFileSync(
      resolve(import.meta.dirname, '../../data/observations/unodc_wdr_drugs.csv'),
      'utf8',
    );
    const areas = new Set(
      committed
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(',')[2] ?? ''),
    );
    const sheet = await readSheetObjects(OFFICIAL, WDR_SHEET);
    const { observations } = importDrugRows(sheet.rows, areas);
    const columns = columnNames('observations');
    const remade = formatCsv(
      columns,
      observations.map((o) => columns.map((c) => o[c as keyof typeof o] ?? '')),
    );
    expect(remade).toBe(committed);
  }, 60000);
});
