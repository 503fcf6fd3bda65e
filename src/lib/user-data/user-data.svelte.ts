import {
  canonicalCsv,
  headerIssues,
  validateTables,
  type ValidationIssue,
} from '../validation/validate';
import { MAX_FILE_BYTES, UserFileError } from './decode-file';
import type { ReadUserFile } from './read-file';
import { ReadCancelled, readOffThread } from './read-off-thread';
import { stageAndCheck } from './check-staged';
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
import { formatCsv, parseCsv } from '../io/csv';
import {
  forgetChannel,
  forgetStoredUserData,
  readStoredUserData,
  storeUserData,
} from './user-store';

export interface PreparedUserData {
  /** The observations file as UTF-8 CSV, kept to store it when the user asks; null when invalid. */
  observations: Blob | null;
  sources: string | null;
  notices: LocalText[];
  issues: ValidationIssue[];
  rows: number;
  /** The first rows as read, so that the user can check accents and columns before loading. */
  preview: { header: string[]; rows: string[][] };
}

/** What the page shows while a file is read and checked. */
export type ReadingProgress =
  | { phase: 'read'; file: string; fraction: number }
  /** Read; the engine is loading it (one statement, which shows no progress of its own). */
  | { phase: 'stage'; file: string }
  | { phase: 'check'; rule: number; rules: number };

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

function previewOf(read: ReadUserFile): { header: string[]; rows: string[][] } {
  const columns = PREVIEW_COLUMNS.filter((c) => read.header.includes(c));
  return {
    header: columns,
    rows: read.first.map((cells) => columns.map((c) => cells[read.header.indexOf(c)] ?? '')),
  };
}

/** Records whose cell count differs from the header's: listed, and the rest counted. */
export function raggedIssues(read: ReadUserFile): ValidationIssue[] {
  const issues: ValidationIssue[] = read.ragged.map(({ line, cells }) => ({
    severity: 'error',
    file: read.name,
    line,
    column: null,
    value: null,
    message: localText('issue_cell_count', { cells, header: read.header.length }),
    allowed: null,
  }));
  const last = read.ragged[read.ragged.length - 1];
  if (last && read.raggedCount > read.ragged.length)
    issues.push({
      severity: 'error',
      file: read.name,
      line: last.line,
      column: null,
      value: null,
      message: localText('issue_more_ragged', {
        n: read.raggedCount - read.ragged.length,
        shown: read.ragged.length,
      }),
      allowed: null,
    });
  return issues;
}

/** A small sources file as comma CSV (it may have been saved with semicolons). */
async function asCommaCsv(read: ReadUserFile): Promise<string> {
  const text = await read.csv.text();
  if (read.delimiter === ',') return text;
  const parsed = parseCsv(text, ';');
  return formatCsv(
    parsed.header,
    parsed.records.map((r) => r.cells),
  );
}

/** Issues in reading order: by file, then row, so that the user can work down the file. */
export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** A user's own study data: read and validated locally, never uploaded, always labelled as theirs. */
export class UserData {
  prepared = $state.raw<PreparedUserData | null>(null);
  /** The last failure: the atlas's own in the reader's language, anything else as it came. */
  error = $state.raw<LocalText | string | null>(null);
  loaded = $state.raw<{ label: string; rows: number; years: LoadedYears } | null>(null);
  busy = $state(false);
  /** Reading or checking a file: what the page shows, with a cancel button. */
  progress = $state.raw<ReadingProgress | null>(null);
  private reading: AbortController | null = null;
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

  constructor(
    private readonly data: AtlasData,
    /** Widens the page's period to the loaded years, in the same step as the tables change. */
    private readonly widen: (years: LoadedYears) => void = () => {},
  ) {
    this.channel = forgetChannel(() => void this.dropFromMemory());
  }

  /**
   * Stops reading or checking a file; nothing of it is kept. The page says so at once: a
   * statement the engine is running finishes in the background (its result is dropped).
   */
  cancel(): void {
    if (!this.reading) return;
    this.reading.abort();
    this.reading = null;
    this.progress = null;
    this.error = localText('userCancelled');
  }

