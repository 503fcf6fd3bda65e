import { describe, expect, it } from 'vitest';
import { AtlasData } from '../../src/lib/data/atlas-data.svelte';
import { DEFAULT_FILTERS } from '../../src/lib/state/url-codec';
import type { SqlQuery } from '../../src/lib/data/sql';

describe('AtlasData: no stale results', () => {
  it('keeps the newest filter when an older query answers last', async () => {
    const delays: Record<string, number> = { convicted: 60, prosecuted: 5 };
    const executor = async (query: SqlQuery) => {
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
              women_obs_id: `w-${String(stage)}`,
              men_obs_id: 'm',
            },
          ]
        : [];
    };
    const data = new AtlasData(executor);
    const slow = data.refresh({ ...DEFAULT_FILTERS, stage: 'convicted' });
    const fast = data.refresh({ ...DEFAULT_FILTERS, stage: 'prosecuted' });
    await Promise.all([slow, fast]);
    expect(data.resultsFor?.stage).toBe('prosecuted');
    expect(data.results?.shares[0]?.obsIds).toEqual(['w-prosecuted', 'm']);
    expect(data.results?.shares[0]?.share).toBe(40);
  });
});
