import { readCsvBytes, scanText, UserFileError, type ReadCsv } from './decode-file';
import { localText as lt } from '../i18n/local-text';

export type UserTableName = 'observations' | 'sources';

/** One of the user's files, read and scanned, ready for the engine to load and judge. */
export interface ReadUserFile extends ReadCsv {
  name: string;
  table: UserTableName;
}

/** Which table a file holds, from its header. */
function tableOf(header: readonly string[]): UserTableName | null {
  if (header.includes('obs_id')) return 'observations';
  if (header.includes('source_id') && header.includes('publisher')) return 'sources';
  return null;
}

async function readParquet(bytes: Uint8Array, onProgress?: (f: number) => void): Promise<ReadCsv> {
  const { parquetToCsvText } = await import('../data/parquet');
  let text: string;
  try {
    text = await parquetToCsvText(bytes.slice().buffer);
  } catch (error) {
    throw new UserFileError(
      lt('file_not_parquet', { detail: error instanceof Error ? error.message : String(error) }),
    );
  }
  const scan = scanText(text, ',', onProgress);
  return { ...scan, utf8: new TextEncoder().encode(text), delimiter: ',', notices: [] };
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
    return {
      ...read,
      name: file.name,
      table,
      notices: read.notices.map((n) => ({ ...n, file: file.name })),
    };
  } catch (error) {
    throw error instanceof UserFileError ? error.inFile(file.name) : error;
  }
}
