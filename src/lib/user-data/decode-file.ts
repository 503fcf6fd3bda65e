import { formatCsv, parseCsv, CsvSyntaxError } from '../io/csv';
import { LocalError, localText as lt, type LocalText } from '../i18n/local-text';

/** A file the atlas cannot read, with the reason in the catalogue's words. */
export class UserFileError extends LocalError {
  /** The same error, said about the named file. */
  inFile(file: string): UserFileError {
    return new UserFileError({ ...this.text, file });
  }
}

export interface DecodedTable {
  /** The file as comma-separated UTF-8 CSV, ready for the validator. */
  text: string;
  /** What the reader assumed, to show the user. */
  notices: LocalText[];
  /** For each record of `text` (header first), its line in the user's file (blank lines count). */
  lines: number[];
}

export const MAX_FILE_BYTES = 300 * 1024 * 1024;
export const MAX_CELL_CHARS = 10_000;
const NUMBER_COLUMNS = new Set(['value', 'value_low', 'value_high', 'score']);

function decodeText(bytes: Uint8Array, notices: LocalText[]): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    notices.push(
      lt('file_utf16', {
        endian: lt(bytes[0] === 0xff ? 'file_utf16_little' : 'file_utf16_big'),
      }),
    );
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new UserFileError(lt('file_utf16_invalid'));
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    notices.push(lt('file_utf8_bom'));
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
    notices.push(lt('file_cp1251'));
    return new TextDecoder('windows-1251').decode(bytes);
  }
  if (bytes.some((b) => undefinedIn1252.includes(b))) {
    throw new UserFileError(lt('file_unknown_encoding'));
  }
  notices.push(lt('file_cp1252'));
  return new TextDecoder('windows-1252').decode(bytes);
}

/**
 * Reads a CSV as spreadsheet programs save it: any of UTF-8 (with or without BOM),
 * Windows-1252 or Windows-1251; comma or semicolon separators; decimal commas in
 * number columns. Mixed or unknown encodings end in a message, never in mojibake.
 */
export function decodeCsvFile(bytes: Uint8Array): DecodedTable {
  if (bytes.length > MAX_FILE_BYTES)
    throw new UserFileError(lt('file_too_large', { mb: MAX_FILE_BYTES / 1024 / 1024 }));
  const notices: LocalText[] = [];
  const text = decodeText(bytes, notices);
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    throw new UserFileError(lt('file_nul', { line: text.slice(0, nul).split('\n').length }));
  if (text.includes('\uFFFD')) throw new UserFileError(lt('file_mixed'));
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter =
    (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  if (delimiter === ';') notices.push(lt('file_semicolons'));
  let parsed;
  try {
    parsed = parseCsv(text, delimiter);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new UserFileError(lt('file_not_csv', { detail: lt(error.key, { line: error.line }) }));
  }
  if (parsed.header.length === 0 || parsed.records.length === 0)
    throw new UserFileError(lt(parsed.header.length === 0 ? 'file_empty' : 'file_header_only'));
  let decimalCommas = 0;
  const rows = parsed.records.map(({ cells, line }) =>
    cells.map((cell, i) => {
      if (cell.length > MAX_CELL_CHARS)
        throw new UserFileError(lt('file_long_cell', { line, max: MAX_CELL_CHARS }));
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
  if (decimalCommas > 0) notices.push(lt('file_decimal_commas', { n: decimalCommas }));
  const headerLine = text.slice(0, text.search(/\S|$/)).split('\n').length;
  return {
    text: formatCsv(parsed.header, rows),
    notices,
    lines: [headerLine, ...parsed.records.map((r) => r.line)],
  };
}
