import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { openNodeDatabase } from '../support/duckdb-node';
import { createDocument } from '../support/golden';
import { VIEWS, viewPlans } from '../../src/views/registry';
import { contextFor } from '../../src/views/context';
import { laterYear } from '../../src/views/scope';
import { FIGURE_NAMES } from '../../src/lib/model/figure-names';
import { DEFAULT_FILTERS, LANGS, queryFiltersOf, type Filters } from '../../src/lib/model/filters';
import { shapeStartup, startupQueries } from '../../src/lib/data/startup';
import { screenLayout } from '../../src/lib/charts/frame';
import { geographyFromTopology } from '../../src/lib/map/osce-map';

const STATES: [string, Partial<Filters>][] = [
  ['default', {}],
  ['formal contact, one year', { stage: 'formal_contact', yearFrom: 2020, yearTo: 2020 }],
  ['a subregion', { region: 'central_asia' }],
  ['a listed region', { region: 'OSCE_2023_STUDY' }],
  ['two States chosen', { selected: ['BEL', 'SWE'] }],
  ['a market without counts', { market: 'arms_trafficking' }],
  [
    'drug trafficking',
    { market: 'drug_trafficking', stage: 'formal_contact', yearFrom: 2018, yearTo: 2022 },
  ],
  [
    'cocaine-type drugs in South-Eastern Europe',
    { market: 'drug_trafficking_cocaine', stage: 'formal_contact', region: 'OSCE_SEE' },
  ],
  ['a State profile', { profile: 'ALB' }],
  ['Kosovo’s profile', { profile: 'XKX', lang: 'fr' }],
  ['a level and a position', { hierarchy: 'leadership', position: 'network_core' }],
  ['a source kind', { sourceKind: 'press' }],
  ['French', { lang: 'fr' }],
];

const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/osce-map.topo.json'), 'utf8'),
) as Topology;
const geography = geographyFromTopology(topology);

