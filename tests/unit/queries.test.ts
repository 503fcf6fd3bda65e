import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openNodeDatabase } from '../support/duckdb-node';
import { toStateShareRows, womenShareByStateQuery } from '../../src/lib/data/queries/states-share';
import { computeWomenShare } from '../../src/lib/method/shares';
import { sourcesQuery, toSourceRows } from '../../src/lib/data/queries/sources';
import { identifier, sql } from '../../src/lib/data/sql';
import { stageYearCountsQuery, toStageYearShares } from '../../src/lib/data/queries/stage-years';
import { totalDiffersNotes } from '../../src/views/pipeline/spec';
import { statusNotes, type CountFigureText } from '../../src/lib/charts/count-figure';
import type { ViewContext } from '../../src/views/view-spec';
import '../../src/lib/i18n/all';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/small');
let db: Awaited<ReturnType<typeof openNodeDatabase>>;

beforeAll(async () => {
  db = await openNodeDatabase(FIXTURE);
});
afterAll(() => db.close());

const FILTERS = {
  sourceId: 'UNODC_GLOTIP',
  market: 'human_trafficking',
  region: null,
  sourceKind: null,
};
const byIso = async (filters: {
  stage: string;
  year: number;
  region?: string | null;
  sourceKind?: string | null;
}) => {
  const { year, ...rest } = filters;
  const rows = toStateShareRows(
    await db.run(womenShareByStateQuery({ ...FILTERS, ...rest, yearFrom: year, yearTo: year })),
  );
  return new Map(rows.map((r) => [r.iso3, r]));
};

describe('women share by State (the SQL the browser runs, on a real DuckDB)', () => {
  it('uses women / (women + men) when both are published, with the ids of both rows', async () => {
    const bel = (await byIso({ stage: 'convicted', year: 2020 })).get('BEL');
    expect(bel?.share).toBeCloseTo((100 * 26) / 116, 10);
    expect(bel?.shareBasis).toBe('women_plus_men');
    expect(bel?.obsIds).toEqual(['T-BEL-f', 'T-BEL-m']);
  });

  it('falls back to women / total when men are not published', async () => {
    const can = (await byIso({ stage: 'convicted', year: 2020 })).get('CAN');
    expect(can?.share).toBeCloseTo(20, 10);
    expect(can?.shareBasis).toBe('total');
    expect(can?.obsIds).toEqual(['T-CAN-f', 'T-CAN-t']);
  });

  it('keeps a suppressed count suppressed: no share, never 0 or 5', async () => {
    const che = (await byIso({ stage: 'convicted', year: 2020 })).get('CHE');
    expect(che?.status).toBe('suppressed');
    expect(che?.women).toBeNull();
    expect(che?.share).toBeNull();
    expect(che?.obsIds).toEqual(['T-CHE-f']);
  });

  it('distinguishes zero persons, totals only and no data', async () => {
    const rows = await byIso({ stage: 'convicted', year: 2020 });
    expect(rows.get('FIN')?.status).toBe('zero_persons');
    expect(rows.get('GBR')?.status).toBe('total_only');
    expect(rows.get('DEU')?.status).toBe('no_data');
    expect(rows.get('XKX')?.status).toBe('no_data');
    expect(rows.size).toBe(7);
  });

  it('never adds figures from another source or another year', async () => {
    const bel = (await byIso({ stage: 'convicted', year: 2020 })).get('BEL');
    expect(bel?.women).toBe(26);
    const bel2019 = (await byIso({ stage: 'convicted', year: 2019 })).get('BEL');
    expect(bel2019?.women).toBe(30);
    expect(bel2019?.status).toBe('zero_persons');
  });

  it('picks, for each State, its latest year in the period with a computable share, and says which', async () => {
    const rows = toStateShareRows(
      await db.run(
        womenShareByStateQuery({ ...FILTERS, stage: 'convicted', yearFrom: 2019, yearTo: 2020 }),
      ),
    );
    const bel = rows.find((r) => r.iso3 === 'BEL');
    expect(bel?.year).toBe(2020);
    expect(bel?.women).toBe(26);
    const only2019 = toStateShareRows(
      await db.run(
        womenShareByStateQuery({ ...FILTERS, stage: 'convicted', yearFrom: 2019, yearTo: 2019 }),
      ),
    );
    expect(only2019.find((r) => r.iso3 === 'BEL')?.year).toBe(2019);
  });

  it('restricts to a subregion or to the listed members of a region', async () => {
    const western = await byIso({ stage: 'convicted', year: 2020, region: 'western_europe' });
    expect([...western.keys()].sort()).toEqual(['BEL', 'CHE', 'DEU']);
    const hostileRegion = await byIso({ stage: 'convicted', year: 2020, region: "x' OR 1=1 --" });
    expect(hostileRegion.size).toBe(0);
  });

  it('restricts to the members a region lists', async () => {
    const north = await byIso({ stage: 'convicted', year: 2020, region: 'NORTH' });
    expect([...north.keys()].sort()).toEqual(['FIN', 'GBR']);
  });

  it('filters by source kind without mixing sources', async () => {
    const none = await byIso({ stage: 'convicted', year: 2020, sourceKind: 'press' });
    expect([...none.values()].every((r) => r.status === 'no_data')).toBe(true);
  });

  it('reads sources with their terms', async () => {
    const sources = toSourceRows(await db.run(sourcesQuery()));
    expect(sources.map((s) => s.sourceId)).toEqual(['OTHER', 'UNODC_GLOTIP']);
    expect(sources[1]?.terms).toBe('Test terms');
  });

  it('passes hostile values only as bound parameters', async () => {
    const hostile = "convicted' OR 1=1; DROP TABLE observations; --";
    const query = womenShareByStateQuery({
      ...FILTERS,
      stage: hostile,
      yearFrom: 2020,
      yearTo: 2020,
    });
    expect(query.text).not.toContain(hostile);
    const rows = toStateShareRows(await db.run(query));
    expect(rows.every((r) => r.status === 'no_data')).toBe(true);
    const still = await db.run(sql`SELECT count(*)::INTEGER AS n FROM observations`);
    expect(still[0]?.n).toBe(14);
  });

  it('accepts identifiers only from the allow-list', () => {
    expect(() => identifier('observations')).not.toThrow();
    expect(() => identifier('observations; DROP TABLE x')).toThrow(/not allowed/);
    expect(() => identifier('pg_catalog')).toThrow(/not allowed/);
  });
});

