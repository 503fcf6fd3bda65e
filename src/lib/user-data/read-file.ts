import { readCsvBytes, refuseNul, scanText, UserFileError, type ReadCsv } from './decode-file';
import { localText as lt } from '../i18n/local-text';

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

async function readParquet(bytes: Uint8Array, onProgress?: (f: number) => void): Promise<ReadCsv> {
  const { parquetToCsvBytes } = await import('../data/parquet-csv');
  let utf8: Uint8Array;
  try {
    utf8 = await parquetToCsvBytes(bytes.slice().buffer);
  } catch (error) {
    throw new UserFileError(
      lt('file_not_parquet', { detail: error instanceof Error ? error.message : String(error) }),
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(utf8);
  } catch {
    throw new UserFileError(lt('file_parquet_not_utf8'));
  }
  refuseNul(text);
  const scan = scanText(text, ',', onProgress);
  return { ...scan, utf8, delimiter: ',', notices: [] };
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
    return {
      ...scanned,
      csv: new Blob([utf8 as Uint8Array<ArrayBuffer>], { type: 'text/csv' }),
      name: file.name,
      table,
      notices: read.notices.map((n) => ({ ...n, file: file.name })),
    };
  } catch (error) {
    throw error instanceof UserFileError ? error.inFile(file.name) : error;
  }
}