  async prepare(files: { name: string; content: Blob }[]): Promise<void> {
    this.reading?.abort();
    const controller = new AbortController();
    this.reading = controller;
    this.error = null;
    this.prepared = null;
    const signal = controller.signal;
    try {
      let observationsFile: ReadUserFile | null = null;
      let sourcesFile: ReadUserFile | null = null;
      for (const file of files) {
        this.progress = { phase: 'read', file: file.name, fraction: 0 };
        const read = await readOffThread(
          file,
          (fraction) => {
            if (this.reading === controller)
              this.progress = { phase: 'read', file: file.name, fraction };
          },
          signal,
        );
        if (read.table === 'observations') observationsFile = read;
        else sourcesFile = read;
      }
      if (!observationsFile) throw new UserFileError(localText('file_no_observations'));
      if (this.reading === controller)
        this.progress = { phase: 'stage', file: observationsFile.name };
      const rows = observationsFile.lines.length;
      if (rows > MAX_USER_ROWS)
        throw new UserFileError({
          ...localText('file_too_many_rows', { rows, max: MAX_USER_ROWS }),
          file: observationsFile.name,
        });
      const notices = [...observationsFile.notices, ...(sourcesFile?.notices ?? [])];
      const sourcesText = sourcesFile ? await asCommaCsv(sourcesFile) : null;
      const sourcesCheck = sourcesFile
        ? validateTables([
            {
              file: sourcesFile.name,
              table: 'sources',
              text: sourcesText ?? '',
              lines: [sourcesFile.headerLine, ...sourcesFile.lines],
            },
          ])
        : { issues: [], tables: [] };
      const userSources = sourcesCheck.tables.flatMap((t) =>
        t.rows.map(({ row }) => row.source_id ?? ''),
      );
      const structural = [
        ...headerIssues(
          observationsFile.name,
          'observations',
          observationsFile.header,
          observationsFile.headerLine,
        ),
        ...raggedIssues(observationsFile),
      ];
      let issues: ValidationIssue[] = [...sourcesCheck.issues, ...structural];
      if (structural.length === 0) {
        const engine = await this.data.whenEngine;
        if (signal.aborted) throw new ReadCancelled();
        const checked = await stageAndCheck(
          engine,
          observationsFile,
          {
            sources: [DEFAULT_USER_SOURCE, ...userSources],
            areas: [
              ...this.data.countries.map((r) => r.iso3),
              ...this.data.regions.map((r) => r.code),
            ],
          },
          (rule, rules) => {
            if (this.reading === controller) this.progress = { phase: 'check', rule, rules };
          },
          signal,
        );
        issues = [...issues, ...checked.issues];
        notices.push(...checked.notices);
      }
      const valid = !issues.some((i) => i.severity === 'error');
      // A file chosen while this one was read replaces it: this answer is no longer shown.
      if (this.reading !== controller) return;
      this.prepared = {
        observations: valid ? observationsFile.csv : null,
        sources: sourcesText !== null && valid ? canonicalCsv('sources', sourcesText) : null,
        notices,
        issues: sortIssues(issues),
        rows,
        preview: previewOf(observationsFile),
      };
    } catch (error) {
      if (this.reading !== controller) return;
      this.error = error instanceof ReadCancelled ? localText('userCancelled') : errorText(error);
    } finally {
      if (this.reading === controller) {
        this.reading = null;
        this.progress = null;
      }
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
    try {
      await this.data.replaceTables(
        async (writer) => {
          await insertUserTables(writer, { sources: prepared.sources, label: options.label });
          const counts = (await writer.query(userCountSourcesQuery())).map((r) =>
            String(r.source_id),
          );
          const [span] = await writer.query(userYearsQuery());
          const years: LoadedYears = {
            first: span?.first === null || span?.first === undefined ? null : Number(span.first),
            last: span?.last === null || span?.last === undefined ? null : Number(span.last),
          };
          return { countSourceOverride: options.alone && counts[0] ? counts[0] : null, years };
        },
        ({ years }) => {
          this.loaded = { label: options.label, rows: prepared.rows, years };
          this.prepared = null;
          this.widen(years);
        },
      );
      if (options.remember)
        await storeUserData({
          observations: await observations.text(),
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
      const files = [{ name: 'observations.csv', content: new Blob([stored.observations]) }];
      if (stored.sources) files.push({ name: 'sources.csv', content: new Blob([stored.sources]) });
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
