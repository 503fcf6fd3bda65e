import { describe, expect, it } from 'vitest';
import { decodeFilters, encodeFilters } from '../../src/lib/state/url-codec';
import { DEFAULT_FILTERS, type Filters } from '../../src/lib/model/filters';

describe('URL codec', () => {
  it('omits defaults', () => {
    expect(encodeFilters(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('round-trips every field', () => {
    const filters: Filters = {
      stage: 'prosecuted',
      yearFrom: 2015,
      yearTo: 2019,
      region: 'WB6',
      market: 'human_trafficking',
      hierarchy: 'leadership',
      position: 'network_core',
      sourceKind: 'official_statistics',
      lang: 'fr',
      selected: ['BEL', 'SWE'],
      outlineStudy: true,
    };
    const params = encodeFilters(filters);
    expect(params.toString()).toBe(
      'stage=prosecuted&from=2015&to=2019&region=WB6&market=human_trafficking&level=leadership&position=network_core&source=official_statistics&state=BEL%2CSWE&study=1&lang=fr',
    );
    expect(decodeFilters(params)).toEqual({ filters, warnings: [] });
  });

  it('writes a single year as year=', () => {
    const params = encodeFilters({ ...DEFAULT_FILTERS, yearFrom: 2020, yearTo: 2020 });
    expect(params.toString()).toBe('year=2020');
    expect(decodeFilters(params).filters).toMatchObject({ yearFrom: 2020, yearTo: 2020 });
  });

  it('ignores hostile or unknown values, falls back to defaults and says so', () => {
    const params = new URLSearchParams(
      'stage=<script>&year=20x9&state=../../etc&lang=de&market=guns&level=boss&position=%27;--&source=x',
    );
    const { filters, warnings } = decodeFilters(params);
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(warnings.map((w) => w.param).sort()).toEqual([
      'lang',
      'level',
      'market',
      'position',
      'source',
      'stage',
      'state',
      'year',
    ]);
  });

  it('treats 0 and empty strings as values to check, not as absent', () => {
    const { filters, warnings } = decodeFilters(new URLSearchParams('year=0&stage='));
    expect(filters.yearFrom).toBe(DEFAULT_FILTERS.yearFrom);
    expect(warnings.map((w) => w.reason).sort()).toEqual(['not_a_year', 'unknown_code']);
  });

  it('rejects a State the data do not know, repeated parameters and too many States', () => {
    const { filters, warnings } = decodeFilters(
      new URLSearchParams('state=ZZZ,BEL&year=2018&year=2019'),
      { knownStates: new Set(['BEL']) },
    );
    expect(filters.selected).toEqual(['BEL']);
    expect(filters.yearFrom).toBe(2018);
    expect(warnings.map((w) => w.reason).sort()).toEqual(['not_a_state', 'repeated']);
    const many = decodeFilters(
      new URLSearchParams(
        `state=${['ALB', 'AND', 'ARM', 'AUT', 'AZE', 'BEL', 'BGR', 'BIH', 'BLR'].join(',')}`,
      ),
    );
    expect(many.filters.selected).toHaveLength(8);
    expect(many.warnings.map((w) => w.reason)).toEqual(['too_many']);
  });

  it('puts a reversed period the right way round', () => {
    expect(decodeFilters(new URLSearchParams('from=2020&to=2010')).filters).toMatchObject({
      yearFrom: 2010,
      yearTo: 2020,
    });
  });

  it('rejects stages for which the bundled data have no counts', () => {
    const { filters, warnings } = decodeFilters(new URLSearchParams('stage=witness_protection'));
    expect(filters.stage).toBe(DEFAULT_FILTERS.stage);
    expect(warnings).toHaveLength(1);
  });
});
