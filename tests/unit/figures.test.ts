import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { createDocument } from '../support/golden';
import { drawGolden, drawGoldenAt, GOLDEN_PROGRAMS } from '../support/golden-programs';
import { MICRO_STATES } from '../../src/lib/map/osce-map';
import { summariseShares } from '../../src/lib/charts/count-figure';
import { row } from '../support/figure-fixtures';

const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/osce-map.topo.json'), 'utf8'),
) as Topology;
const draw = (name: string) => {
  const program = GOLDEN_PROGRAMS[name];
  if (!program) throw new Error(name);
  return program({ document: createDocument(), topology });
};
const allText = (svg: Element) =>
  [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');

describe('women share by State chart', () => {
  it('carries the frame, the ids behind every number, its interval and counts, and no bar for missing data', () => {
    const svg = draw('states-chart-en');
    expect(svg.querySelector('title')?.textContent).toContain("Women's share of persons convicted");
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
      ['MCO', 'M-f M-m', '50.0% (9–91%) · 1 of 2'],
      ['BEL', 'B-f B-m', '22.4% (15–31%) · 26 of 116'],
      ['CAN', 'C-f C-t', '20.0% (8–40%) · 5 of 25'],
    ]);
    expect(allText(svg)).toContain(
      'Source: UNODC, Test data (2022). Terms: reuse with attribution to UNODC (UNODC data portal terms of use).',
    );
    expect(allText(svg)).not.toContain('A test copy');
    expect(allText(svg)).toContain('Count of women suppressed by the publisher (<5): Switzerland');
    expect(allText(svg)).toContain('Only totals published, no count by sex: United Kingdom');
    expect(allText(svg)).toContain('so no share is drawn: Sweden');
    expect(svg.querySelector('style')).toBeNull();
  });

  it('draws shares from fewer than 30 persons hollow and lists them', () => {
    const svg = draw('states-chart-en');
    const hollow = [...svg.querySelectorAll('[data-small-count="true"]')].map(
      (el) => el.closest('[data-iso3]')?.getAttribute('data-iso3') ?? el.getAttribute('data-iso3'),
    );
    expect(hollow.sort()).toEqual(['CAN', 'MCO']);
    expect(allText(svg)).toContain(
      'Fewer than 30 persons behind the share (drawn hollow or lighter; read with care): Canada, Monaco.',
    );
  });

  it('never calls a small count or an overlapping interval "the highest"', () => {
    const desc = draw('states-chart-en').querySelector('desc')?.textContent ?? '';
    expect(desc).not.toMatch(/highest/i);
    // Two large, clearly separated shares: the summary may rank them.
    const clear = [
      row('BEL', 'Belgium', { women: 400, men: 600, status: 'share', obsIds: ['b'] }),
      row('CAN', 'Canada', { women: 100, men: 900, status: 'share', obsIds: ['c'] }),
    ];
    const text = {
      title: '',
      subtitle: '',
      offenceNote: null,
      sourceLine: '',
      scopeName: 'test',
      scopeSize: 2,
      whole: false,
    };
    expect(summariseShares(clear, 'en', text)).toContain(
      "Highest, with an interval wholly above every other State's: Belgium",
    );
    const close = [
      row('BEL', 'Belgium', { women: 40, men: 60, status: 'share', obsIds: ['b'] }),
      row('CAN', 'Canada', { women: 35, men: 65, status: 'share', obsIds: ['c'] }),
    ];
    expect(summariseShares(close, 'en', text)).not.toMatch(/highest/i);
  });

  it('fills a slide: few bars grow, and the page is exactly 1920 by 1080', () => {
    const svg = draw('export-states-chart-en');
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['1920', '1080']);
    const bar = svg.querySelector('[data-iso3="BEL"] rect, rect[data-iso3="BEL"]');
    expect(Number(bar?.getAttribute('height'))).toBeGreaterThan(30);
  });

  it('says so when nothing can be drawn', () => {
    const svg = drawGolden(
      {
        figure: 'states-chart',
        lang: 'en',
        filters: { stage: 'convicted', yearFrom: 2031, yearTo: 2031 },
        results: { states: [row('DEU', 'Germany', {})] },
      },
      { document: createDocument(), topology },
    );
    expect(allText(svg)).toContain('No State has a computable share for these filters.');
    expect(svg.querySelectorAll('[data-iso3] rect, rect[data-iso3]')).toHaveLength(0);
  });
});

describe('Criminal markets on a phone (358 px)', () => {
  it.each(['en', 'de', 'ru'] as const)(
    'puts each State’s name on its own line above its marks, all inside the figure: %s',
    (lang) => {
      const svg = drawGoldenAt('markets-en', { document: createDocument(), topology }, 358, lang);
      const names = [...svg.querySelectorAll('text[data-iso3]')];
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const iso3 = name.getAttribute('data-iso3');
        const dots = [...svg.querySelectorAll(`circle[data-iso3="${iso3}"]`)];
        expect(dots.length, `${iso3}`).toBeGreaterThan(0);
        expect(Number(name.getAttribute('x'))).toBe(0);
        for (const dot of dots) {
          expect(Number(dot.getAttribute('cx')), `${iso3}`).toBeGreaterThanOrEqual(0);
          expect(Number(dot.getAttribute('cx')), `${iso3}`).toBeLessThanOrEqual(358);
          expect(
            Number(dot.getAttribute('cy')) - Number(name.getAttribute('y')),
            `${iso3}`,
          ).toBeGreaterThan(12);
        }
      }
      for (const line of svg.querySelectorAll('[aria-label] line')) {
        expect(Number(line.getAttribute('x1'))).toBeGreaterThanOrEqual(0);
        expect(Number(line.getAttribute('x2'))).toBeLessThanOrEqual(358);
      }
    },
  );
});

