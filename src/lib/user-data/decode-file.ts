import { CsvSyntaxError } from '../io/csv';
import { LongCellError, scanCsv, type CsvScan } from '../io/csv-scan';
import { LocalError, localText as lt, type LocalText } from '../i18n/local-text';

/** A file the atlas cannot read, with the reason in the catalogue's words. */
export class UserFileError extends LocalError {
  /** The same error, said about the named file. */
  inFile(file: string): UserFileError {
    return new UserFileError({ ...this.text, file });
  }
}

export interface ReadCsv extends CsvScan {
  /** The file's text as UTF-8 (the file's own bytes when it was UTF-8 already). */
  utf8: Uint8Array;
  delimiter: ',' | ';';
  /** What the reader assumed, to show the user. */
  notices: LocalText[];
}

export const MAX_FILE_BYTES = 300 * 1024 * 1024;
export const MAX_CELL_CHARS = 10_000;

/** The text, and from which byte the file itself is that text in UTF-8 (null: it is not). */
function decodeText(
  bytes: Uint8Array,
  notices: LocalText[],
): { text: string; utf8From: 0 | 3 | null } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    notices.push(
      lt('file_utf16', {
        endian: lt(bytes[0] === 0xff ? 'file_utf16_little' : 'file_utf16_big'),
      }),
    );
    try {
      return {
        text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)),
        utf8From: null,
      };
    } catch {
      throw new UserFileError(lt('file_utf16_invalid'));
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    notices.push(lt('file_utf8_bom'));
    try {
      return {
        text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)),
        utf8From: 3,
      };
    } catch {
      throw new UserFileError(lt('file_mixed'));
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8From: 0 };
  } catch {
    // Not UTF-8: legacy single-byte encodings saved by French or Russian Excel.
  }
  const guess = legacyEncoding(bytes);
  if (guess === 'mixed') throw new UserFileError(lt('file_mixed'));
  if (guess === 'unclear') throw new UserFileError(lt('file_unknown_encoding'));
  if (guess === 'windows-1251') {
    notices.push(lt('file_cp1251'));
    return { text: new TextDecoder('windows-1251').decode(bytes), utf8From: null };
  }
  notices.push(lt('file_cp1252'));
  return { text: new TextDecoder('windows-1252').decode(bytes), utf8From: null };
}

/** Whether byte `i` starts a well-formed UTF-8 sequence of two to four bytes; its length if so. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number;
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return 0;
  return length;
}

/**
 * The single-byte code page of a file that is not UTF-8, only when the bytes leave no doubt.
 * Cyrillic words are runs of bytes from 0xC0 up (Windows-1251); Western European text has an
 * accented letter here and there between ASCII letters (Windows-1252). A file that also holds
 * well-formed UTF-8 sequences was put together from files saved differently ("mixed"), and a
 * file between the two patterns, or with bytes 1252 leaves undefined, is "unclear": read in
 * either code page it could come out as mojibake, so the user is asked to save it as UTF-8.
 */
export function legacyEncoding(
  bytes: Uint8Array,
): 'windows-1251' | 'windows-1252' | 'mixed' | 'unclear' {
  let high = 0;
  let inRuns = 0;
  let utf8Sequences = 0;
  let undefinedIn1252 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) continue;
    const sequence = utf8SequenceAt(bytes, i);
    if (sequence > 0) {
      utf8Sequences++;
      i += sequence - 1;
      continue;
    }
    high++;
    if (byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d)
      undefinedIn1252++;
    if (byte >= 0xc0 && ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80)) inRuns++;
  }
  if (utf8Sequences > 0 && utf8Sequences >= high / 10) return 'mixed';
  const runShare = inRuns / Math.max(1, high);
  if (runShare >= 0.6) return 'windows-1251';
  if (runShare <= 0.25 && undefinedIn1252 === 0) return 'windows-1252';
  return 'unclear';
}

/**
 * Reads a CSV as spreadsheet programs save it: any of UTF-8 (with or without BOM), UTF-16,
 * Windows-1252 or Windows-1251; comma or semicolon separators. Mixed or unknown encodings end
 * in a message, never in mojibake. Returns the text as UTF-8 bytes for the engine's CSV reader
 * and, from one pass over it, where each record starts; cell values are judged by SQL later.
 */
export function readCsvBytes(bytes: Uint8Array, onProgress?: (fraction: number) => void): ReadCsv {
  if (bytes.length > MAX_FILE_BYTES)
    throw new UserFileError(lt('file_too_large', { mb: MAX_FILE_BYTES / 1024 / 1024 }));
  const notices: LocalText[] = [];
  const { text, utf8From } = decodeText(bytes, notices);
  refuseNul(text);
  if (text.includes('\uFFFD')) throw new UserFileError(lt('file_mixed'));
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter =
    (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  if (delimiter === ';') notices.push(lt('file_semicolons'));
  const scan = scanText(text, delimiter, onProgress);
  const utf8 = utf8From === null ? new TextEncoder().encode(text) : bytes.subarray(utf8From);
  return { ...scan, utf8, delimiter, notices };
}

/** No text with a NUL is read: the engine's CSV reader takes NUL for a missing value. */
export function refuseNul(text: string): void {
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    throw new UserFileError(lt('file_nul', { line: text.slice(0, nul).split('\n').length }));
}

/** The scan of decoded text, with the atlas's messages for what makes it unreadable. */
export function scanText(
  text: string,
  delimiter: ',' | ';',
  onProgress?: (fraction: number) => void,
): CsvScan {
  let scan: CsvScan;
  try {
    scan = scanCsv(text, delimiter, { maxCell: MAX_CELL_CHARS, onProgress });
  } catch (error) {
    if (error instanceof LongCellError)
      throw new UserFileError(
        lt('file_long_cell', { line: error.line, max: error.max, column: error.column }),
      );
    if (error instanceof CsvSyntaxError)
      throw new UserFileError(lt('file_not_csv', { detail: lt(error.key, { line: error.line }) }));
    throw error;
  }
  if (scan.header.length === 0 || scan.lines.length === 0)
    throw new UserFileError(lt(scan.header.length === 0 ? 'file_empty' : 'file_header_only'));
  return scan;
}
