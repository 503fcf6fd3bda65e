import { formatCsv, parseCsv, CsvSyntaxError } from '../io/csv';

export class UserFileError extends Error {}

export interface DecodedTable {
  /** The file as comma-separated UTF-8 CSV, ready for the validator. */
  text: string;
  /** What the reader assumed, to show the user. */
  notices: string[];
  /** For each record of `text` (header first), its line in the user's file (blank lines count). */
  lines: number[];
}

export const MAX_FILE_BYTES = 300 * 1024 * 1024;
export const MAX_CELL_CHARS = 10_000;
const NUMBER_COLUMNS = new Set(['value', 'value_low', 'value_high', 'score']);

function decodeText(bytes: Uint8Array, notices: string[]): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    notices.push(
      `UTF-16 (${bytes[0] === 0xff ? 'little' : 'big'}-endian, as saved by Excel's "Unicode text"): read as such.`,
    );
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new UserFileError(
        'The file starts as UTF-16 but is not valid UTF-16. Save it as "CSV UTF-8" and load it again.',
      );
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    notices.push('UTF-8 with a byte-order mark (as saved by Excel): read as UTF-8.');
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: legacy single-byte encodings saved by French or Russian Excel.
  }
  let high = 0;
  let cyrillicRange = 0;
  for (const byte of bytes) {
    if (byte >= 0x80) high++;
    if (byte >= 0xc0) cyrillicRange++;
  }
  const undefinedIn1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
  const letters = bytes.reduce(
    (n, b) => n + ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) ? 1 : 0),
    0,
  );
  if (high > 0 && cyrillicRange / Math.max(1, cyrillicRange + letters) > 0.3) {
    notices.push(
      'Not UTF-8: read as Windows-1251 (Cyrillic, as saved by a Russian-language Excel). Check that names look right.',
    );
    return new TextDecoder('windows-1251').decode(bytes);
  }
  if (bytes.some((b) => undefinedIn1252.includes(b))) {
    throw new UserFileError(
      'The file is neither UTF-8 nor a Windows code page the atlas can recognise. Save it as "CSV UTF-8" and load it again.',
    );
  }
  notices.push(
    'Not UTF-8: read as Windows-1252 (Western European, as saved by a French-language Excel). Check that accents look right.',
  );
  return new TextDecoder('windows-1252').decode(bytes);
}

/**
 * Reads a CSV as spreadsheet programs save it: any of UTF-8 (with or without BOM),
 * Windows-1252 or Windows-1251; comma or semicolon separators; decimal commas in
 * number columns. Mixed or unknown encodings end in a message, never in mojibake.
 */
export function decodeCsvFile(bytes: Uint8Array): DecodedTable {
  if (bytes.length > MAX_FILE_BYTES)
    throw new UserFileError(
      `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; split it or load it as Parquet.`,
    );
  const notices: string[] = [];
  const text = decodeText(bytes, notices);
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    throw new UserFileError(
      `Line ${text.slice(0, nul).split('\n').length} holds a NUL character (a binary file, or UTF-16 without its byte-order mark). Save it as "CSV UTF-8" and load it again.`,
    );
  if (text.includes('\uFFFD'))
    throw new UserFileError(
      'The file mixes encodings (some characters cannot be read). Save it as "CSV UTF-8" and load it again.',
    );
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter =
    (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  if (delimiter === ';') notices.push('Columns separated by semicolons (;): read as such.');
  let parsed;
  try {
    parsed = parseCsv(text, delimiter);
  } catch (error) {
    throw new UserFileError(
      error instanceof CsvSyntaxError
        ? `The file is not valid CSV: ${error.message}.`
        : String(error),
    );
  }
  if (parsed.header.length === 0 || parsed.records.length === 0)
    throw new UserFileError(
      parsed.header.length === 0
        ? 'The file is empty.'
        : 'The file has a header but no data rows: nothing to load (loaded data, if any, stay as they are).',
    );
  let decimalCommas = 0;
  const rows = parsed.records.map(({ cells, line }) =>
    cells.map((cell, i) => {
      if (cell.length > MAX_CELL_CHARS)
        throw new UserFileError(`Row ${line} has a cell longer than ${MAX_CELL_CHARS} characters.`);
      if (
        delimiter === ';' &&
        NUMBER_COLUMNS.has(parsed.header[i] ?? '') &&
        /^-?\d+,\d+$/.test(cell.trim())
      ) {
        decimalCommas++;
        return cell.trim().replace(',', '.');
      }
      return cell;
    }),
  );
  if (decimalCommas > 0)
    notices.push(
      `${decimalCommas} number(s) written with a decimal comma (e.g. "12,5") were read as decimals.`,
    );
  const headerLine = text.slice(0, text.search(/\S|$/)).split('\n').length;
  return {
    text: formatCsv(parsed.header, rows),
    notices,
    lines: [headerLine, ...parsed.records.map((r) => r.line)],
  };
}
