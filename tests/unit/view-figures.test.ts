import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { createDocument } from '../support/golden';
import { drawGolden, GOLDEN_PROGRAMS, type Golden } from '../support/golden-programs';
import { PIVOT, pivot } from '../support/figure-fixtures';
import { comparisonCells } from '../../src/lib/method/comparison';

const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/osce-map.topo.json'), 'utf8'),
) as Topology;
const draw = (name: string) => {
  const program = GOLDEN_PROGRAMS[name];
  if (!program) throw new Error(name);
  return program({ document: createDocument(), topology });
};
const drawCase = (golden: Golden) => drawGolden(golden, { document: createDocument(), topology });
const allText = (svg: Element) =>
  [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
const desc = (svg: Element) => svg.querySelector('desc')?.textContent ?? '';

describe('what the view figures say', () => {
  it('states chart in French: French number and percent format', () => {
    expect(allText(draw('states-chart-fr'))).toMatch(/22,4[\u00a0\u202f]%/);
  });

  it('regions: one pooled subregion is described, not called both highest and lowest', () => {
    const text = desc(draw('regions-en'));
    expect(text).toBe(
      'Western Europe 22.9% (16–32%), 27 of 118 pooled over 2 States. 2 subregions have no pooled share.',
    );
  });

  it('regions: the States and years behind each subregion are on the figure, none left as an empty list', () => {
    const text = allText(draw('regions-en'));
    expect(text).toContain('States and years: Belgium 2020, Monaco 2020');
    expect(text).toContain('States and years: Canada 2020†');
    expect(text).toContain('No State with a computed share.');
    expect(text).not.toMatch(/States and years:\s*(\||$)/);
  });

  it('pipeline: missing years left empty, never interpolated', () => {
    const svg = draw('pipeline-en');
    expect(svg.querySelectorAll('circle[data-series="convicted"]')).toHaveLength(2);
    // 2019 and 2021 with no 2020 between them: no line joins them.
    const convictedLines = [
      ...svg.querySelectorAll('path[data-series="human_trafficking|convicted"]'),
    ];
    expect(convictedLines).toHaveLength(0);
  });

  it('pipeline of a group: pools only a stable panel of States and says which', () => {
    const svg = draw('pipeline-en-group');
    const text = allText(svg);
    expect(text).toContain(
      'Convicted: pooled over 2 States (Belgium, Canada); 1 State with gaps left out.',
    );
    expect(text).toContain(
      'each line pools only the States that publish women and men in every year shown',
    );
    // The victims note and title only where victims are drawn.
    expect(svg.querySelector('title')?.textContent).not.toContain('victims');
    expect(text).not.toContain('Detected victims recorded as female');
  });

  it('pipeline: a threefold change in a total is a possible break, drawn as a gap', () => {
    const svg = drawCase({
      figure: 'pipeline',
      lang: 'en',
      filters: { yearFrom: 2019, yearTo: 2021, selected: ['SWE'], market: 'drug_trafficking' },
      results: {
        pipeline: [
          pivot('SWE', 'formal_contact', 2019, 300, 2700, 'drug_trafficking'),
          pivot('SWE', 'formal_contact', 2020, 1500, 13500, 'drug_trafficking'),
          pivot('SWE', 'formal_contact', 2021, 1600, 13400, 'drug_trafficking'),
        ],
      },
    });
    expect(allText(svg)).toContain(
      'possible break in the series between 2019 and 2020 (the total changes 5.0-fold)',
    );
    expect(
      svg.querySelectorAll('path[data-series="drug_trafficking|formal_contact"]'),
    ).toHaveLength(1);
  });

  it('hierarchy: every row states area, period, stage and market; bounds keep the source’s words', () => {
    const text = allText(draw('hierarchy-en'));
    expect(text).toContain('Area not stated by the source · 2023');
    expect(text).toContain('Stage not stated · Organized crime (all)');
    expect(text).toContain('up to 40% (as published)');
    expect(text).toContain('more than 60% (as published)');
    expect(text).toContain('South-Eastern Europe · not stated');
    expect(text).toContain('Prosecuted or convicted (taken together) · Human trafficking');
    expect(text).not.toMatch(/at least|at most|OSCE area \(57/);
  });

  it('hierarchy: no range or bound drawn as a point; a men’s share and a count are written, not drawn', () => {
    const svg = draw('hierarchy-en');
    const marks = [...svg.querySelectorAll('[data-qualifier]')];
    expect(
      marks.map((m) => [m.getAttribute('data-qualifier'), m.getAttribute('data-mark')]),
    ).toEqual(
      expect.arrayContaining([
        ['range', 'interval'],
        ['up_to', 'bound'],
        ['more_than', 'bound'],
        ['exact', 'bar'],
      ]),
    );
    expect(
      marks.filter(
        (m) => m.getAttribute('data-qualifier') !== 'exact' && m.querySelector('circle'),
      ),
    ).toEqual([]);
    const text = allText(svg);
    expect(text).toContain("men: 86% (as published; women's share not published)");
    expect(text).toContain('120 women (a count as published; no share)');
    expect(text).toContain(
      'Nothing published on women at these hierarchy levels: Coordination, Operational, Periphery',
    );
  });

  it('hierarchy: a computed share carries its counts and interval; context rows are grouped apart and last', () => {
    const svg = draw('hierarchy-en');
    const text = allText(svg);
    expect(text).toMatch(/13\.1% \(11–15%\) computed \(238 of\s+1,816\)/);
    const context = text.indexOf('Context only: not organized crime');
    expect(context).toBeGreaterThan(text.indexOf('South-Eastern Europe'));
    expect(text.indexOf('All offences (context, not organized crime)')).toBeGreaterThan(context);
    const computed = [...svg.querySelectorAll('text')].find((t) =>
      t.textContent?.startsWith('13.1%'),
    );
    expect(computed?.getAttribute('data-obs-id')).toBe('W-COUNT T-COUNT');
  });

  it('hierarchy: no number is cut short with an ellipsis', () => {
    const numbers = [...draw('hierarchy-en').querySelectorAll('text')]
      .map((t) => t.textContent ?? '')
      .filter((t) => /\d/.test(t));
    expect(numbers.filter((t) => t.includes('…'))).toEqual([]);
  });

  it('markets: State by offence with intervals, beside GI-TOC scores; scores never mixed with shares', () => {
    const svg = draw('markets-en');
    const text = allText(svg);
    expect(desc(svg)).toContain('2 States have a share for at least one offence');
    expect(text).toMatch(/Drug-\s?trafficking offences \(all drugs\) .*Formal contact/);
    expect(text).toContain('GI-TOC scores (not gendered)');
    expect(text).toContain('Synthetic drug trade');
    expect(text).not.toContain('…');
    const belgium = [...svg.querySelectorAll('[data-iso3="BEL"][data-obs-id]')];
    expect(belgium.length).toBeGreaterThan(0);
  });

  it('market figures: only women’s shares on the share scale; no count drawn as a percentage', () => {
    const svg = draw('market-figures-fr');
    const marks = [...svg.querySelectorAll('[data-obs-id]')].map((m) =>
      m.getAttribute('data-obs-id'),
    );
    expect(marks.join(' ')).not.toContain('LEADERS');
    expect(marks.join(' ')).not.toContain('MEN');
    expect(allText(svg)).toContain('Commerce illicite de produits soumis à accise');
  });

  it('coverage: a number for women, suppressed, totals only and nothing are states counted apart', () => {
    const svg = draw('coverage-en');
    expect(desc(svg)).toBe(
      'Study States in view: 3. Publishing a number for women in the period: 1 at formal contact, 1 at prosecution, 1 at conviction. Publishing them only as suppressed (<5), so not counted above: 1 at formal contact, 1 at prosecution, 1 at conviction.',
    );
    const statuses = new Set(
      [...svg.querySelectorAll('[data-status]')].map((c) => c.getAttribute('data-status')),
    );
    expect([...statuses].sort()).toEqual(['none', 'published', 'suppressed', 'total_only']);
    expect(allText(svg)).not.toContain('…');
  });

  it('comparison: the latest year with a share in the period, every stage summarised', () => {
    const cells = comparisonCells(
      PIVOT,
      ['BEL', 'CAN'],
      ['formal_contact', 'prosecuted', 'convicted', 'victims'],
    );
    expect(cells.find((c) => c.iso3 === 'BEL' && c.series === 'convicted')?.latest?.year).toBe(
      2021,
    );
    const text = desc(draw('comparison-en'));
    expect(text).toContain(
      'Convicted, trafficking in persons, latest year: Belgium 20.0% (13–29%) (2021), Canada 20.0% (8–40%) (2019).',
    );
    expect(text).toContain(
      'Formal contact, trafficking in persons, latest year: Belgium 25.0% (18–33%) (2020).',
    );
  });

  it('profile trends: each offence and stage apart, never added, with its break noted', () => {
    const text = allText(draw('profile-trends-en'));
    expect(text).toContain('Human trafficking: Formal contact');
    expect(text).toContain('Drug-trafficking offences (all drugs): Formal contact');
    expect(text).toContain('possible break in the series between 2020 and 2021');
  });

  it('French source lines keep French typography', () => {
    const text = allText(draw('market-figures-fr'));
    expect(text).toContain(
      'Sources\u00a0: P, A press report (2024)\u202f; GI-TOC, Test index (2023)',
    );
  });
});
