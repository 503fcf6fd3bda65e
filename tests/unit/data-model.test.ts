import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openNodeDatabase } from '../support/duckdb-node';
import { parseCsv, recordsAsObjects } from '../../src/lib/io/csv';
import { sql } from '../../src/lib/data/sql';

const DATA = resolve(import.meta.dirname, '../../data');
let db: Awaited<ReturnType<typeof openNodeDatabase>>;
beforeAll(async () => {
  db = await openNodeDatabase(DATA);
});
afterAll(() => db.close());

const value = async (obsId: string) =>
  (await db.run(sql`SELECT value, qualifier FROM observations WHERE obs_id = ${obsId}`))[0];

describe('UNODC counts against the official file (values read by hand from data_glotip.xlsx)', () => {
  it.each([
    ['GLOTIP-BEL-2020-formal_contact-female', 128],
    ['GLOTIP-BEL-2020-formal_contact-total', 488],
    ['GLOTIP-ESP-2020-convicted-female', 19],
    ['GLOTIP-ESP-2020-convicted-total', 40],
    ['GLOTIP-TJK-2021-prosecuted-female', 15],
    ['GLOTIP-TJK-2021-prosecuted-total', 28],
    ['GLOTIP-DEU-2020-victims-female', 389],
    ['GLOTIP-DEU-2020-victims-male', 82],
    ['GLOTIP-DEU-2020-victims-total', 494],
  ])('%s = %i', async (obsId, expected) => {
    expect(await value(obsId)).toEqual({ value: expected, qualifier: 'exact' });
  });

  it('keeps "<5" suppressed (Sweden, male victims, 2020)', async () => {
    expect(await value('GLOTIP-SWE-2020-victims-male')).toEqual({
      value: null,
      qualifier: 'suppressed',
    });
  });

  it('leaves out the keys the file contradicts itself on', async () => {
    expect(await value('GLOTIP-CHE-2017-formal_contact-female')).toBeUndefined();
  });
});

