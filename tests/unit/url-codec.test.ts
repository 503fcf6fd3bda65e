import { describe, expect, it } from 'vitest';
import { decodeFilters, DEFAULT_FILTERS, encodeFilters } from '../../src/lib/state/url-codec';

describe('URL codec', () => {
  it('omits defaults', () => {
    expect(encodeFilters(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('round-trips every field', () => {
    const filters = {
      stage: 'prosecuted',
      year: 2017,
      lang: 'fr',
      selected: 'BEL',
      outlineStudy: true,
    } as const;
    const params = encodeFilters(filters);
    expect(params.toString()).toBe('stage=prosecuted&year=2017&state=BEL&study=1&lang=fr');
    expect(decodeFilters(params)).toEqual({ filters, warnings: [] });
  });

  it('ignores hostile or unknown values, falls back to defaults and says so', () => {
    const params = new URLSearchParams('stage=<script>&year=20x9&state=../../etc&lang=de');
    const { filters, warnings } = decodeFilters(params);
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(warnings.map((w) => w.param)).toEqual(['stage', 'year', 'state', 'lang']);
  });

  it('treats 0 and empty strings as values to check, not as absent', () => {
    const { filters, warnings } = decodeFilters(new URLSearchParams('year=0&stage='));
    expect(filters.year).toBe(DEFAULT_FILTERS.year);
    expect(warnings.map((w) => w.reason)).toEqual(['unknown_code', 'not_a_year']);
  });

  it('rejects a State the data do not know and repeated parameters', () => {
    const { filters, warnings } = decodeFilters(
      new URLSearchParams('state=ZZZ&year=2018&year=2019'),
      new Set(['BEL']),
    );
    expect(filters.selected).toBeNull();
    expect(filters.year).toBe(2018);
    expect(warnings.map((w) => w.reason).sort()).toEqual(['not_a_state', 'repeated']);
  });

  it('rejects stages for which the bundled data have no counts', () => {
    const { filters, warnings } = decodeFilters(new URLSearchParams('stage=witness_protection'));
    expect(filters.stage).toBe(DEFAULT_FILTERS.stage);
    expect(warnings).toHaveLength(1);
  });
});
