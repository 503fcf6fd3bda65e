import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Topology } from 'topojson-specification';
import { createDocument } from '../support/golden';
import { drawGolden, exportGolden, type Golden } from '../support/golden-programs';
import { publishedFigure, SOURCE } from '../support/figure-fixtures';
import { externalReferences } from '../../src/lib/export/standalone-svg';
import { figureCsv, neutraliseCell } from '../../src/lib/export/csv-export';
import { exportFileName } from '../../src/lib/export/file-names';
import { isPublicAddress } from '../../src/lib/export/public-address';
import { SIZE_PRESETS } from '../../src/lib/export/presets';
import { measureWithFontMetrics } from '../../src/lib/charts/font-measure';
import { parseCsv, recordsAsObjects } from '../../src/lib/io/csv';
import { parseDeck } from '../../src/lib/state/deck.svelte';
import { DEFAULT_FILTERS, LANGS } from '../../src/lib/model/filters';
import { FIGURE_NAMES, type FigureName } from '../../src/lib/model/figure-names';

const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/osce-map.topo.json'), 'utf8'),
) as Topology;
const inputs = () => ({ document: createDocument(), topology });
const parse = (markup: string) =>
  new JSDOM(markup, { contentType: 'image/svg+xml' }).window.document.documentElement;
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');

/** A state of the filters in which each figure has something to draw. */
const CASES: Record<FigureName, Golden> = {
  'states-chart': {
    figure: 'states-chart',
    lang: 'en',
    filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020 },
  },
  map: { figure: 'map', lang: 'en', filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020 } },
  regions: {
    figure: 'regions',
    lang: 'en',
    filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020 },
  },
  pipeline: {
    figure: 'pipeline',
    lang: 'en',
    filters: { yearFrom: 2017, yearTo: 2021, selected: ['BEL'] },
  },
  comparison: {
    figure: 'comparison',
    lang: 'en',
    filters: { yearFrom: 2017, yearTo: 2021, selected: ['BEL', 'CAN'] },
  },
  hierarchy: { figure: 'hierarchy', lang: 'en' },
  markets: { figure: 'markets', lang: 'en', filters: { yearFrom: 2019, yearTo: 2021 } },
  'market-figures': { figure: 'market-figures', lang: 'en' },
  coverage: { figure: 'coverage', lang: 'en', filters: { yearFrom: 2019, yearTo: 2020 } },
  'profile-trends': {
    figure: 'profile-trends',
    lang: 'en',
    filters: { profile: 'BEL', yearFrom: 2019, yearTo: 2021 },
  },
  'profile-figures': { figure: 'profile-figures', lang: 'en', filters: { profile: 'BEL' } },
  'profile-scores': { figure: 'profile-scores', lang: 'en', filters: { profile: 'BEL' } },
  'profile-coverage': {
    figure: 'profile-coverage',
    lang: 'en',
    filters: { profile: 'BEL', yearFrom: 2019, yearTo: 2020 },
  },
};

describe('standalone SVG export', () => {
  it('carries title, summary, source, citation, permalink, date and metadata, and nothing external', () => {
    const [page] = exportGolden({ ...CASES['states-chart'], preset: 'slide' }, inputs());
    expect(page).toBeDefined();
    const markup = page?.markup ?? '';
    expect(externalReferences(markup)).toEqual([]);
    const svg = parse(markup);
    expect(svg.querySelector('title')?.textContent).toContain("Women's share");
    expect(svg.querySelector('desc')?.textContent).toContain('3 States');
    const text = texts(svg).join(' ');
    expect(text).toContain(
      'Source: UNODC, Test data (2022). Terms: reuse with attribution to UNODC',
    );
    expect(text).toContain('How to cite: Women in Organized Crime Atlas');
    expect(text).toContain('Permalink: https://example.org/atlas/?stage=convicted&v=abc123');
    expect(text).toContain('Exported on 27 November 2026');
    const metadata = JSON.parse(svg.querySelector('metadata')?.textContent ?? '{}') as Record<
      string,
      unknown
    >;
    expect(metadata).toMatchObject({
      datasetVersion: 'abc123',
      filters: { stage: 'convicted' },
      queries: ['SELECT 1'],
    });
    expect(svg.querySelector('style, [class], [style]')).toBeNull();
    expect(svg.getAttribute('font-family')).toContain(
      "'Noto Sans', 'Liberation Sans', Arial, 'DejaVu Sans'",
    );
  });

  it('puts where the atlas’s copy came from in the metadata, never on the figure', () => {
    const [page] = exportGolden({ ...CASES['states-chart'], preset: 'slide' }, inputs());
    // The golden helper does not resolve sources; the app and the CLI pass figureSources.
    expect(texts(parse(page?.markup ?? '')).join(' ')).not.toContain('A test copy');
  });

  it('finds external references when there are some', () => {
    expect(
      externalReferences('<image href="https://x.org/a.png"/><rect style="fill: var(--c)"/>'),
    ).toHaveLength(2);
    expect(externalReferences('<rect fill="url(#pattern-no-data)"/>')).toEqual([]);
  });

  it('prints no link line without a public address', () => {
    expect(isPublicAddress('https://atlas.example.org/')).toBe(true);
    for (const address of [
      '',
      'http://localhost:4173/',
      'http://127.0.0.1/',
      'http://192.168.1.4/',
      'http://10.0.0.2/',
      'file:///tmp/a',
      'http://[::1]/',
    ])
      expect(isPublicAddress(address), address).toBe(false);
  });
});

