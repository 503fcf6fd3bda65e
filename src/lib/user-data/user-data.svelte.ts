import { canonicalCsv, validateTables, type ValidationIssue } from '../validation/validate';
import { decodeCsvFile, MAX_FILE_BYTES, UserFileError } from './decode-file';
import { MAX_USER_ROWS } from './limits';
import { errorText, localText, type LocalText } from '../i18n/local-text';
import {
  DEFAULT_USER_SOURCE,
  USER_PREFIX,
  insertUserTables,
  removeUserTables,
  userCountSourcesQuery,
  userYearsQuery,
} from '../data/user-tables';
import type { AtlasData } from '../data/atlas-data.svelte';
import { parseCsv, recordsAsObjects } from '../io/csv';
import {
  forgetChannel,
  forgetStoredUserData,
  readStoredUserData,
  storeUserData,
} from './user-store';

export interface PreparedUserData {
  observations: string | null;
  sources: string | null;
  notices: LocalText[];
  issues: ValidationIssue[];
  rows: number;
  /** The first rows as read, so that the user can check accents and columns before loading. */
  preview: { header: string[]; rows: string[][] };
}

/** The years the loaded data cover; the page widens its period to show them. */
export interface LoadedYears {
  first: number | null;
  last: number | null;
}

const PREVIEW_COLUMNS = [
  'obs_id',
  'area',
  'period_start',
  'period_end',
  'market',
  'stage',
  'sex',
  'measure',
  'value',
  'unit',
  'note',
];

function previewOf(text: string): { header: string[]; rows: string[][] } {
  const lines = text.split('\n').slice(0, 7).join('\n');
  const parsed = parseCsv(lines);
  const columns = PREVIEW_COLUMNS.filter((c) => parsed.header.includes(c));
  return {
    header: columns,
    rows: parsed.records
      .slice(0, 5)
      .map(({ cells }) => columns.map((c) => cells[parsed.header.indexOf(c)] ?? '')),
  };
}

/** Issues in reading order: by file, then row, so that the user can work down the file. */
export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Which table a file holds, from its header. */
function tableOf(text: string): 'observations' | 'sources' | null {
  const header = parseCsv(text.slice(0, 2000).split('\n')[0] ?? '').header;
  if (header.includes('obs_id')) return 'observations';
  if (header.includes('source_id') && header.includes('publisher')) return 'sources';
  return null;
}

/** A user's own study data: read and validated locally, never uploaded, always labelled as theirs. */
export class UserData {
  prepared = $state.raw<PreparedUserData | null>(null);
  /** The last failure: the atlas's own in the reader's language, anything else as it came. */
  error = $state.raw<LocalText | string | null>(null);
  loaded = $state.raw<{ label: string; rows: number; years: LoadedYears } | null>(null);
  busy = $state(false);
  /** Whether stored data were looked for yet (tests and the page wait for this, not for time). */
  restoreState = $state<'pending' | 'done'>('pending');

  /** Refused before reading: a file over the limit never reaches memory. */
  refuseLarge(files: { name: string; size: number }[]): boolean {
    const large = files.find((f) => f.size > MAX_FILE_BYTES);
    if (!large) return false;
    this.prepared = null;
    this.error = {
      ...localText('file_refused_large', {
        size: Math.ceil(large.size / 1024 / 1024),
        mb: MAX_FILE_BYTES / 1024 / 1024,
      }),
      file: large.name,
    };
    return true;
  }

  private readonly channel: { announce: () => void };

  constructor(private readonly data: AtlasData) {
    this.channel = forgetChannel(() => void this.dropFromMemory());
  }