describe('GI-TOC scores (context, not gendered)', () => {
  it.each([
    ['FIN', 2023, 'human_trafficking', 3.5],
    ['ITA', 2023, 'cocaine_trade', 8],
    ['ITA', 2021, 'cocaine_trade', 7.5],
    ['FIN', 2021, 'human_trafficking', 3],
  ])('%s %i %s = %d', async (iso3, edition, indicator, score) => {
    const rows = await db.run(
      sql`SELECT score, indicator_kind FROM market_scores WHERE iso3 = ${iso3} AND edition = ${edition} AND indicator = ${indicator}`,
    );
    expect(rows).toEqual([{ score, indicator_kind: 'market' }]);
  });

  it('has no score for the Holy See or Kosovo rather than a zero', async () => {
    const rows = await db.run(
      sql`SELECT count(*)::INTEGER AS n FROM market_scores WHERE iso3 IN ('VAT', 'XKX')`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});

describe('coverage', () => {
  const TOTALS_ONLY = ['GBR', 'USA', 'ALB', 'BIH', 'KAZ', 'UKR', 'AZE'];

  it('covers all 57 States and Kosovo for every justice stage of each market with counts', async () => {
    const rows = await db.run(
      sql`SELECT market, count(DISTINCT iso3)::INTEGER AS states, count(DISTINCT stage)::INTEGER AS stages FROM coverage GROUP BY market ORDER BY market`,
    );
    expect(rows).toEqual([
      { market: 'drug_trafficking', states: 58, stages: 8 },
      { market: 'human_trafficking', states: 58, stages: 8 },
    ]);
  });

  it.each(TOTALS_ONLY)(
    'marks %s as publishing totals only in the UNODC trafficking data',
    async (iso3) => {
      const rows = await db.run(sql`
      SELECT status, count(*)::INTEGER AS n FROM coverage
      WHERE iso3 = ${iso3} AND market = 'human_trafficking' AND stage IN ('formal_contact', 'prosecuted', 'convicted') GROUP BY status ORDER BY status`);
      const statuses = rows.map((r) => r.status);
      expect(statuses).toContain('total_only');
      expect(statuses).not.toContain('published');
    },
  );

  it('marks Belgium 2020 formal contact as disaggregated by sex, with the rows behind it', async () => {
    const rows = await db.run(
      sql`SELECT status, obs_ids FROM coverage WHERE iso3 = 'BEL' AND market = 'human_trafficking' AND stage = 'formal_contact' AND year = 2020`,
    );
    expect(rows[0]?.status).toBe('published');
    expect(String(rows[0]?.obs_ids)).toContain('GLOTIP-BEL-2020-formal_contact-female');
  });

  it('shows witness protection as published nowhere: a gap, not a zero', async () => {
    const rows = await db.run(
      sql`SELECT DISTINCT status FROM coverage WHERE stage = 'witness_protection'`,
    );
    expect(rows).toEqual([{ status: 'none' }]);
  });
});

describe('curated figures', () => {
  it('keep ranges and bounds as ranges and bounds', async () => {
    expect(
      (
        await db.run(
          sql`SELECT value, value_low, value_high, qualifier FROM observations WHERE obs_id = 'OSCE-SEE-THB-20-25'`,
        )
      )[0],
    ).toEqual({ value: null, value_low: 20, value_high: 25, qualifier: 'range' });
    expect(
      (
        await db.run(
          sql`SELECT value, value_high, qualifier FROM observations WHERE obs_id = 'PRESS-UPTO40-MEMBERS'`,
        )
      )[0],
    ).toEqual({ value: null, value_high: 40, qualifier: 'up_to' });
    expect(
      (
        await db.run(
          sql`SELECT value, value_low, qualifier FROM observations WHERE obs_id = 'GLOTIP2009-EECA'`,
        )
      )[0],
    ).toEqual({ value: null, value_low: 60, qualifier: 'more_than' });
  });

  it('state the scope of the "up to 40%" figure as not stated, since its source gives none', async () => {
    const [row] = await db.run(
      sql`SELECT area, stage, period_start FROM observations WHERE obs_id = 'PRESS-UPTO40-MEMBERS'`,
    );
    expect(row).toMatchObject({ area: 'NOT_STATED', stage: 'not_stated' });
  });

  it('keep a suppressed count out of the published coverage (five states, never merged)', async () => {
    const rows = await db.run(sql`SELECT DISTINCT status FROM coverage ORDER BY status`);
    expect(rows.map((r) => r.status)).toEqual([
      'men_only',
      'none',
      'published',
      'suppressed',
      'total_only',
    ]);
  });

  it('label the "up to 40%" figure as a press framing from a press source', async () => {
    const rows = await db.run(
      sql`SELECT s.kind, o.note FROM observations o JOIN sources s USING (source_id) WHERE obs_id = 'PRESS-UPTO40-MEMBERS'`,
    );
    expect(rows[0]?.kind).toBe('press');
    expect(String(rows[0]?.note)).toContain('not an OSCE finding');
  });

  it('all have a source with an address and terms', async () => {
    const rows = await db.run(
      sql`SELECT count(*)::INTEGER AS n FROM observations o LEFT JOIN sources s USING (source_id) WHERE s.url IS NULL OR s.terms IS NULL`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('mark exactly 14 States as covered by the 2023 study', async () => {
    expect(
      (await db.run(sql`SELECT count(*)::INTEGER AS n FROM countries WHERE in_2023_study`))[0]?.n,
    ).toBe(14);
  });
});

const REFERENCE = resolve(import.meta.dirname, '../../../shared/data/curated/figures.csv');

const HAS_REFERENCE = existsSync(REFERENCE);

describe('the reference data', () => {
  it.skipIf(HAS_REFERENCE)(
    'is not beside this clone (../shared/data): the checks against it are skipped',
    () => {
      expect(HAS_REFERENCE).toBe(false);
    },
  );
});

describe.runIf(HAS_REFERENCE)('every reference figure (../shared/data/curated/figures.csv)', () => {
  const reference = HAS_REFERENCE
    ? recordsAsObjects(parseCsv(readFileSync(REFERENCE, 'utf8'))).map((r) => r.row)
    : [];
  const crosswalk = new Map(
    recordsAsObjects(parseCsv(readFileSync(resolve(DATA, 'reference_crosswalk.csv'), 'utf8'))).map(
      ({ row }) => [row.reference_figure_id, row.atlas_row],
    ),
  );

  it('has a crosswalk entry', () => {
    expect(reference.filter((r) => !crosswalk.has(r.figure_id)).map((r) => r.figure_id)).toEqual(
      [],
    );
  });

  it.each(reference.map((r) => [r.figure_id ?? '', r] as const))(
    '%s matches its atlas row',
    async (figureId, figure) => {
      const target = crosswalk.get(figureId) ?? '';
      if (target === 'countries.in_2023_study') {
        expect(
          (await db.run(sql`SELECT count(*)::INTEGER AS n FROM countries WHERE in_2023_study`))[0]
            ?.n,
        ).toBe(Number(figure.value));
        return;
      }
      if (target.startsWith('not represented')) {
        expect(figure.measure).not.toMatch(/^(share|count)_/);
        return;
      }
      const row = (
        await db.run(
          sql`SELECT value, value_low, value_high FROM observations WHERE obs_id = ${target}`,
        )
      )[0];
      expect(row, target).toBeDefined();
      const numbers = (r: Record<string, unknown>) =>
        [r.value, r.value_low, r.value_high]
          .filter((v) => v !== null && v !== '' && v !== undefined)
          .map(Number)
          .sort();
      expect(numbers(row!)).toEqual(numbers(figure));
    },
  );
});
