import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { createDocument } from '../support/golden';
import { buildWomenShareByStateChart } from '../../src/lib/charts/states-chart';
import { buildOsceMap, geographyFromTopology, MICRO_STATES } from '../../src/lib/map/osce-map';

const allText = (svg: Element) =>
  [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');

import { FIXTURE_ROWS, SOURCE, row } from '../support/figure-fixtures';

describe('women share by State chart', () => {
  it('carries the frame, the ids behind every number and no bar for missing data', () => {
    const svg = buildWomenShareByStateChart(FIXTURE_ROWS, {
      document: createDocument(),
      lang: 'en',
      width: 720,
      stage: 'convicted',
      period: '2020',
      showYears: false,
      source: SOURCE,
    });
    expect(svg.querySelector('title')?.textContent).toContain("Women's share of persons convicted");
    expect(svg.querySelector('desc')?.textContent).toContain('Highest: Monaco (50.0%)');
    expect(svg.getAttribute('font-family')).toMatch(
      /^'Noto Sans', 'Liberation Sans', Arial, 'DejaVu Sans'/,
    );
    const labels = [...svg.querySelectorAll('text[data-iso3]')];
    expect(
      labels.map((l) => [
        l.getAttribute('data-iso3'),
        l.getAttribute('data-obs-id'),
        l.textContent,
      ]),
    ).toEqual([
      ['MCO', 'M-f M-m', '50.0% (1 of 2)'],
      ['BEL', 'B-f B-m', '22.4% (26 of 116)'],
      ['CAN', 'C-f C-t', '20.0% (5 of 25)'],
    ]);
    expect(allText(svg)).toContain('Source: UNODC, Test data (2022). Test terms.');
    expect(allText(svg)).toContain('suppressed by the publisher (<5): Switzerland');
    expect(allText(svg)).toContain('Only totals published, no count by sex: United Kingdom');
    expect(svg.querySelector('style')).toBeNull();
  });

  it('says so when nothing can be drawn', () => {
    const svg = buildWomenShareByStateChart([row('DEU', 'Germany', {})], {
      document: createDocument(),
      lang: 'en',
      width: 720,
      stage: 'convicted',
      period: '2031',
      showYears: false,
      source: SOURCE,
    });
    expect(allText(svg)).toContain('No State has a count of women for convicted in 2031');
  });
});

describe('OSCE map', () => {
  const topology = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../public/data/osce-map.topo.json'), 'utf8'),
  ) as Topology;
  const geography = geographyFromTopology(topology);

  it('has one focusable element per participating State and Kosovo, micro-states as symbols', () => {
    const svg = buildOsceMap(geography, FIXTURE_ROWS, {
      document: createDocument(),
      lang: 'en',
      width: 960,
      stage: 'convicted',
      period: '2020',
      source: SOURCE,
    });
    const states = [...svg.querySelectorAll('[data-iso3]')];
    expect(states).toHaveLength(58);
    expect(
      states.every((s) => s.getAttribute('tabindex') === '0' && s.getAttribute('aria-label')),
    ).toBe(true);
    for (const iso3 of MICRO_STATES) {
      const hit = svg.querySelector(`[data-iso3="${iso3}"] circle.hit-target`);
      expect(Number(hit?.getAttribute('r')), iso3).toBeGreaterThanOrEqual(12);
    }
    expect(
      svg.querySelector('[data-iso3="MCO"] circle:not(.hit-target)')?.getAttribute('fill'),
    ).toBe('#253494');
    expect(svg.querySelector('[data-iso3="DEU"] path')?.getAttribute('fill')).toBe(
      'url(#pattern-no-data)',
    );
    expect(svg.querySelector('[data-iso3="CHE"] path')?.getAttribute('fill')).toBe(
      'url(#pattern-suppressed)',
    );
    expect(allText(svg)).toContain('United Nations Security Council Resolution 1244');
    expect(svg.querySelector('#map-legend')).not.toBeNull();
  });
});
