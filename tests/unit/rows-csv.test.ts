import { describe, expect, it } from 'vitest';
import { observationRowsCsv } from '../../src/lib/export/rows-csv';
import { parseCsv } from '../../src/lib/io/csv';

describe('the observation rows in view, as CSV', () => {
  it('keeps the contract columns, numbers unformatted, missing as empty, formulas neutralised', () => {
    const text = observationRowsCsv(
      [
        { obs_id: 'O1', value: 12.5, denominator: null, note: '=HYPERLINK("x")', n: 3n },
        { obs_id: 'O2', value: null, denominator: 'of 40', note: 'a, "b"', n: 0n },
      ],
      ['obs_id', 'value', 'denominator', 'note', 'n'],
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { header, records } = parseCsv(text.slice(1).replace(/\r\n/g, '\n'));
    expect(header).toEqual(['obs_id', 'value', 'denominator', 'note', 'n']);
    expect(records.map((r) => r.cells)).toEqual([
      ['O1', '12.5', '', `'=HYPERLINK("x")`, '3'],
      ['O2', '', 'of 40', 'a, "b"', '0'],
    ]);
  });
});
