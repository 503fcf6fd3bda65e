import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIssue, validateTables } from '../../src/lib/validation/validate';
import { columnNames } from '../../src/lib/vocabulary/contract';
import { formatCsv } from '../../src/lib/io/csv';
import { readUserFile } from '../../src/lib/user-data/read-file';
import { stageAndCheck } from '../../src/lib/user-data/check-staged';
import { raggedIssues, sortIssues } from '../../src/lib/user-data/user-data.svelte';
import { ReadCancelled } from '../../src/lib/user-data/read-off-thread';
import { observationCells, observationRow } from '../support/observation-row';
import { openNodeEngine, type NodeEngine } from '../../data/scripts/node-engine';
import '../../src/lib/i18n/all';
import { translator } from '../../src/lib/i18n';
import { renderText } from '../../src/lib/i18n/local-text';

const t = translator('en');
const columns = columnNames('observations');
const KNOWN = { sources: ['S1', 'USER_DATA'], areas: ['BEL', 'SWE', 'EU'] };

const base = observationRow();

/** One row per rule of the contract and the observation rules, each breaking it. */
const BROKEN: Record<string, string>[] = [
  { obs_id: 'bad id!' },
  { obs_id: '' },
  { source_id: 'S9' },
  { source_id: '' },
  { area: 'ZZZ' },
  { area: ' BEL' },
  { period_start: '20x0' },
  { period_start: '1800', period_end: '1800' },
  { period_end: '2019' },
  { period_start: '' },
  { period_end: '' },
  { period_start: '', period_end: '' },
  { period_start: '', period_end: '', period_note: 'as published' },
  { market: 'jailbreaking' },
  { stage: 'other' },
  { stage: 'other', note: 'explained' },
  { sex: 'Female' },
  { value: 'abc' },
  { value: '2.5' },
  { value: '-3' },
  { value: '' },
  { value_low: '1' },
  { qualifier: 'range', value: '' },
  { qualifier: 'range', value: '4', value_low: '1', value_high: '9' },
  { qualifier: 'range', value: '', value_low: '30', value_high: '20' },
  { qualifier: 'at_least', value: '3' },
  { qualifier: 'up_to', value: '3', value_high: '4' },
  { qualifier: 'suppressed' },
  { qualifier: 'maybe' },
  { measure: 'share', unit: 'percent', value: '120' },
  {
    measure: 'share',
    unit: 'percent',
    qualifier: 'range',
    value: '',
    value_low: '-5',
    value_high: '20',
  },
  { unit: '' },
  { note: 'trailing space ' },
  { denominator: '\u00a0all offenders' },
  // Every character JavaScript's trim() removes counts, at either end; inside a cell none does.
  { note: '\u000bvertical tab' },
  { unit: 'persons\u3000' },
  { denominator: 'all\u2003offenders\ufeff' },
];

function rowsOf(patches: Record<string, string>[]): string[][] {
  return patches.map((patch, i) => observationCells({ ...base, obs_id: `X${i + 1}`, ...patch }));
}

const bytes = (text: string) => new TextEncoder().encode(text);
let node: NodeEngine;

async function sqlIssues(name: string, text: string | Uint8Array) {
  const read = await readUserFile({ name, bytes: typeof text === 'string' ? bytes(text) : text });
  const checked = await stageAndCheck(
    node.engine,
    read,
    KNOWN,
    () => {},
    new AbortController().signal,
  );
  return { read, ...checked };
}

beforeAll(async () => {
  node = await openNodeEngine();
});
afterAll(() => node.close());