describe('fixed-size exports: every figure at every preset', () => {
  const presets = ['slide', 'a4', 'square'] as const;
  it.each(
    FIGURE_NAMES.flatMap((name) =>
      presets.flatMap((preset) => LANGS.map((lang) => [name, preset, lang] as const)),
    ),
  )(
    '%s at %s in %s keeps the preset’s size and type sizes, and fits its frame',
    (name, preset, lang) => {
      const pages = exportGolden({ ...CASES[name], preset, lang }, inputs());
      expect(pages.length).toBeGreaterThan(0);
      const { width, height, type } = SIZE_PRESETS[preset];
      for (const page of pages) {
        const svg = parse(page.markup);
        expect([Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))]).toEqual([
          width,
          height,
        ]);
        expect(svg.hasAttribute('data-overflow'), 'content overflows the page').toBe(false);
        const title = svg.querySelector('text[font-weight="700"]');
        expect(Number(title?.getAttribute('font-size'))).toBeGreaterThanOrEqual(type.title);
        const sizes = [...svg.querySelectorAll('text[font-size]')].map((t) =>
          Number(t.getAttribute('font-size')),
        );
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(Math.min(type.note, type.small) - 1);
        // No text runs past the right edge.
        for (const t of svg.querySelectorAll('text')) {
          const x = Number(t.getAttribute('x') ?? 0);
          const anchor = t.getAttribute('text-anchor');
          if (anchor === 'end' || anchor === 'middle' || t.getAttribute('transform')) continue;
          const size = Number(t.closest('[font-size]')?.getAttribute('font-size') ?? 12);
          const offset = Number(
            /translate\(([\d.]+)/.exec(
              t.parentElement?.closest('[transform]')?.getAttribute('transform') ?? '',
            )?.[1] ?? 0,
          );
          expect(
            offset + x + measureWithFontMetrics(t.textContent ?? '', size) * 0.9,
            `${name} ${lang}: "${t.textContent}"`,
          ).toBeLessThanOrEqual(width + 1);
        }
      }
    },
  );

  it('splits rows that do not fit into numbered pages, each complete, dropping none', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      publishedFigure({
        obsId: `ROW-${i}`,
        area: 'BEL',
        areaNames: { nameEn: 'Belgium', nameFr: 'Belgium' },
        value: i + 1,
        periodStart: 2000 + i,
        periodEnd: 2000 + i,
      }),
    );
    const pages = exportGolden(
      { figure: 'hierarchy', lang: 'en', preset: 'slide', results: { hierarchy: many } },
      inputs(),
    );
    expect(pages.length).toBeGreaterThan(1);
    const ids = new Set<string>();
    pages.forEach((page, i) => {
      const svg = parse(page.markup);
      const text = texts(svg).join(' ');
      expect(text).toContain(`${i + 1} of ${pages.length}`);
      expect(svg.querySelector('title')?.textContent).toContain('Women by hierarchy level');
      expect(text).toContain('Sources: P, A press report (2024)');
      expect(text).toContain('How to cite');
      for (const el of svg.querySelectorAll('[data-obs-id]'))
        for (const id of (el.getAttribute('data-obs-id') ?? '').split(' ')) ids.add(id);
    });
    expect([...ids].filter((id) => id.startsWith('ROW-')).sort()).toEqual(
      many.map((f) => f.obsId).sort(),
    );
  });

  it('a slide is large type: labels of at least 22 px, titles of 40 px, notes of 18 px', () => {
    expect(SIZE_PRESETS.slide).toMatchObject({
      width: 1920,
      height: 1080,
      type: { title: 40, label: 22, note: 18 },
    });
    const svg = drawGolden({ ...CASES.hierarchy, preset: 'slide' }, inputs());
    const label = [...svg.querySelectorAll('text')].find((t) => t.textContent === 'Network core');
    expect(Number(label?.closest('[font-size]')?.getAttribute('font-size'))).toBeGreaterThanOrEqual(
      22,
    );
  });
});

describe('export file names', () => {
  it('say which figure, filters, language and date, so a second export does not overwrite the first', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      stage: 'convicted' as const,
      yearFrom: 2017,
      yearTo: 2021,
      lang: 'fr' as const,
    };
    expect(exportFileName('regions', filters, '2026-11-28', 'svg')).toBe(
      'women-share-regions_convicted_2017-2021_fr_2026-11-28.svg',
    );
    expect(exportFileName('regions', { ...filters, region: 'OSCE_SEE' }, '2026-11-28', 'png')).toBe(
      'women-share-regions_convicted_2017-2021_osce-see_fr_2026-11-28.png',
    );
    expect(exportFileName('hierarchy', filters, '2026-11-28', 'svg', { index: 1, count: 3 })).toBe(
      'women-share-hierarchy_convicted_2017-2021_fr_2026-11-28_2-of-3.svg',
    );
  });
});

