import { describe, expect, it } from 'vitest';
import {
  decodeFilters,
  describeWarnings,
  encodeFilters,
  preferredLanguage,
} from '../../src/lib/state/url-codec';
import { translator } from '../../src/lib/i18n';
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
      profile: 'SRB',
      points: ['trend.human_trafficking.convicted', 'share.human_trafficking.convicted'],
    };
    const params = encodeFilters(filters);
    expect(params.toString()).toBe(
      'stage=prosecuted&from=2015&to=2019&region=WB6&market=human_trafficking&level=leadership&position=network_core&source=official_statistics&state=BEL%2CSWE&profile=SRB&study=1&points=trend.human_trafficking.convicted%2Cshare.human_trafficking.convicted&lang=fr',
    );
    expect(decodeFilters(params)).toEqual({ filters, warnings: [], version: null });
  });

  it('writes a single year as year=', () => {
    const params = encodeFilters({ ...DEFAULT_FILTERS, yearFrom: 2020, yearTo: 2020 });
    expect(params.toString()).toBe('year=2020');
    expect(decodeFilters(params).filters).toMatchObject({ yearFrom: 2020, yearTo: 2020 });
  });

  it('ignores hostile or unknown values, falls back to defaults and says so', () => {
    const params = new URLSearchParams(
      'stage=<script>&year=20x9&state=../../etc&lang=pt&market=guns&level=boss&position=%27;--&source=x',
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

  it('reads each of the six languages, and otherwise the browser’s first language the atlas has', () => {
    for (const lang of ['en', 'fr', 'de', 'it', 'ru', 'es'])
      expect(decodeFilters(new URLSearchParams(`lang=${lang}`)).filters.lang).toBe(lang);
    expect(preferredLanguage(['de-AT', 'en-GB'])).toBe('de');
    expect(preferredLanguage(['pt-BR', 'es-MX', 'fr'])).toBe('es');
    expect(preferredLanguage(['ru'])).toBe('ru');
    expect(preferredLanguage(['it-CH'])).toBe('it');
    expect(preferredLanguage(['pt-BR', 'zh'])).toBe('en');
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

  it('reports a start after the end and keeps the default period', () => {
    const { filters, warnings } = decodeFilters(new URLSearchParams('from=2020&to=2010'));
    expect(filters).toMatchObject({
      yearFrom: DEFAULT_FILTERS.yearFrom,
      yearTo: DEFAULT_FILTERS.yearTo,
    });
    expect(warnings).toEqual([{ param: 'from', value: '2020 > to=2010', reason: 'from_after_to' }]);
  });

  it('reports well-formed but unknown regions, States and profiles instead of filtering to nothing', () => {
    const { filters, warnings } = decodeFilters(
      new URLSearchParams('region=ZZ&state=XXX&profile=QQQ'),
    );
    expect(filters.region).toBeNull();
    expect(filters.selected).toEqual([]);
    expect(filters.profile).toBeNull();
    expect(warnings.map((w) => [w.param, w.reason])).toEqual([
      ['region', 'unknown_region'],
      ['state', 'not_a_state'],
      ['profile', 'not_a_state'],
    ]);
    // Known regions from the bundled tables (not only subregions) are accepted.
    expect(decodeFilters(new URLSearchParams('region=OSCE_SEE')).filters.region).toBe('OSCE_SEE');
    expect(decodeFilters(new URLSearchParams('profile=XKX')).filters.profile).toBe('XKX');
  });

  it('says which of repeated values was applied, and shortens what it echoes', () => {
    const { filters, warnings } = decodeFilters(new URLSearchParams('lang=fr&lang=en'));
    expect(filters.lang).toBe('fr');
    expect(warnings).toEqual([{ param: 'lang', value: 'en', reason: 'repeated', applied: 'fr' }]);
    const t = translator('en');
    expect(describeWarnings(warnings, t)).toContain('fr');
    const hostile = decodeFilters(new URLSearchParams(`market=${'x'.repeat(5000)}`));
    const message = describeWarnings(hostile.warnings, t);
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('…');
  });

  it('reads the dataset version of a permalink, cut like other echoed values', () => {
    expect(decodeFilters(new URLSearchParams('v=abc123&stage=convicted')).version).toBe('abc123');
    const hostile = `OFFICIAL: this atlas moved to https://evil.example ${'x'.repeat(5000)}`;
    const { version } = decodeFilters(new URLSearchParams({ v: hostile }));
    expect(version?.length).toBeLessThanOrEqual(41);
    expect(version?.endsWith('…')).toBe(true);
  });

  it('reports parameters the atlas does not read, and a State named twice, once each', () => {
    const query = `${'ESP&'.repeat(500)}foo=bar&state=ESP,ESP,FRA,ESP&stage=convicted`;
    const { filters, warnings } = decodeFilters(new URLSearchParams(query));
    expect(filters.selected).toEqual(['ESP', 'FRA']);
    expect(filters.stage).toBe('convicted');
    expect(warnings).toEqual([
      { param: 'state', value: 'ESP', reason: 'repeated', applied: 'ESP' },
      { param: 'ESP, foo', value: '', reason: 'unknown_param' },
    ]);
    const message = describeWarnings(warnings, translator('en'));
    expect(message).toContain('ESP, foo: not a setting of the atlas');
    expect(message.length).toBeLessThan(200);
    expect(decodeFilters(new URLSearchParams('v=1&bench=1&lang=de')).warnings).toEqual([]);
  });

  it('rejects stages for which the bundled data have no counts', () => {
    const { filters, warnings } = decodeFilters(new URLSearchParams('stage=witness_protection'));
    expect(filters.stage).toBe(DEFAULT_FILTERS.stage);
    expect(warnings).toHaveLength(1);
  });
});
