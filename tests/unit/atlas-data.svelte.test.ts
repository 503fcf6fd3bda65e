import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { AtlasData } from '../../src/lib/data/atlas-data.svelte';
import { Engine, type Connector } from '../../src/lib/data/engine';
import { sourcesQuery } from '../../src/lib/data/queries/sources';
import { DEFAULT_FILTERS, queryFiltersOf, type QueryFilters } from '../../src/lib/model/filters';
import { viewPlans } from '../../src/views/registry';

/** An engine whose sources table gains the user's source once a change of tables ran. */
function userTablesEngine(): { engine: Engine; load: () => void } {
  let loaded = false;
  const userSource = {
    source_id: 'USER_DATA',
    publisher: 'You',
    title: 'Your data',
    year: null,
    url: '',
    terms: '',
    terms_code: null,
    provenance: null,
    kind: 'user',
  };
  const connector: Connector = {
    async query(query) {
      return query.text === sourcesQuery().text && loaded ? [userSource] : [];
    },
    async exec() {},
    forgetStatements() {},
  };
  return { engine: new Engine(connector), load: () => (loaded = true) };
}

/** The page's period, widened as App widens it to the loaded years. */
class Period {
  yearFrom = $state(DEFAULT_FILTERS.yearFrom);
  yearTo = $state(DEFAULT_FILTERS.yearTo);
}

describe('AtlasData: a change of tables is one transition', () => {
  it('asks the views once, with the new count source, at the widened period, and shows its tables with the results', async () => {
    const { engine, load } = userTablesEngine();
    const data = new AtlasData(engine);
    const period = new Period();
    const asked: { generation: number; override: string | null; yearFrom: number }[] = [];
    let refreshed: Promise<void> = Promise.resolve();
    // As App's refresh effect: the query filters and the tables' version, then one refresh.
    const stop = $effect.root(() => {
      $effect(() => {
        const wanted: QueryFilters = queryFiltersOf({
          ...DEFAULT_FILTERS,
          yearFrom: period.yearFrom,
          yearTo: period.yearTo,
        });
        const { generation, countSourceOverride } = data.tables;
        asked.push({ generation, override: countSourceOverride, yearFrom: wanted.yearFrom });
        refreshed = data.refresh(wanted, viewPlans(wanted, { countSourceOverride }));
      });
    });
    flushSync();
    await refreshed;
    expect(asked).toHaveLength(1);

    await data.replaceTables(
      async () => {
        load();
        await new Promise((r) => setTimeout(r, 1));
        return { countSourceOverride: 'USER_DATA' };
      },
      () => (period.yearFrom = 2001),
    );
    // Nothing showed the new tables before the views' answers to them.
    expect(data.sources).toEqual([]);
    expect(data.countSourceOverride).toBeNull();
    flushSync();
    expect(asked).toEqual([
      { generation: 0, override: null, yearFrom: DEFAULT_FILTERS.yearFrom },
      { generation: 1, override: 'USER_DATA', yearFrom: 2001 },
    ]);
    await refreshed;
    expect(data.resultsFor?.yearFrom).toBe(2001);
    expect(data.countSourceOverride).toBe('USER_DATA');
    expect(data.sources.map((s) => s.sourceId)).toEqual(['USER_DATA']);
    flushSync();
    expect(asked).toHaveLength(2);
    stop();
  });
});
