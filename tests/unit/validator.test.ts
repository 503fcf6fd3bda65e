import { describe, expect, it } from 'vitest';
import { validateTables, formatIssue, type TableInput } from '../../src/lib/validation/validate';
import { columnNames } from '../../src/lib/vocabulary/contract';
import { formatCsv } from '../../src/lib/io/csv';
import '../../src/lib/i18n/all';
import { translator } from '../../src/lib/i18n';
import { observationRow } from '../support/observation-row';
import { renderText, type LocalText } from '../../src/lib/i18n/local-text';

const t = translator('en');
const english = (text: LocalText) => renderText(text, t);
const line = (issue: Parameters<typeof formatIssue>[0]) => formatIssue(issue, t);

const SOURCES =
  'source_id,publisher,title,year,url,terms,kind\nS1,Pub,Title,2020,https://example.org,terms,official_statistics\n';
const COUNTRIES =
  'iso3,iso_numeric,name_en,name_fr,name_de,name_it,name_ru,name_es,osce_participating,subregion,in_2023_study,note\nBEL,056,Belgium,Belgique,Belgien,Belgio,Бельгия,Bélgica,true,western_europe,true,\n';

const base = observationRow();

function check(...rows: Record<string, string>[]) {
  const columns = columnNames('observations');
  const inputs: TableInput[] = [
    { file: 'sources.csv', table: 'sources', text: SOURCES },
    { file: 'countries.csv', table: 'countries', text: COUNTRIES },
    {
      file: 'obs.csv',
      table: 'observations',
      text: formatCsv(
        columns,
        rows.map((r) => columns.map((c) => r[c] ?? '')),
      ),
    },
  ];
  return validateTables(inputs).issues;
}

describe('validator', () => {
  it('accepts a valid row', () => {
    expect(check(base)).toEqual([]);
  });

  it.each([
    ['an unknown code', { stage: 'jailed' }, 'stage', 'unknown code'],
    [
      'a share above 100',
      { measure: 'share', unit: 'percent', value: '120' },
      'value',
      'between 0 and 100',
    ],
    [
      'a low bound above the high bound',
      { qualifier: 'range', value: '', value_low: '30', value_high: '20' },
      'value_low',
      'above high bound',
    ],
    ['a range without bounds', { qualifier: 'range', value: '' }, 'value_low', 'needs both'],
    ['a missing source', { source_id: 'S9' }, 'source_id', 'no source'],
    ['stage other without a note', { stage: 'other' }, 'note', 'needs a note'],
    [
      'a suppressed value given as a number',
      { qualifier: 'suppressed', value: '5' },
      'value',
      'left empty',
    ],
    ['a count that is not whole', { value: '2.5' }, 'value', 'whole number'],
    ['an unknown area', { area: 'ZZZ' }, 'area', 'unknown area'],
  ])('reports %s with row, column and what is allowed', (_, patch, column, message) => {
    const issues = check({ ...base, ...patch });
    const issue = issues.find((i) => i.column === column);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(english(issue!.message)).toContain(message);
    expect(issue?.line).toBe(2);
    expect(line(issue!)).toContain('obs.csv, row 2');
  });

  it('reports a duplicate id with the first row', () => {
    const issues = check(base, base);
    expect(issues.map((i) => english(i.message))).toEqual([
      expect.stringContaining('duplicate obs_id; first used in obs.csv row 2'),
    ]);
  });

  it('refuses two rows with one key and different values, giving both rows, picking neither', () => {
    const issues = check(base, { ...base, obs_id: 'X2', value: '7' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(3);
    expect(english(issues[0]!.message)).toContain('conflicts with row 2 (5 /  /  / exact)');
    expect(issues[0]?.value).toBe('7 /  /  / exact');
    // The same number twice is not a conflict; a different stage or group counted is another key.
    expect(check(base, { ...base, obs_id: 'X2' })).toEqual([]);
    expect(check(base, { ...base, obs_id: 'X2', value: '7', stage: 'prosecuted' })).toEqual([]);
    expect(check(base, { ...base, obs_id: 'X2', value: '7', denominator: 'AS3 circuit' })).toEqual(
      [],
    );
  });

  it('reports the line of the user’s file when the text was rewritten (blank lines count)', () => {
    const columns = columnNames('observations');
    const text = formatCsv(columns, [columns.map((c) => ({ ...base, stage: 'jailed' })[c] ?? '')]);
    const { issues } = validateTables(
      [
        { file: 'sources.csv', table: 'sources', text: SOURCES },
        { file: 'countries.csv', table: 'countries', text: COUNTRIES },
        { file: 'mine.csv', table: 'observations', text, lines: [1, 4] },
      ],
      {},
    );
    expect(issues.map(line)).toEqual([
      expect.stringContaining('mine.csv, row 4, stage: unknown code'),
    ]);
  });

  it('writes the same problem in the reader’s language, with file, row and column', () => {
    const issue = check({ ...base, area: 'ZZZ' }).find((i) => i.column === 'area')!;
    expect(formatIssue(issue, translator('de'))).toBe(
      'FEHLER obs.csv, Zeile 2, area: unbekanntes Gebiet (Wert: „ZZZ“). Zulässig: ein iso3-Code aus countries oder ein Regionscode aus regions.',
    );
    expect(formatIssue(issue, translator('ru'))).toContain('ОШИБКА obs.csv, строка 2, area');
  });

  it('reports text that is not UTF-8', () => {
    const issues = validateTables([
      { file: 'bad.csv', table: 'sources', text: SOURCES.replace('Title', 'Titl\uFFFD') },
    ]).issues;
    expect(english(issues[0]!.message)).toContain('not valid UTF-8');
  });

  it('reports missing and unknown columns', () => {
    const issues = validateTables([
      { file: 's.csv', table: 'sources', text: 'source_id,publisher,colour\nS1,P,red\n' },
    ]).issues;
    expect(issues.map((i) => english(i.message))).toEqual([
      expect.stringContaining('missing column'),
      expect.stringContaining('unknown column'),
    ]);
  });
});

describe('validator: regions and market scores', () => {
  const regions = (members: string) =>
    `region_code,name_en,name_fr,name_de,name_it,name_ru,name_es,kind,parent_iso3,members,note\nWB6,Western Balkans,Balkans,Westbalkan,Balcani,Балканы,Balcanes,analytical,,${members},\n`;
  it('rejects a region member that is not a known State', () => {
    const issues = validateTables([
      { file: 'countries.csv', table: 'countries', text: COUNTRIES },
      { file: 'regions.csv', table: 'regions', text: regions('BEL ZZZ') },
    ]).issues;
    expect(issues.map((i) => [i.column, i.value, english(i.message)])).toEqual([
      ['members', 'ZZZ', 'unknown State in members'],
    ]);
  });

  it('rejects a score outside 1-10 and a duplicate score', () => {
    const scores =
      'iso3,edition,indicator,indicator_kind,score,source_id\nBEL,2023,cocaine_trade,market,11,S1\nBEL,2023,cocaine_trade,market,5,S1\n';
    const issues = validateTables([
      { file: 'countries.csv', table: 'countries', text: COUNTRIES },
      { file: 'sources.csv', table: 'sources', text: SOURCES },
      { file: 'scores.csv', table: 'market_scores', text: scores },
    ]).issues;
    expect(issues.map((i) => english(i.message))).toEqual([
      expect.stringContaining('between 1 and 10'),
      expect.stringContaining('duplicate score'),
    ]);
  });
});