describe('user observations checked in SQL, one query per rule', () => {
  it('reports exactly what the row-by-row validator reports, with the same lines, columns and words', async () => {
    const rows = rowsOf(BROKEN);
    // a duplicate id, and a conflict: same key as row X1 with another value
    rows.push(rowsOf([{ obs_id: 'X1' }])[0]!, rowsOf([{ obs_id: 'X99', value: '6' }])[0]!);
    const text = formatCsv(columns, rows).replace('\n', '\n\n');
    const expected = validateTables(
      [
        {
          file: 'mine.csv',
          table: 'observations',
          text: text.replace('\n\n', '\n'),
          lines: [1, ...rows.map((_, i) => i + 3)],
        },
      ],
      { knownSources: KNOWN.sources, knownCountries: ['BEL', 'SWE'], extraAreas: ['EU'] },
    ).issues;
    const { issues } = await sqlIssues('mine.csv', text);
    const lines = (list: typeof issues) => sortIssues(list).map((i) => formatIssue(i, t));
    expect(expected.length).toBeGreaterThan(35);
    expect(lines(issues)).toEqual(lines(expected));
  });

  it('finds nothing in a valid file and leaves it staged for loading', async () => {
    const { issues, read } = await sqlIssues(
      'ok.csv',
      formatCsv(columns, rowsOf([{}, { obs_id: 'X2', sex: 'male' }])),
    );
    expect(issues).toEqual([]);
    expect(read.lines).toEqual(Int32Array.from([2, 3]));
    const staged = await node.engine.queryUncached({
      text: 'SELECT count(*)::INTEGER AS n FROM user_staged_observations',
      params: [],
    });
    expect(staged).toEqual([{ n: 2 }]);
  });

  it('lists the first 100 rows that break a rule and counts the others', async () => {
    const rows = rowsOf(Array.from({ length: 250 }, () => ({ stage: 'jailed' })));
    const { issues } = await sqlIssues('many.csv', formatCsv(columns, rows));
    expect(issues).toHaveLength(101);
    expect(issues[99]?.line).toBe(101);
    expect(renderText(issues[100]!.message, t)).toBe(
      '150 more rows break the same rule in column stage; only the first 100 are listed',
    );
  });

  it('reads a semicolon file from French Excel: decimal commas become points and are counted', async () => {
    const rows = rowsOf([
      { measure: 'share', unit: 'percent', value: '12,5' },
      { obs_id: 'X2', value: '3' },
    ]);
    const windows1252 = Uint8Array.from(
      [...formatCsv(columns, rows, ';').replace('persons', 'personnes é')].map((c) =>
        c === 'é' ? 0xe9 : c.charCodeAt(0),
      ),
    );
    const { issues, notices } = await sqlIssues('fr.csv', windows1252);
    expect(issues).toEqual([]);
    expect(notices.map((n) => renderText(n, t)).join(' ')).toContain('decimal comma');
    const staged = await node.engine.queryUncached({
      text: 'SELECT value, unit FROM user_staged_observations ORDER BY rowid',
      params: [],
    });
    expect(staged[0]).toEqual({ value: '12.5', unit: 'percent' });
    expect(staged[1]?.unit).toBe('personnes é');
  });

  it('stops between rules when cancelled and drops what it staged', async () => {
    const read = await readUserFile({
      name: 'c.csv',
      bytes: bytes(formatCsv(columns, rowsOf([{}]))),
    });
    const controller = new AbortController();
    await expect(
      stageAndCheck(
        node.engine,
        read,
        KNOWN,
        (n) => n === 3 && controller.abort(),
        controller.signal,
      ),
    ).rejects.toBeInstanceOf(ReadCancelled);
    const left = await node.engine.queryUncached({
      text: "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'user_staged_observations'",
      params: [],
    });
    expect(left).toEqual([{ n: 0 }]);
  });

  it('lists the first 100 rows with the wrong number of cells and counts the rest in words of their own', async () => {
    const good = observationCells({ ...base, obs_id: 'OK1' }).join(',');
    const lines = [columns.join(','), good, ...Array.from({ length: 150 }, (_, i) => `R${i},x`)];
    const read = await readUserFile({ name: 'short.csv', bytes: bytes(lines.join('\n')) });
    const messages = raggedIssues(read).map((issue) => formatIssue(issue, t));
    expect(messages).toHaveLength(101);
    expect(messages[0]).toBe(
      `ERROR short.csv, row 3: has 2 cells but the header has ${columns.length}.`,
    );
    expect(messages[100]).toBe(
      'ERROR short.csv, row 102: 50 more rows have the wrong number of cells; only the first 100 are listed.',
    );
  });
});
