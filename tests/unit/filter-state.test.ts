import { describe, expect, it } from 'vitest';
import { FilterState } from '../../src/lib/state/filters.svelte';
import { DEFAULT_FILTERS } from '../../src/lib/state/url-codec';

describe('FilterState', () => {
  it('writes the URL on a user choice, defaults omitted', () => {
    const written: string[] = [];
    const state = new FilterState(DEFAULT_FILTERS, (p) => written.push(p.toString()));
    state.update({ year: 2018 });
    state.update({ selected: 'BEL' });
    state.toggleSelected('BEL');
    state.update({ lang: 'fr' });
    state.reset();
    expect(written).toEqual([
      'year=2018',
      'year=2018&state=BEL',
      'year=2018',
      'year=2018&lang=fr',
      'lang=fr',
    ]);
  });

  it('does not write the URL when constructed from it', () => {
    const written: string[] = [];
    const state = new FilterState({ ...DEFAULT_FILTERS, year: 2017 }, (p) =>
      written.push(p.toString()),
    );
    expect(state.year).toBe(2017);
    expect(written).toEqual([]);
  });
});
