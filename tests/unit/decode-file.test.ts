import { describe, expect, it } from 'vitest';
import { readCsvBytes, UserFileError } from '../../src/lib/user-data/decode-file';
import '../../src/lib/i18n/all';
import { translator } from '../../src/lib/i18n';
import { parseCsv } from '../../src/lib/io/csv';
import { renderText, type LocalText } from '../../src/lib/i18n/local-text';
import { readFileSync } from 'node:fs';
import { parquetFile } from '../support/parquet-file';
import { readUserFile } from '../../src/lib/user-data/read-file';

const english = (texts: LocalText[]) => texts.map((n) => renderText(n, translator('en'))).join(' ');
/** The message a refused file gets, in English. */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof UserFileError) return renderText(error.text, translator('en'));
    throw error;
  }
  return 'not refused';
}

const encode1252 = (text: string) =>
  Uint8Array.from([...text].map((c) => (c === 'é' ? 0xe9 : c === 'è' ? 0xe8 : c.charCodeAt(0))));

describe('reading spreadsheet CSV files', () => {
  it('reads UTF-8 with a BOM and says so', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,b\n1,é\n')]);
    const { first, notices, utf8 } = readCsvBytes(bytes);
    expect(first[0]).toEqual(['1', 'é']);
    expect(new TextDecoder().decode(utf8)).toBe('a,b\n1,é\n');
    expect(english(notices)).toContain('byte-order mark');
  });

  it('reads a French Excel file: Windows-1252 and semicolons (decimal commas are the SQL step’s)', () => {
    const { first, notices, utf8, delimiter } = readCsvBytes(
      encode1252('obs_id;note;value\nX1;Données sécurité;12,5\n'),
    );
    expect(first[0]).toEqual(['X1', 'Données sécurité', '12,5']);
    expect(delimiter).toBe(';');
    expect(new TextDecoder().decode(utf8)).toContain('Données sécurité');
    expect(english(notices)).toMatch(/Windows-1252.*semicolons/s);
  });

  it('reads a Russian Excel file as Windows-1251', () => {
    const cyrillic = 'Женщины';
    const bytes = Uint8Array.from(
      [...'obs_id;note\nX1;']
        .map((c) => c.charCodeAt(0))
        .concat([...cyrillic].map((c) => c.charCodeAt(0) - 0x410 + 0xc0))
        .concat([10]),
    );
    const { first, notices } = readCsvBytes(bytes);
    expect(first[0]?.[1]).toBe(cyrillic);
    expect(english(notices)).toContain('Windows-1251');
  });

  it('reads Windows-1251 even when the ASCII header and codes outnumber the Cyrillic letters', () => {
    const header =
      'obs_id,source_id,area,period_start,period_end,market,stage,sex,measure,value,note\n';
    const row = 'X1,S1,RUS,2020,2020,drugs,convicted,female,count,12,';
    const bytes = Uint8Array.from(
      [...header, ...row]
        .map((c) => c.charCodeAt(0))
        .concat(
          [...'Пример'].map((c) => c.charCodeAt(0) - 0x410 + 0xc0),
          [10],
        ),
    );
    const { first, notices } = readCsvBytes(bytes);
    expect(first[0]?.[10]).toBe('Пример');
    expect(english(notices)).toContain('Windows-1251');
  });

  it('refuses a file mixing UTF-8 and Latin-1 instead of reading "TÃ¼rkiye"', () => {
    const utf8 = new TextEncoder().encode('obs_id,note\nX1,Türkiye\nX2,Österreich\n');
    const bytes = Uint8Array.from([
      ...utf8,
      ...encode1252('X3,Côte\n').map((b) => (b === 0x3f ? 0xf4 : b)),
    ]);
    bytes[bytes.length - 4] = 0xf4; // "ô" as Latin-1
    expect(refusal(() => readCsvBytes(bytes))).toMatch(/mixes encodings/);
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    expect(refusal(() => readCsvBytes(bom))).toMatch(/mixes encodings/);
  });

  it('asks for UTF-8 when a file is neither clearly Cyrillic nor clearly Western', () => {
    // Half the high bytes stand alone (Western), half come in runs (Cyrillic).
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('a,b\n1,T'),
      0xfc,
      ...new TextEncoder().encode('rkiye\n2,Cr'),
      0xe9,
      ...new TextEncoder().encode('teil\n3,'),
      0xcf,
      0xf0,
      0x0a,
    ]);
    expect(refusal(() => readCsvBytes(bytes))).toMatch(/neither UTF-8 nor/);
  });

  it('ends in a message, not mojibake, for an unknown encoding', () => {
    expect(() =>
      readCsvBytes(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0x81, 0x8d, 0x2c, 0x31])),
    ).toThrow(UserFileError);
  });

  it('rejects huge cells and broken quoting with a message', () => {
    expect(
      refusal(() => readCsvBytes(new TextEncoder().encode(`a,b\n1,${'x'.repeat(20000)}\n`))),
    ).toBe('Row 2 has a cell longer than 10000 characters (column b).');
    expect(refusal(() => readCsvBytes(new TextEncoder().encode('a,b\n1,"open\n')))).toBe(
      'The file is not valid CSV: line 2: unterminated quoted field.',
    );
    const german = (() => {
      try {
        readCsvBytes(new TextEncoder().encode('a,b\n1,"open\n'));
      } catch (error) {
        return renderText((error as UserFileError).text, translator('de'));
      }
    })();
    expect(german).toBe(
      'Die Datei ist kein gültiges CSV: Zeile 2: nicht geschlossenes Feld in Anführungszeichen.',
    );
  });

  it('keeps formula-looking and hostile strings as plain text for the validator to judge', () => {
    const { first } = readCsvBytes(
      new TextEncoder().encode('a,b\n=1+1,"<script>alert(1)</script>"\n'),
    );
    expect(first[0]).toEqual(['=1+1', '<script>alert(1)</script>']);
  });

  it('reads UTF-16 with its byte-order mark, little- and big-endian', () => {
    const content = 'a,b\n1,Ж\n';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(content, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(content, 'utf16le').swap16()]);
    for (const bytes of [le, be]) {
      const { first, notices, utf8 } = readCsvBytes(bytes);
      expect(first[0]).toEqual(['1', 'Ж']);
      expect(new TextDecoder().decode(utf8)).toBe(content);
      expect(english(notices)).toContain('UTF-16');
    }
  });

  it('refuses a NUL inside the file with its line, and a file with a header only', () => {
    expect(refusal(() => readCsvBytes(new TextEncoder().encode('a,b\n1,2\n3,x\u0000y\n')))).toMatch(
      /Line 3 holds a NUL character/,
    );
    expect(refusal(() => readCsvBytes(new TextEncoder().encode('a,b\n')))).toMatch(
      /a header but no data rows/,
    );
    expect(() => readCsvBytes(new TextEncoder().encode('a,b\n1,2\n'))).not.toThrow(UserFileError);
  });

  it('refuses a NUL in a Parquet file too (the engine reads NUL as a missing value)', async () => {
    const file = await parquetFile(
      'nul.parquet',
      `SELECT 'U' || i AS obs_id, CASE WHEN i = 2 THEN 'a' || chr(0) ELSE 'a' END AS note FROM range(3) t(i)`,
    );
    const bytes = new Uint8Array(readFileSync(file));
    const refused = await readUserFile({ name: 'nul.parquet', bytes }).then(
      () => 'not refused',
      (error: unknown) =>
        error instanceof UserFileError ? renderText(error.text, translator('en')) : String(error),
    );
    expect(refused).toMatch(/^nul\.parquet: Line 4 holds a NUL character/);
  });

  it('refuses a Parquet file whose text is not UTF-8, in words of its own', async () => {
    const file = await parquetFile(
      'bin.parquet',
      `SELECT 'U1' AS obs_id, '\\xFF\\xFE'::BLOB AS note`,
    );
    const refused = await readUserFile({
      name: 'bin.parquet',
      bytes: new Uint8Array(readFileSync(file)),
    }).then(
      () => 'not refused',
      (error: unknown) =>
        error instanceof UserFileError ? renderText(error.text, translator('en')) : String(error),
    );
    expect(refused).toBe(
      'bin.parquet: The Parquet file holds text that is not valid UTF-8. Write its text columns as UTF-8 and load it again.',
    );
  });

  it('keeps the physical line of every record: blank lines and multi-line cells count', () => {
    const { headerLine, lines } = readCsvBytes(
      new TextEncoder().encode('\na,b\n1,2\n\n3,"two\nlines"\n4,5\n'),
    );
    expect([headerLine, ...lines]).toEqual([2, 3, 5, 7]);
  });

  it('finds the same records as the full parser, with cell counts, quotes and line endings', () => {
    const cases = ['a,b\r\n1,2\r\n3\r\n"q",4,5', 'a,b\n1,"x""y"', ' a , b \n\n\n1,2', 'a,b\n1,\n'];
    for (const text of cases) {
      const read = readCsvBytes(new TextEncoder().encode(text));
      const parsed = parseCsv(text);
      expect(read.header).toEqual(parsed.header);
      expect([...read.lines]).toEqual(parsed.records.map((r) => r.line));
      expect(read.first).toEqual(parsed.records.map((r) => r.cells));
      expect(read.ragged).toEqual(
        parsed.records
          .filter((r) => r.cells.length !== parsed.header.length)
          .map((r) => ({ line: r.line, cells: r.cells.length })),
      );
    }
  });
});

