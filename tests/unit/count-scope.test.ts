import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/views/registry';
import { countScope } from '../../src/views/scope';
import { DEFAULT_FILTERS, queryFiltersOf, type Filters } from '../../src/lib/model/filters';
import {
  COUNT_SOURCE_IDS,
  UNODC_SOURCE_ID,
  WDR_SOURCE_ID,
  countSourceFor,
} from '../../src/lib/model/sources';

const filters = (over: Partial<Filters>) => queryFiltersOf({ ...DEFAULT_FILTERS, ...over });
const bundled = { countSourceOverride: null };
const view = (name: string) => {
  const found = VIEWS.find((v) => v.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('the count scope of the State views', () => {
  it('draws trafficking in persons from UNODC GLOTIP when no market is chosen', () => {
    expect(countScope(filters({ stage: 'prosecuted' }), bundled)).toEqual({
      market: 'human_trafficking',
      stage: 'prosecuted',
      sourceId: UNODC_SOURCE_ID,
      counted: true,
    });
  });

  it('draws drug offences at formal contact from the World Drug Report', () => {
    expect(
      countScope(filters({ market: 'drug_trafficking_cocaine', stage: 'convicted' }), bundled),
    ).toEqual({
      market: 'drug_trafficking_cocaine',
      stage: 'formal_contact',
      sourceId: WDR_SOURCE_ID,
      counted: true,
    });
  });

  it('draws a user’s own counts for every market, and says when a market has no counts', () => {
    const scope = countScope(filters({ market: 'arms_trafficking' }), {
      countSourceOverride: 'MY_COUNTS',
    });
    expect(scope.sourceId).toBe('MY_COUNTS');
    expect(scope.counted).toBe(false);
  });

  it('keeps the bundled count sources in one list that countSourceFor draws from', () => {
    expect([...COUNT_SOURCE_IDS].sort()).toEqual(
      [countSourceFor('human_trafficking', null), countSourceFor('drug_trafficking', null)].sort(),
    );
  });
});

describe('views that share a query', () => {
  const states: Partial<Filters>[] = [
    {},
    { market: 'drug_trafficking', stage: 'prosecuted', region: 'central_asia' },
    { selected: ['BEL', 'SWE'], sourceKind: 'court' },
  ];

  it('States and Regions ask the engine the same question', () => {
    for (const s of states)
      for (const data of [bundled, { countSourceOverride: 'MY_COUNTS' }])
        expect(view('regions').queries(filters(s), data)).toEqual(
          view('states').queries(filters(s), data),
        );
  });

  it('Pipeline and Comparison differ only in the States they ask for', () => {
    const f = filters({ selected: ['BEL', 'SWE'], market: 'drug_trafficking' });
    const pipeline = view('pipeline').queries(f, bundled).stageYears;
    const comparison = view('comparison').queries(f, bundled).stageYears;
    expect(pipeline?.text).toBe(comparison?.text);
    expect(pipeline?.params.filter((p) => p !== 'BEL' && p !== 'BEL SWE')).toEqual(
      comparison?.params.filter((p) => p !== 'BEL' && p !== 'BEL SWE'),
    );
  });
});
