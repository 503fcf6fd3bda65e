import { describe, expect, it } from 'vitest';
import { FilterState } from '../../src/lib/state/filters.svelte';
import {
  DEFAULT_FILTERS,
  FILTER_FIELDS,
  QUERY_FIELDS,
  queryFiltersOf,
  type Filters,
} from '../../src/lib/model/filters';

describe('FilterState', () => {
  it('writes the URL on a user choice, defaults omitted', () => {
    const written: string[] = [];
    const state = new FilterState(DEFAULT_FILTERS, (p) => written.push(p.toString()));
    state.update({ yearFrom: 2018, yearTo: 2018 });
    state.toggleSelected('BEL');
    state.toggleSelected('SWE');
    state.toggleSelected('BEL');
    state.update({ lang: 'fr' });
    state.reset();
    expect(written).toEqual([
      'year=2018',
      'year=2018&state=BEL',
      'year=2018&state=BEL%2CSWE',
      'year=2018&state=SWE',
      'year=2018&state=SWE&lang=fr',
      'lang=fr',
    ]);
  });

  it('does not write the URL when constructed from it', () => {
    const written: string[] = [];
    const state = new FilterState({ ...DEFAULT_FILTERS, yearFrom: 2017 }, (p) =>
      written.push(p.toString()),
    );
    expect(state.yearFrom).toBe(2017);
    expect(written).toEqual([]);
  });

  it('takes every field of an update into its snapshot, and the query fields into queries', () => {
    const patch: Filters = {
      stage: 'formal_contact',
      yearFrom: 2010,
      yearTo: 2012,
      region: 'WB6',
      market: 'drug_trafficking',
      hierarchy: 'leadership',
      position: 'network_core',
      sourceKind: 'court',
      lang: 'de',
      selected: ['ALB'],
      profile: 'ALB',
      outlineStudy: true,
      points: ['share.UZB.convicted', 'gap.UZB'],
    };
    const state = new FilterState();
    state.update(patch);
    expect(state.snapshot).toEqual(patch);
    expect(FILTER_FIELDS).toEqual(Object.keys(patch));
    expect(Object.keys(queryFiltersOf(state.snapshot))).toEqual(
      FILTER_FIELDS.filter((f) => f !== 'lang' && f !== 'outlineStudy' && f !== 'points'),
    );
    expect(QUERY_FIELDS).not.toContain('lang');
  });
});
