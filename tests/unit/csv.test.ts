import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, formatCsv, parseCsv } from '../../src/lib/io/csv';

describe('CSV', () => {
  it('reads quotes, doubled quotes, CRLF, embedded newlines and a BOM', () => {
    const parsed = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n1,\n');
    expect(parsed.header).toEqual(['a', 'b']);
    expect(parsed.records.map((r) => r.cells)).toEqual([
      ['x, y', 'say "hi"\nthere'],
      ['1', ''],
    ]);
    expect(parsed.records.map((r) => r.line)).toEqual([2, 4]);
  });

  it('fails on an unterminated quote with its line', () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError);
  });

  it('round-trips through formatCsv', () => {
    const text = formatCsv(['a', 'b'], [['1,2', 'q"uote']]);
    expect(parseCsv(text).records[0]?.cells).toEqual(['1,2', 'q"uote']);
  });
});