describe('CSV export', () => {
  const table = {
    columns: ['state', 'share', 'interval_low', 'interval_high', 'women', 'denominator'].map(
      (code) => ({ code }),
    ),
    rows: [
      [
        { text: 'Belgique', value: 'BEL' },
        { text: '22,4 %', value: 22.413793, obsIds: ['B-f', 'B-m'] },
        { text: '15,8 %', value: 15.78 },
        { text: '30,8 %', value: 30.82 },
        { text: '26', value: 26 },
        { text: '116', value: 116 },
      ],
      [
        { text: '=HYPERLINK("x")', value: '=HYPERLINK("x")' },
        { text: '–', value: null },
        { text: '–', value: null },
        { text: '–', value: null },
        { text: '-5', value: -5 },
        { text: '4', value: 4 },
      ],
    ],
  };

  it('RFC 4180: stable codes as header, labels beside codes, unformatted numbers, sources, read back by the atlas’s reader', () => {
    const csv = figureCsv(table, () => SOURCE, { dialect: 'rfc4180', lang: 'fr' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = parseCsv(csv.slice(1).replace(/\r\n/g, '\n'));
    expect(parsed.header).toEqual([
      'state',
      'state_label',
      'share',
      'interval_low',
      'interval_high',
      'women',
      'denominator',
      'obs_ids',
      'source_id',
      'source_publisher',
      'source_title',
      'source_year',
      'source_url',
    ]);
    const [first, second] = recordsAsObjects(parsed).map((r) => r.row);
    expect(first).toMatchObject({
      state: 'BEL',
      state_label: 'Belgique',
      share: '22.413793',
      interval_low: '15.78',
      women: '26',
      obs_ids: 'B-f B-m',
      source_id: 'UNODC_GLOTIP',
    });
    expect(Number(first?.share)).toBeCloseTo(22.4138, 4);
    // Formula-looking text is neutralised; a negative number in a numeric column is not.
    expect(second).toMatchObject({ state: `'=HYPERLINK("x")`, share: '', women: '-5' });
  });

  it('CSV for Excel: semicolons and the language’s decimal separator, read back the same', () => {
    const csv = figureCsv(table, () => SOURCE, { dialect: 'excel', lang: 'fr' });
    const parsed = parseCsv(csv.slice(1).replace(/\r\n/g, '\n'), ';');
    const [first] = recordsAsObjects(parsed).map((r) => r.row);
    expect(first?.share).toBe('22,413793');
    expect(Number(first?.share?.replace(',', '.'))).toBeCloseTo(22.4138, 4);
    expect(first?.state_label).toBe('Belgique');
    const english = figureCsv(table, () => SOURCE, { dialect: 'excel', lang: 'en' });
    expect(
      recordsAsObjects(parseCsv(english.slice(1).replace(/\r\n/g, '\n'), ';'))[0]?.row.share,
    ).toBe('22.413793');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)'])('neutralises the text %s', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });
});

describe('text measured from the shipped font', () => {
  it('uses Noto Sans advance widths (wider letters measure wider) with a margin for fallbacks', () => {
    expect(measureWithFontMetrics('WWWW', 10)).toBeGreaterThan(
      measureWithFontMetrics('iiii', 10) * 2,
    );
    expect(measureWithFontMetrics('Ж', 10)).toBeGreaterThan(0);
    expect(measureWithFontMetrics('abc', 10, true)).toBeGreaterThan(
      measureWithFontMetrics('abc', 10),
    );
  });
});

describe('deck files', () => {
  it('rejects malformed decks with a message', () => {
    expect(parseDeck('nope').error?.key).toBe('deck_not_json');
    expect(parseDeck('{"kind":"x","slides":[]}').error?.key).toBe('deck_not_ours');
    expect(
      parseDeck(
        '{"kind":"women-in-organized-crime-atlas-deck","slides":[{"query":"a","figure":"evil"}]}',
      ).error?.key,
    ).toBe('deck_malformed');
    const second = parseDeck(
      '{"kind":"women-in-organized-crime-atlas-deck","slides":[{"query":"","figure":"map"},null]}',
    ).error;
    expect(second).toEqual({ key: 'deck_malformed', params: { n: 2 } });
  });

  it('cuts a deck’s dataset version like other echoed values', () => {
    const { deck } = parseDeck(
      JSON.stringify({
        kind: 'women-in-organized-crime-atlas-deck',
        datasetVersion: `OFFICIAL: this atlas moved to https://evil.example ${'x'.repeat(5000)}`,
        slides: [],
      }),
    );
    expect(deck?.datasetVersion.length).toBeLessThanOrEqual(41);
  });

  it('reads a valid deck', () => {
    const { deck } = parseDeck(
      '{"kind":"women-in-organized-crime-atlas-deck","datasetVersion":"v1","slides":[{"query":"stage=convicted","figure":"map"}]}',
    );
    expect(deck?.slides).toEqual([{ query: 'stage=convicted', figure: 'map' }]);
  });
});