  async prepare(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
    this.error = null;
    this.prepared = null;
    const notices: LocalText[] = [];
    type Read = { text: string; name: string; lines?: number[] };
    let observationsFile: Read | null = null;
    let sourcesFile: Read | null = null;
    try {
      for (const file of files) {
        let read: Read;
        if (/\.parquet$/i.test(file.name)) {
          const { parquetToCsvText } = await import('../data/parquet');
          let text: string;
          try {
            text = await parquetToCsvText(file.bytes.slice().buffer);
          } catch (error) {
            throw new UserFileError({
              ...localText('file_not_parquet', {
                detail: error instanceof Error ? error.message : String(error),
              }),
              file: file.name,
            });
          }
          read = { text, name: file.name };
        } else {
          let decoded;
          try {
            decoded = decodeCsvFile(file.bytes);
          } catch (error) {
            throw error instanceof UserFileError ? error.inFile(file.name) : error;
          }
          read = { text: decoded.text, name: file.name, lines: decoded.lines };
          notices.push(...decoded.notices.map((n) => ({ ...n, file: file.name })));
        }
        const table = tableOf(read.text);
        if (table === 'observations') observationsFile = read;
        else if (table === 'sources') sourcesFile = read;
        else throw new UserFileError({ ...localText('file_no_table'), file: file.name });
      }
      if (!observationsFile) throw new UserFileError(localText('file_no_observations'));
      const observations = observationsFile.text;
      const sources = sourcesFile?.text ?? null;
      const rows = parseCsv(observations).records.length;
      if (rows > MAX_USER_ROWS)
        throw new UserFileError({
          ...localText('file_too_many_rows', { rows, max: MAX_USER_ROWS }),
          file: observationsFile.name,
        });
      const userSources = sources
        ? recordsAsObjects(parseCsv(sources)).map(({ row }) => row.source_id ?? '')
        : [];
      const input = (read: Read, table: 'observations' | 'sources') => ({
        file: read.name,
        table,
        text: read.text,
        ...(read.lines ? { lines: read.lines } : {}),
      });
      const { issues } = validateTables(
        [
          input(observationsFile, 'observations'),
          ...(sourcesFile ? [input(sourcesFile, 'sources')] : []),
        ],
        {
          knownSources: [DEFAULT_USER_SOURCE, ...userSources],
          knownCountries: this.data.countries.map((r) => r.iso3),
          extraAreas: this.data.regions.map((r) => r.code),
        },
      );
      const valid = !issues.some((i) => i.severity === 'error');
      this.prepared = {
        observations: valid ? canonicalCsv('observations', observations) : observations,
        sources: sources && valid ? canonicalCsv('sources', sources) : sources,
        notices,
        issues: sortIssues(issues),
        rows,
        preview: previewOf(observations),
      };
    } catch (error) {
      this.error = errorText(error);
    }
  }

  /** Loads the prepared data; refused while there are errors. */
  async apply(options: { label: string; alone: boolean; remember: boolean }): Promise<void> {
    const prepared = this.prepared;
    const observations = prepared?.observations;
    if (
      !observations ||
      !this.data.engineReady ||
      prepared.issues.some((i) => i.severity === 'error')
    )
      return;
    this.busy = true;
    let years: LoadedYears = { first: null, last: null };
    try {
      await this.data.replaceTables(async (writer) => {
        await insertUserTables(writer, {
          observations,
          sources: prepared.sources,
          label: options.label,
        });
        const counts = (await writer.query(userCountSourcesQuery())).map((r) =>
          String(r.source_id),
        );
        const [span] = await writer.query(userYearsQuery());
        years = {
          first: span?.first === null || span?.first === undefined ? null : Number(span.first),
          last: span?.last === null || span?.last === undefined ? null : Number(span.last),
        };
        return { countSourceOverride: options.alone && counts[0] ? counts[0] : null };
      });
      this.loaded = { label: options.label, rows: prepared.rows, years };
      this.prepared = null;
      if (options.remember)
        await storeUserData({
          observations,
          sources: prepared.sources,
          label: options.label,
        });
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.busy = false;
    }
  }

  /** Brings back data the user asked the browser to keep, once the engine is ready. */
  async restore(): Promise<void> {
    try {
      const stored = await readStoredUserData().catch(() => null);
      if (!stored) return;
      const encoder = new TextEncoder();
      const files = [{ name: 'observations.csv', bytes: encoder.encode(stored.observations) }];
      if (stored.sources)
        files.push({ name: 'sources.csv', bytes: encoder.encode(stored.sources) });
      await this.prepare(files);
      await this.apply({ label: stored.label, alone: true, remember: false });
    } finally {
      this.restoreState = 'done';
    }
  }

  /** Drops the data from this page whatever the browser's storage does. */
  private async dropFromMemory(): Promise<void> {
    this.loaded = null;
    this.prepared = null;
    if (this.data.engineReady)
      await this.data.replaceTables(async (writer) => {
        await removeUserTables(writer);
        return { countSourceOverride: null };
      });
  }

  async forget(): Promise<void> {
    this.error = null;
    await this.dropFromMemory();
    this.channel.announce();
    try {
      await forgetStoredUserData();
    } catch (error) {
      const cause = errorText(error);
      this.error = localText('store_removed', { text: cause });
    }
  }
}

export { USER_PREFIX };