describe('every view of the registry, on a real DuckDB with the bundled data', () => {
  let db: Awaited<ReturnType<typeof openNodeDatabase>>;
  beforeAll(async () => {
    db = await openNodeDatabase(resolve(import.meta.dirname, '../../data'));
  });
  afterAll(() => db.close());

  /** The startup tables as the app shapes them, and the views' context built on them. */
  async function startupBase() {
    const startupRaw: Record<string, Record<string, unknown>[]> = {};
    for (const [name, q] of Object.entries(startupQueries())) startupRaw[name] = await db.run(q);
    const startup = shapeStartup(startupRaw);
    const base = {
      document: createDocument(),
      countries: startup.countries,
      sources: startup.sources,
      regions: startup.regions,
      geography,
      countSourceOverride: null,
    };
    return { startup, base };
  }

  it('draws exactly the figures the deck and the CLI know', () => {
    expect(VIEWS.flatMap((v) => v.figures).sort()).toEqual([...FIGURE_NAMES].sort());
  });

  it.each(STATES)('runs, shapes and draws every view: %s', async (_label, patch) => {
    const filters: Filters = { ...DEFAULT_FILTERS, ...patch };
    const raw: Record<string, Record<string, unknown>> = {};
    const { startup, base } = await startupBase();
    const sourceIds = new Set(startup.sources.map((s) => s.sourceId));
    for (const plan of viewPlans(queryFiltersOf(filters), { countSourceOverride: null })) {
      const rows: Record<string, Record<string, unknown>[]> = {};
      for (const [name, q] of Object.entries(plan.queries)) {
        expect(q.text.split('?').length - 1, `${plan.name}.${name} placeholders`).toBe(
          q.params.length,
        );
        rows[name] = await db.run(q);
      }
      raw[plan.name] = rows;
      const view = VIEWS.find((v) => v.name === plan.name);
      if (!view) throw new Error(plan.name);
      const bound = view.bind(view.shape(rows), contextFor(view, filters, base));
      const table = bound.table();
      expect(
        table.rows.every((r) => r.length === table.columns.length),
        plan.name,
      ).toBe(true);
      expect(bound.summary().length, `${plan.name} summary`).toBeGreaterThan(0);
      for (const figure of view.figures) {
        const svg = bound.figure(figure, screenLayout(900));
        expect(svg, figure).not.toBeNull();
        expect(svg?.querySelector('title')?.textContent, figure).toBeTruthy();
        expect(svg?.getAttribute('lang'), figure).toBe(filters.lang);
        const usage = new Set(bound.usage().flatMap((u) => u.obsIds));
        for (const u of bound.usage())
          expect(sourceIds.has(u.sourceId), `${figure}: source ${u.sourceId}`).toBe(true);
        for (const element of svg?.querySelectorAll('[data-obs-id]') ?? [])
          for (const id of (element.getAttribute('data-obs-id') ?? '').split(' ').filter(Boolean))
            expect(usage.has(id), `${figure}: ${id} is not in the view's sources`).toBe(true);
      }
    }
  });

  it.each([
    ['SEE', 'en', /the sources do not list the States it holds/],
    ['SEE', 'ru', /источники не перечисляют входящие в него государства/],
    ['WB6', 'en', /None of the 5 States of Western Balkans six has a computed share.*suppressed/],
    ['WB6', 'de', /Keiner der 5 Staaten/],
  ] as const)('the Regions view says why it is empty for %s (%s)', async (region, lang, reason) => {
    const filters: Filters = { ...DEFAULT_FILTERS, region, lang };
    const { base } = await startupBase();
    const plan = viewPlans(queryFiltersOf(filters), { countSourceOverride: null }).find(
      (p) => p.name === 'regions',
    )!;
    const rows: Record<string, Record<string, unknown>[]> = {};
    for (const [name, q] of Object.entries(plan.queries)) rows[name] = await db.run(q);
    const view = VIEWS.find((v) => v.name === 'regions')!;
    const bound = view.bind(view.shape(rows), contextFor(view, filters, base));
    expect(bound.notices().join(' ')).toMatch(reason);
    expect(bound.summary()).toMatch(reason);
    const svg = bound.figure('regions', screenLayout(900));
    const text = [...(svg?.querySelectorAll('text') ?? [])].map((t) => t.textContent).join(' ');
    expect(text.replace(/\s+/g, ' ')).not.toContain('Try a wider period');
  });

  it('says when counts run past the period shown (drug offences to 2022 under the default 2017–2021)', async () => {
    const { countYears } = (await startupBase()).startup;
    const data = { countSourceOverride: null };
    const drugs = { ...DEFAULT_FILTERS, market: 'drug_trafficking' };
    expect(laterYear(drugs, data, countYears)).toBe(2022);
    expect(laterYear({ ...drugs, yearTo: 2022 }, data, countYears)).toBeNull();
    expect(
      laterYear({ ...DEFAULT_FILTERS, market: 'arms_trafficking' }, data, countYears),
    ).toBeNull();
  });

  it('every table has one header per cell in every row, with the same codes, in every language', async () => {
    const { base } = await startupBase();
    const filled = new Set<string>();
    const patches: Partial<Filters>[] = [
      {},
      { profile: 'ALB' },
      { profile: 'BEL' },
      { selected: ['BEL', 'SWE'] },
    ];
    for (const patch of patches) {
      const filters: Filters = { ...DEFAULT_FILTERS, ...patch };
      for (const plan of viewPlans(queryFiltersOf(filters), { countSourceOverride: null })) {
        const rows: Record<string, Record<string, unknown>[]> = {};
        for (const [name, q] of Object.entries(plan.queries)) rows[name] = await db.run(q);
        const view = VIEWS.find((v) => v.name === plan.name);
        if (!view) throw new Error(plan.name);
        const codes = new Set<string>();
        for (const lang of LANGS) {
          const ctx = contextFor(view, { ...filters, lang }, base);
          const table = view.bind(view.shape(rows), ctx).table();
          const where = `${plan.name} (${lang})`;
          for (const [i, row] of table.rows.entries())
            expect(row.length, `${where}: row ${i}`).toBe(table.columns.length);
          for (const column of table.columns)
            expect(column.label.trim(), `${where}: ${column.code}`).not.toBe('');
          const these = table.columns.map((c) => c.code);
          expect(new Set(these).size, `${where}: codes repeat`).toBe(these.length);
          codes.add(these.join(','));
          if (table.rows.length > 0) filled.add(plan.name);
        }
        expect(codes.size, `${plan.name}: codes differ between languages`).toBe(1);
      }
    }
    expect([...filled].sort()).toEqual(VIEWS.map((v) => v.name).sort());
  });
});