describe('the share rule', () => {
  it('is the same in SQL (the count_series table) and in JavaScript, on every row of data/', async () => {
    const real = await openNodeDatabase(resolve(import.meta.dirname, '../../data'));
    try {
      const rows = await real.run(
        sql`SELECT women, men, total, share, basis, denominator FROM count_series`,
      );
      expect(rows.length).toBeGreaterThan(1000);
      let withShare = 0;
      for (const r of rows) {
        const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
        const js = computeWomenShare(num(r.women), num(r.men), num(r.total));
        expect(num(r.share) === null ? null : num(r.share)).toBe(js.share);
        expect(r.basis ?? null).toBe(js.basis);
        expect(num(r.denominator)).toBe(js.denominator);
        if (js.share !== null) withShare++;
      }
      expect(withShare).toBeGreaterThan(500);
    } finally {
      real.close();
    }
  });

  it('is women / (women + men), else women / total, else nothing', () => {
    expect(computeWomenShare(1, 3, 4)).toEqual({
      share: 25,
      basis: 'women_plus_men',
      denominator: 4,
    });
    expect(computeWomenShare(1, null, 10)).toEqual({ share: 10, basis: 'total', denominator: 10 });
    expect(computeWomenShare(null, 3, 10)).toEqual({ share: null, basis: null, denominator: null });
    expect(computeWomenShare(0, 0, 0)).toEqual({ share: null, basis: null, denominator: null });
  });
});

