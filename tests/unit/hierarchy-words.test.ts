import { describe, expect, it } from 'vitest';
import '../../src/lib/i18n/all';
import { shareFigures } from '../../src/lib/method/published';
import { figuresTable } from '../../src/views/hierarchy/table';
import { figureScope, figureValueText } from '../../src/lib/method/figure-values';
import { figureCsv } from '../../src/lib/export/csv-export';
import { parseCsv } from '../../src/lib/io/csv';
import type { ViewContext } from '../../src/views/view-spec';
import { publishedFigure } from '../support/figure-fixtures';

const ctx = (lang: 'en' | 'ru') => ({ lang, sources: [], countries: [] }) as unknown as ViewContext;

const leading = publishedFigure({
  obsId: 'LEAD',
  hierarchy: 'leadership',
  measure: 'count',
  unit: 'persons',
  value: 120,
  periodStart: null,
  periodEnd: null,
  periodNote: 'Not stated (probably 2023)',
  denominator: 'women with leading roles among the women in criminal groups',
});
const inGroups = publishedFigure({
  obsId: 'ALL',
  measure: 'count',
  unit: 'persons',
  value: null,
  valueHigh: 500,
  qualifier: 'almost',
  periodStart: null,
  periodEnd: null,
  periodNote: 'Not stated (probably 2023)',
  denominator: 'women estimated to be part of criminal groups',
  words: {
    periodNote: null,
    denominator: {
      en: 'women estimated to be part of criminal groups',
      ru: 'женщины, которые, по оценке, входят в преступные группы',
    },
    note: null,
  },
});

const stock = (obsId: string, note: string, women: number, total: number) => [
  publishedFigure({
    obsId: `${obsId}-W`,
    sourceId: obsId,
    area: 'ITA',
    areaNames: { nameEn: 'Italy', nameFr: 'Italie' },
    market: 'mafia_type_association',
    stage: 'imprisoned',
    measure: 'count_on_date',
    unit: 'persons',
    value: women,
    periodStart: 2017,
    periodEnd: 2017,
    periodNote: note,
  }),
  publishedFigure({
    obsId: `${obsId}-T`,
    sourceId: obsId,
    area: 'ITA',
    areaNames: { nameEn: 'Italy', nameFr: 'Italie' },
    market: 'mafia_type_association',
    stage: 'imprisoned',
    sex: 'total',
    measure: 'count_on_date',
    unit: 'persons',
    value: total,
    periodStart: 2017,
    periodEnd: 2017,
    periodNote: note,
  }),
];

describe('the Hierarchy figures', () => {
  it('write a count of women as a count, never as a percentage, with the count it is part of', () => {
    const figures = shareFigures([leading, inGroups]);
    const lead = figures.find((f) => f.key === 'LEAD')!;
    expect(lead.obsIds).toEqual(['LEAD', 'ALL']);
    expect(figureValueText(lead, 'en')).toBe(
      '120 women of almost 500 (women estimated to be part of criminal groups; counts as published; no share)',
    );
    expect(figureValueText(lead, 'ru')).toContain('женщины, которые, по оценке, входят');
    const table = figuresTable(figures, ctx('en'));
    const row = table.rows[figures.indexOf(lead)]!;
    const cell = (code: string) => row[table.columns.findIndex((c) => c.code === code)]!;
    expect(cell('value').text).toBe('120');
    expect(cell('value').text).not.toContain('%');
    expect(cell('out_of')).toMatchObject({ text: 'almost 500', value: 500, obsIds: ['ALL'] });
  });

  it('keep two stocks of one year apart by their dates', () => {
    const figures = shareFigures([
      ...stock('JUN', 'Stock on 30 June 2017', 147, 7048),
      ...stock('DEC', 'Stock on 31 December 2017', 134, 7106),
    ]);
    const scopes = figures.map((f) => figureScope(f, 'en'));
    expect(new Set(scopes).size).toBe(2);
    expect(scopes).toContain('Italy · 2017 (Stock on 30 June 2017)');
    expect(scopes).toContain('Italy · 2017 (Stock on 31 December 2017)');
  });

  it('give each column of the CSV once', () => {
    const table = figuresTable(shareFigures([leading, inGroups]), ctx('en'));
    const csv = figureCsv(table, () => undefined, { dialect: 'rfc4180', lang: 'en' });
    const header = parseCsv(csv.replace(/^\uFEFF/, '')).header;
    expect(header.filter((h, i) => header.indexOf(h) !== i)).toEqual([]);
    expect(header).toContain('out_of');
  });
});
