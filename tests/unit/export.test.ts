import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { createDocument } from '../support/golden';
import { standaloneSvg, externalReferences } from '../../src/lib/export/standalone-svg';
import { figureCsv, neutraliseCell } from '../../src/lib/export/csv-export';
import { measureWithFontMetrics } from '../../src/lib/charts/font-measure';
import { parseDeck } from '../../src/lib/state/deck.svelte';
import { buildWomenShareByStateChart } from '../../src/lib/charts/states-chart';
import { FIXTURE_ROWS, SOURCE } from '../support/figure-fixtures';

const META = {
  title: 'T',
  datasetVersion: 'abc123',
  date: '2026-11-27',
  permalink: 'https://example.org/atlas/?stage=convicted&v=abc123',
  filters: { stage: 'convicted' },
  queries: ['SELECT 1'],
  lang: 'en' as const,
};

describe('standalone SVG export', () => {
  const figure = () =>
    buildWomenShareByStateChart(FIXTURE_ROWS, {
      document: createDocument(),
      lang: 'en',
      width: 720,
      stage: 'convicted',
      period: '2020',
      showYears: false,
      source: SOURCE,
    });

  it('carries title, summary, source, citation, permalink, date and metadata, and nothing external', () => {
    const markup = standaloneSvg(figure(), META);
    expect(externalReferences(markup)).toEqual([]);
    const doc = new JSDOM(markup, { contentType: 'image/svg+xml' }).window.document;
    const svg = doc.documentElement;
    expect(svg.querySelector('title')?.textContent).toContain("Women's share");
    expect(svg.querySelector('desc')?.textContent).toContain('Highest');
    const text = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(text).toContain('Source: UNODC');
    expect(text).toContain('How to cite: Women in Organized Crime Atlas');
    expect(text).toContain('Permalink: https://example.org/atlas/?stage=convicted&v=abc123');
    expect(text).toContain('Exported 2026-11-27');
    expect(JSON.parse(svg.querySelector('metadata')?.textContent ?? '{}')).toMatchObject({
      datasetVersion: 'abc123',
      filters: { stage: 'convicted' },
      queries: ['SELECT 1'],
    });
    expect(svg.querySelector('style, [class], [style]')).toBeNull();
    expect(svg.getAttribute('font-family')).toContain(
      "'Noto Sans', 'Liberation Sans', Arial, 'DejaVu Sans'",
    );
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(
      Number(figure().getAttribute('height')),
    );
  });

  it('finds external references when there are some', () => {
    expect(
      externalReferences('<image href="https://x.org/a.png"/><rect style="fill: var(--c)"/>'),
    ).toHaveLength(2);
    expect(externalReferences('<rect fill="url(#pattern-no-data)"/>')).toEqual([]);
  });
});

describe('CSV export', () => {
  it('has a BOM, the source columns, and neutralises formula-looking cells', () => {
    const csv = figureCsv(
      ['State', 'Share'],
      [[{ text: '=HYPERLINK("x")' }, { text: '22.4%', obsIds: ['B-f', 'B-m'] }]],
      () => SOURCE,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = csv.slice(1).trim().split('\n');
    expect(header).toBe(
      'State,Share,obs_ids,source_publisher,source_title,source_year,source_url,source_terms',
    );
    expect(row).toBe(
      `"'=HYPERLINK(""x"")",22.4%,B-f B-m,UNODC,Test data,2022,https://example.org,Test terms.`,
    );
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)'])('neutralises %s', (value) => {
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
    expect(parseDeck('nope').error).toContain('not JSON');
    expect(parseDeck('{"kind":"x","slides":[]}').error).toContain('not a deck file');
    expect(
      parseDeck(
        '{"kind":"women-in-organized-crime-atlas-deck","slides":[{"query":"a","figure":"evil"}]}',
      ).error,
    ).toContain('malformed');
  });

  it('reads a valid deck', () => {
    const { deck } = parseDeck(
      '{"kind":"women-in-organized-crime-atlas-deck","datasetVersion":"v1","slides":[{"query":"stage=convicted","figure":"map"}]}',
    );
    expect(deck?.slides).toEqual([{ query: 'stage=convicted', figure: 'map' }]);
  });
});