describe('OSCE map', () => {
  it('on a phone, lists the micro-states under the map, each named, apart from the others', () => {
    const svg = drawGoldenAt('map-de', { document: createDocument(), topology }, 358);
    const main = svg.querySelector('#map-panel-main');
    const mainHeight = Number(main?.querySelector('clipPath rect, rect')?.getAttribute('height'));
    const symbols = MICRO_STATES.map((iso3) => {
      const group = svg.querySelector(`[data-iso3="${iso3}"]`);
      const circle = group?.querySelector('circle[r="6"]');
      return {
        iso3,
        label: group?.querySelector('text')?.textContent,
        name: group?.getAttribute('data-name'),
        x: Number(circle?.getAttribute('cx')),
        y: Number(circle?.getAttribute('cy')),
        // Drawn outside the clipped map, below it.
        clipped: group?.closest('[clip-path]') !== null,
      };
    });
    for (const s of symbols) {
      expect(s.label, s.iso3).toBe(s.name);
      expect(s.clipped, s.iso3).toBe(false);
    }
    for (const a of symbols)
      for (const b of symbols)
        if (a.iso3 < b.iso3)
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.iso3}/${b.iso3}`).toBeGreaterThanOrEqual(
            26,
          );
    expect(mainHeight).toBeGreaterThan(0);
    // On a desktop the symbols stay on the map, named beside their places.
    const wide = draw('map-de');
    expect(wide.querySelector('[data-iso3="SMR"]')?.closest('[clip-path]')).not.toBeNull();
    const sanMarino = wide.querySelector('[data-iso3="SMR"]');
    expect(sanMarino?.querySelector('text')?.textContent).toBe(
      sanMarino?.getAttribute('data-name'),
    );
  });

  it('is one Tab stop: one element per participating State and Kosovo, roving tabindex', () => {
    const svg = draw('map-en');
    const states = [...svg.querySelectorAll('[data-iso3]')];
    expect(states).toHaveLength(58);
    expect(
      states.every((s) => s.getAttribute('tabindex') === '-1' && s.getAttribute('aria-label')),
    ).toBe(true);
    expect(states.every((s) => s.getAttribute('data-name'))).toBe(true);
    for (const iso3 of MICRO_STATES) {
      const hit = svg.querySelector(`[data-iso3="${iso3}"] circle.hit-target`);
      expect(Number(hit?.getAttribute('r')), iso3).toBeGreaterThanOrEqual(12);
    }
  });

  it('draws missing, suppressed, totals-only and small counts apart', () => {
    const svg = draw('map-en');
    const monaco = svg.querySelector('[data-iso3="MCO"] circle[r="6"]');
    expect(monaco?.getAttribute('data-small-count')).toBe('true');
    expect(monaco?.getAttribute('fill-opacity')).toBe('0.45');
    expect(svg.querySelector('[data-iso3="DEU"] path')?.getAttribute('fill')).toBe(
      'url(#pattern-no-data)',
    );
    expect(svg.querySelector('[data-iso3="CHE"] path')?.getAttribute('fill')).toBe(
      'url(#pattern-suppressed)',
    );
    expect(allText(svg)).toContain('United Nations Security Council Resolution 1244');
    expect(svg.querySelector('#map-legend')).not.toBeNull();
  });

  it('draws States outside a selected region apart from missing data, and does not count them as missing', () => {
    const svg = draw('map-en-region');
    const germany = svg.querySelector('[data-iso3="DEU"]');
    expect(germany?.getAttribute('data-outside')).toBe('true');
    expect(germany?.querySelector('path')?.getAttribute('fill')).not.toBe('url(#pattern-no-data)');
    expect(germany?.getAttribute('aria-label')).toBe('Germany: Outside the selection');
    const text = allText(svg);
    expect(text).toContain('Outside the selection');
    expect(text).not.toMatch(/of the 57 participating States/);
  });

  it('keeps the legend entries clear of the colour ramp and its labels', () => {
    const legend = draw('map-en').querySelector('#map-legend');
    const ramp = [...(legend?.querySelectorAll('rect') ?? [])].slice(0, 6);
    const rampRight = Math.max(
      ...ramp.map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width'))),
    );
    const entries = [...(legend?.querySelectorAll('rect') ?? [])].slice(6);
    for (const entry of entries) {
      const x = Number(entry.getAttribute('x'));
      const y = Number(entry.getAttribute('y'));
      // Beside the ramp, or below its tick labels (y 46).
      expect(x >= rampRight || y > 50, `${x},${y}`).toBe(true);
    }
  });
});

describe('a computed denominator that differs from the published total', () => {
  it('names both numbers in a note, with the rows behind them', async () => {
    const { statusNotes } = await import('../../src/lib/charts/count-figure');
    const rows = [
      row('KAZ', 'Kazakhstan', {
        status: 'share',
        women: 79,
        men: 826,
        total: 916,
        obsIds: ['K-f', 'K-m', 'K-t'],
      }),
      row('SWE', 'Sweden', { status: 'share', women: 151, men: 1073, total: 1224 }),
    ];
    const notes = statusNotes(rows, 'en', {
      whole: true,
      scopeSize: 57,
      scopeName: 'OSCE',
      title: '',
      subtitle: '',
      offenceNote: null,
      sourceLine: '',
    });
    const note = notes.find((n) => n.text.startsWith('Women + men differ'));
    expect(note?.text).toBe(
      'Women + men differ from the total the publisher gives (share of women + men; both shown): Kazakhstan 905 of 916.',
    );
    expect(note?.obsIds).toEqual(['K-f', 'K-m', 'K-t']);
  });
});