describe('the bundled data (data/)', () => {
  let real: Awaited<ReturnType<typeof openNodeDatabase>>;
  beforeAll(async () => {
    real = await openNodeDatabase(resolve(import.meta.dirname, '../../data'));
  });
  afterAll(() => real.close());

  it('gives Belgium 2020, formal contact: 128 women and 317 men in the UNODC file, so 28.8%', async () => {
    const rows = toStateShareRows(
      await real.run(
        womenShareByStateQuery({
          ...FILTERS,
          stage: 'formal_contact',
          yearFrom: 2020,
          yearTo: 2020,
        }),
      ),
    );
    const bel = rows.find((r) => r.iso3 === 'BEL');
    expect(bel?.women).toBe(128);
    expect(bel?.men).toBe(317);
    expect(bel?.total).toBe(488);
    expect(bel?.share).toBeCloseTo(28.764, 2);
    expect(rows).toHaveLength(58);
  });

  it('reports the United Kingdom and the United States as totals only', async () => {
    const rows = toStateShareRows(
      await real.run(
        womenShareByStateQuery({ ...FILTERS, stage: 'convicted', yearFrom: 2019, yearTo: 2019 }),
      ),
    );
    expect(rows.find((r) => r.iso3 === 'GBR')?.status).toBe('total_only');
    expect(rows.find((r) => r.iso3 === 'USA')?.status).toBe('total_only');
  });

  it('says why Spain’s prosecuted women + men (128) fall short of the published 130 in 2020, in the reader’s language', async () => {
    const rows = toStageYearShares(
      await real.run(
        stageYearCountsQuery({
          sourceIds: ['UNODC_GLOTIP'],
          markets: ['human_trafficking'],
          yearFrom: 2020,
          yearTo: 2020,
          region: null,
          sourceKind: null,
          states: ['ESP'],
        }),
      ),
    );
    const prosecuted = rows.find((r) => r.series === 'prosecuted')!;
    expect([prosecuted.women, prosecuted.men, prosecuted.total]).toEqual([57, 71, 130]);
    expect(prosecuted.denominator).toBe(128);
    expect(prosecuted.totalNote?.en).toContain('under 18');
    expect(prosecuted.totalNote?.ru).toContain('моложе 18 лет');
    const ctx = (lang: 'en' | 'ru') =>
      ({
        lang,
        countries: [{ iso3: 'ESP', nameEn: 'Spain', nameFr: 'Espagne', nameRu: 'Испания' }],
      }) as unknown as ViewContext;
    const en = totalDiffersNotes([prosecuted], ctx('en'));
    expect(en.map((n) => n.text).join(' ')).toContain('Spain · 2020 · Prosecuted 128 of 130');
    expect(en[1]?.text).toContain('under 18');
    expect(en[0]?.obsIds).toContain('GLOTIP-ESP-2020-prosecuted-total');
    expect(en[1]?.obsIds).toEqual(['GLOTIP-ESP-2020-prosecuted-total']);
    // A pooled line says how many, not a list that would run over the figure.
    expect(totalDiffersNotes([prosecuted, prosecuted], ctx('en'), true)[0]?.text).toContain(
      '2 States and years in the pooled lines',
    );
    const ru = totalDiffersNotes([prosecuted], ctx('ru'));
    expect(ru[1]?.text).toContain('моложе 18 лет');
  });

  it('says the same in the States chart and map, which show Spain prosecuted 2020 as 57 of 128', async () => {
    const rows = toStateShareRows(
      await real.run(
        womenShareByStateQuery({ ...FILTERS, stage: 'prosecuted', yearFrom: 2020, yearTo: 2020 }),
      ),
    );
    const esp = rows.find((r) => r.iso3 === 'ESP')!;
    expect([esp.women, esp.denominator, esp.total]).toEqual([57, 128, 130]);
    const text = { scopeName: 'x', scopeSize: 58, whole: true } as CountFigureText;
    for (const [lang, words] of [
      ['en', 'under 18'],
      ['ru', 'моложе 18 лет'],
      ['de', 'unter 18 Jahren'],
    ] as const) {
      const note = statusNotes(rows, lang, text).find((n) => n.text.includes(words));
      expect(note?.obsIds).toEqual(['GLOTIP-ESP-2020-prosecuted-total']);
    }
  });
});
