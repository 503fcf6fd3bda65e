import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import '../../src/lib/i18n/all';
import { locatorOf, sourceLine } from '../../src/lib/charts/source-line';
import { parseCsv, recordsAsObjects } from '../../src/lib/io/csv';
import type { SourceRow } from '../../src/lib/model/rows';

const WDR = {
  sourceId: 'UNODC_WDR_DRUGS',
  publisher: 'United Nations Office on Drugs and Crime (UNODC)',
  title: 'World Drug Report, statistical annex',
  year: 2024,
  url: 'https://example.org',
  terms: 'x',
  termsCode: 'unodc_terms',
  provenance: null,
  kind: 'official_statistics',
  locatorKind: 'table',
  locator: '10.1',
} satisfies SourceRow;

describe('a source’s locator', () => {
  it('says where in the source the figures are, in the reader’s language', () => {
    expect(locatorOf(WDR, 'en')).toBe('Table 10.1');
    expect(locatorOf(WDR, 'ru')).toBe('Таблица 10.1');
    expect(sourceLine(WDR, 'fr')).toContain('World Drug Report, statistical annex, Tableau 10.1');
    expect(locatorOf({ ...WDR, locator: null }, 'en')).toBe('');
  });

  it('is given in data/sources.csv where it is known, with a kind from the vocabulary', () => {
    const rows = recordsAsObjects(
      parseCsv(readFileSync(resolve(import.meta.dirname, '../../data/sources.csv'), 'utf8')),
    ).map(({ row }) => row);
    const located = rows.filter((r) => r.locator);
    expect(located.map((r) => r.source_id)).toContain('UNODC_WDR_DRUGS');
    expect(located.map((r) => r.source_id)).toContain('OPENSTATS_EUROSTAT_2025');
    for (const r of located)
      expect(r.locator_kind, r.source_id).toMatch(/^(page|table|section|sheet|item)$/);
  });
});
