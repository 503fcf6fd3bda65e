import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import '../../src/lib/i18n/all';
import { sql } from '../../src/lib/data/sql';
import { coverageSummary } from '../../src/lib/charts/coverage-matrix';
import type { CoverageCell } from '../../src/lib/model/rows';
import { openNodeDatabase } from '../support/duckdb-node';

let db: Awaited<ReturnType<typeof openNodeDatabase>>;
beforeAll(async () => {
  db = await openNodeDatabase(resolve(import.meta.dirname, '../../data'));
}, 120000);
afterAll(() => db.close());

const cell = (iso3: string, status: CoverageCell['status'], year = 2020): CoverageCell => ({
  iso3,
  nameEn: iso3,
  nameFr: iso3,
  inStudy: true,
  market: 'human_trafficking',
  stage: 'convicted',
  year,
  status,
  obsIds: [],
});

describe('data gaps: a number for women, or for men only', () => {
  it('keeps cells where only the men’s number is published (women <5) apart from a number for women', async () => {
    const rows = await db.run(
      sql`SELECT iso3, status FROM coverage WHERE market = 'human_trafficking' AND stage = 'convicted' AND year = 2020 AND iso3 IN ('MKD', 'SWE')`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.iso3, r.status]))).toEqual({
      MKD: 'men_only',
      SWE: 'men_only',
    });
  });

  it('counts a State as publishing a number for women only when it does; men-only cells get their own count', () => {
    const cells = [
      cell('ALB', 'published'),
      cell('MKD', 'men_only'),
      cell('SWE', 'men_only'),
      cell('SWE', 'published', 2019),
      cell('SRB', 'suppressed'),
    ];
    expect(coverageSummary(cells, 'en')).toBe(
      'Study States in view: 4. Publishing a number for women in the period: 0 at formal contact, 0 at prosecution, 2 at conviction. ' +
        'Publishing a number for men only (women <5 or not given), so not counted above: 0 at formal contact, 0 at prosecution, 1 at conviction. ' +
        'Publishing them only as suppressed (<5), so not counted above: 0 at formal contact, 0 at prosecution, 1 at conviction.',
    );
  });
});
