import { describe, expect, it } from 'vitest';
import { AtlasData } from '../../src/lib/data/atlas-data.svelte';
import { Engine, type Connector } from '../../src/lib/data/engine';
import { DEFAULT_FILTERS, queryFiltersOf } from '../../src/lib/model/filters';
import type { SqlQuery } from '../../src/lib/data/sql';
import type { StateShareRow } from '../../src/lib/model/rows';
import { viewPlans } from '../../src/views/registry';

describe('AtlasData: no stale results', () => {
  it('keeps the newest filter when an older query answers last', async () => {
    const delays: Record<string, number> = { convicted: 60, prosecuted: 5 };
    const connector: Connector = {
      async query(query: SqlQuery) {
        const stage = query.params.find((p) => p === 'convicted' || p === 'prosecuted');
        await new Promise((r) => setTimeout(r, typeof stage === 'string' ? delays[stage] : 1));
        return query.text.includes('FROM countries c\nLEFT JOIN ranked')
          ? [
              {
                iso3: 'BEL',
                name_en: 'Belgium',
                name_fr: 'Belgique',
                subregion: 'western_europe',
                in_2023_study: true,
                year: 2020,
                source_id: 'X',
                women: stage === 'convicted' ? 1 : 2,
                men: 3,
                total: null,
                share: stage === 'convicted' ? 25 : 40,
                basis: 'women_plus_men',
                women_obs_ids: `w-${String(stage)}`,
                men_obs_ids: 'm',
              },
            ]
          : [];
      },
      async exec() {},
      forgetStatements() {},
    };
    const data = new AtlasData(new Engine(connector));
    const convicted = queryFiltersOf({ ...DEFAULT_FILTERS, stage: 'convicted' });
    const prosecuted = queryFiltersOf({ ...DEFAULT_FILTERS, stage: 'prosecuted' });
    const slow = data.refresh(convicted, viewPlans(convicted, { countSourceOverride: null }));
    const fast = data.refresh(prosecuted, viewPlans(prosecuted, { countSourceOverride: null }));
    await Promise.all([slow, fast]);
    expect(data.resultsFor?.stage).toBe('prosecuted');
    const states = data.results?.states as StateShareRow[];
    expect(states[0]?.obsIds).toEqual(['w-prosecuted', 'm']);
    expect(states[0]?.share).toBe(40);
  });
});
