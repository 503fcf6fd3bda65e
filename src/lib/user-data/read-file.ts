import {
  MAX_FILE_BYTES,
  readCsvBytes,
  refuseNul,
  scanText,
  UserFileError,
  type ReadCsv,
} from './decode-file';
import { LocalError, localText as lt } from '../i18n/local-text';
import { MAX_USER_ROWS } from './limits';

export type UserTableName = 'observations' | 'sources';

/**
 * One of the user's files, read and scanned, ready for the engine to load and judge. Its text is
 * a Blob: the page and the engine's heap never hold a copy of a large file (the engine reads it
 * piece by piece).
 */
export interface ReadUserFile extends Omit<ReadCsv, 'utf8'> {
  name: string;
  table: UserTableName;
  /** The file as UTF-8 CSV text. */
  csv: Blob;
}

/** Which table a file holds, from its header. */
function tableOf(header: readonly string[]): UserTableName | null {
  if (header.includes('obs_id')) return 'observations';
  if (header.includes('source_id') && header.includes('publisher')) return 'sources';
  return null;
}

async function readParquet(
  bytes: Uint8Array,
  onProgress?: (f: number) => void,
): Promise<Omit<ReadCsv, 'utf8'> & { utf8: Uint8Array[] }> {
  const { parquetToCsvBytes } = await import('../data/parquet-csv');
  const { ParquetLoadError } = await import('../data/parquet');
  let parts: Uint8Array[];
  try {
    parts = await parquetToCsvBytes(bytes.slice().buffer, {
      maxBytes: MAX_FILE_BYTES,
      maxRows: MAX_USER_ROWS,
    });
  } catch (error) {
    if (error instanceof LocalError) throw new UserFileError(error.text);
    const notParquet =
      error instanceof ParquetLoadError && /not (a|a readable) Parquet/.test(error.message);
    throw new UserFileError(lt(notParquet ? 'file_not_parquet' : 'file_parquet_undecodable'));
  }
  let text: string;
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    text = parts.map((part, i) => decoder.decode(part, { stream: i < parts.length - 1 })).join('');
  } catch {
    throw new UserFileError(lt('file_parquet_not_utf8'));
  }
  refuseNul(text);
  const scan = scanText(text, ',', onProgress);
  return { ...scan, utf8: parts, delimiter: ',', notices: [] };
}

/** Reads a CSV or Parquet file; every refusal names the file. */
export async function readUserFile(
  file: { name: string; bytes: Uint8Array },
  onProgress?: (fraction: number) => void,
): Promise<ReadUserFile> {
  try {
    const read = /\.parquet$/i.test(file.name)
      ? await readParquet(file.bytes, onProgress)
      : readCsvBytes(file.bytes, onProgress);
    const table = tableOf(read.header);
    if (!table) throw new UserFileError(lt('file_no_table'));
    const { utf8, ...scanned } = read;
    const parts = (Array.isArray(utf8) ? utf8 : [utf8]) as Uint8Array<ArrayBuffer>[];
    return {
      ...scanned,
      csv: new Blob(parts, { type: 'text/csv' }),
      name: file.name,
      table,
      notices: read.notices.map((n) => ({ ...n, file: file.name })),
    };
  } catch (error) {
    throw error instanceof UserFileError ? error.inFile(file.name) : error;
  }
}