describe('hostile and odd Parquet files', () => {
  /** The English message a user's Parquet file gets, or 'loaded'. */
  async function parquetRefusal(select: string, name = 'odd.parquet'): Promise<string> {
    const bytes = new Uint8Array(readFileSync(await parquetFile(name, select)));
    return refusalOfBytes(name, bytes);
  }
  async function refusalOfBytes(name: string, bytes: Uint8Array): Promise<string> {
    return readUserFile({ name, bytes }).then(
      () => 'loaded',
      (error: unknown) =>
        error instanceof UserFileError ? renderText(error.text, translator('en')) : String(error),
    );
  }

  it('refuses a small file that unpacks to more text than the limit, before building it', async () => {
    // One 9,000-character note stored once in a dictionary: 450 MB of text from a small file
    // (the browser test and the bench take 200,000 rows, 1.8 GB).
    const file = await parquetFile(
      'bomb.parquet',
      `SELECT 'U' || i AS obs_id, repeat('n', 9000) AS note FROM range(50000) t(i)`,
    );
    const bytes = new Uint8Array(readFileSync(file));
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    expect(await refusalOfBytes('bomb.parquet', bytes)).toBe(
      'bomb.parquet: Unpacked, the Parquet file holds more than 300 MB of text, the most the atlas reads (as for a CSV file). Split it by year or region.',
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(600 * 1024 * 1024);
  });

  it('refuses more rows than the limit from the footer, before decoding them', async () => {
    const { parquetToCsvBytes } = await import('../../src/lib/data/parquet-csv');
    const bytes = readFileSync(
      await parquetFile('rows.parquet', `SELECT 'U' || i AS obs_id FROM range(2000) t(i)`),
    );
    const refused = await parquetToCsvBytes(new Uint8Array(bytes).buffer, {
      maxBytes: 1e8,
      maxRows: 1000,
    }).catch((error: { text?: LocalText }) =>
      error.text ? renderText(error.text, translator('en')) : '',
    );
    expect(refused).toBe('the file has 2000 rows; the atlas loads at most 1000.');
  });

  it('names the column of nested cells instead of writing "[object Object]"', async () => {
    expect(await parquetRefusal(`SELECT 'U1' AS obs_id, {'a': 1, 'b': 'x'} AS detail`)).toBe(
      'odd.parquet: Column detail holds nested values (lists, maps or structs); the atlas reads only plain columns of text, numbers, dates or true/false, as in the template.',
    );
    expect(await parquetRefusal(`SELECT 'U1' AS obs_id, MAP {'k': 2} AS pairs`)).toMatch(
      /Column pairs holds nested values/,
    );
    expect(await parquetRefusal(`SELECT 'U1' AS obs_id, [1, 2] AS list`)).toMatch(
      /Column list holds nested values/,
    );
  });

  it('refuses an INTERVAL column in the reader’s words, naming it', async () => {
    const refused = await parquetRefusal(`SELECT 'U1' AS obs_id, INTERVAL 3 DAY AS wait`);
    expect(refused).toBe(
      'odd.parquet: Column wait has a type the atlas cannot read (INTERVAL); write it as text or as a number.',
    );
    const bytes = new Uint8Array(
      readFileSync(await parquetFile('i.parquet', `SELECT INTERVAL 3 DAY AS wait`)),
    );
    const german = await readUserFile({ name: 'i.parquet', bytes }).catch((error: UserFileError) =>
      renderText(error.text, translator('de')),
    );
    expect(german).toMatch(/Spalte wait hat einen Typ/);
  });

  it('refuses a file that does not begin with PAR1, even with a Parquet footer', async () => {
    const bytes = new Uint8Array(
      readFileSync(await parquetFile('p.parquet', `SELECT 'U1' AS obs_id`)),
    );
    bytes.set([0x50, 0x41, 0x52, 0x32], 0); // "PAR2"
    expect(await refusalOfBytes('p.parquet', bytes)).toBe(
      'p.parquet: The file is not a Parquet file (it must begin and end with "PAR1"). Save it again as Parquet, or as "CSV UTF-8".',
    );
    expect(await refusalOfBytes('t.parquet', new TextEncoder().encode('obs_id\nU1\n'))).toMatch(
      /not a Parquet file/,
    );
  });

  it('names the column of an over-long cell', async () => {
    expect(await parquetRefusal(`SELECT 'U1' AS obs_id, repeat('x', 10001) AS note`)).toBe(
      'odd.parquet: Row 2 has a cell longer than 10000 characters (column note).',
    );
  });
});
