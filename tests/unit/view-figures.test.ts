import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { createDocument } from '../support/golden';
import { GOLDEN_PROGRAMS, PIVOT } from '../support/golden-programs';
import { comparisonCells } from '../../src/lib/method/comparison';

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

describe('what the view figures say', () => {
  it('states chart in French: French number format', () => {
    expect(allText(draw('states-chart-fr'))).toMatch(/22,4[\u00a0\u202f]%/);
  });

  it('markets: the median GI-TOC score of the States in view', () => {
    expect(allText(draw('markets-fr'))).toContain('Traite des êtres humains');
  });

  it('regions: a summary of the pooled shares', () => {
    expect(draw('regions-en').querySelector('desc')?.textContent).toContain('Highest pooled share');
  });

  it('pipeline: missing years left empty', () => {
    expect(draw('pipeline-en').querySelectorAll('circle[data-series="convicted"]')).toHaveLength(2);
  });

  it('hierarchy: no range or bound drawn as a point', () => {
    const svg = draw('hierarchy-en');
    const marks = [...svg.querySelectorAll('[data-qualifier]')];
    expect(
      marks.map((m) => [m.getAttribute('data-qualifier'), m.getAttribute('data-mark')]),
    ).toEqual(
      expect.arrayContaining([
        ['range', 'interval'],
        ['at_most', 'bound'],
        ['at_least', 'bound'],
        ['exact', 'bar'],
      ]),
    );
    expect(
      marks.filter(
        (m) => m.getAttribute('data-qualifier') !== 'exact' && m.querySelector('circle'),
      ),
    ).toEqual([]);
    expect(allText(svg)).toContain(
      'Nothing published on women at these hierarchy levels: Leadership',
    );
  });

  it('coverage: counts the study States that publish by sex', () => {
    expect(draw('coverage-en').querySelector('desc')?.textContent).toBe(
      'Of the 2 study States in view, 1 publish figures by sex at formal contact, 1 at prosecution and 1 at conviction in the period.',
    );
  });

  it('comparison: the latest year with a share in the period', () => {
    const cells = comparisonCells(
      PIVOT,
      ['BEL', 'CAN'],
      ['formal_contact', 'prosecuted', 'convicted', 'victims'],
    );
    expect(cells.find((c) => c.iso3 === 'BEL' && c.series === 'convicted')?.latest?.year).toBe(
      2021,
    );
  });
});
