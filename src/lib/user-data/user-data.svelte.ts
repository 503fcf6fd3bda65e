import { canonicalCsv, validateTables, type ValidationIssue } from '../validation/validate';
import { decodeCsvFile, UserFileError } from './decode-file';
import {
  DEFAULT_USER_SOURCE,
  USER_PREFIX,
  insertUserTables,
  removeUserTables,
  userCountSourcesQuery,
} from '../data/user-tables';
import type { AtlasData } from '../data/atlas-data.svelte';
import { parseCsv } from '../io/csv';
import { forgetStoredUserData, readStoredUserData, storeUserData } from './user-store';

export interface PreparedUserData {
  observations: string | null;
  sources: string | null;
  notices: string[];
  issues: ValidationIssue[];
  rows: number;
}

export const MAX_USER_ROWS = 1_000_000;

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
  error = $state<string | null>(null);
  loaded = $state.raw<{ label: string; rows: number } | null>(null);
  busy = $state(false);

  constructor(private readonly data: AtlasData) {}

  async prepare(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
    this.error = null;
    this.prepared = null;
    const notices: string[] = [];
    let observations: string | null = null;
    let sources: string | null = null;
    try {
      for (const file of files) {
        let text: string;
        if (/\.parquet$/i.test(file.name)) {
          const { parquetToCsvText } = await import('../data/parquet');
          text = await parquetToCsvText(file.bytes.slice().buffer);
        } else {
          const decoded = decodeCsvFile(file.bytes);
          text = decoded.text;
          notices.push(...decoded.notices.map((n) => `${file.name}: ${n}`));
        }
        const table = tableOf(text);
        if (table === 'observations') observations = text;
        else if (table === 'sources') sources = text;
        else
          throw new UserFileError(
            `${file.name}: the header matches neither the observations nor the sources table of the template.`,
          );
      }
      if (!observations)
        throw new UserFileError(
          'No observations file: load a file with the columns of the template (obs_id, source_id, area, …).',
        );
      const rows = observations.split('\n').length - 2;
      if (rows > MAX_USER_ROWS)
        throw new UserFileError(
          `The file has ${rows} rows; the atlas loads at most ${MAX_USER_ROWS}.`,
        );
      const userSources = sources ? parseCsv(sources).records.map((r) => r.cells[0] ?? '') : [];
      const { issues } = validateTables(
        [
          { file: 'observations', table: 'observations', text: observations },
          ...(sources ? [{ file: 'sources', table: 'sources' as const, text: sources }] : []),
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
        issues,
        rows,
      };
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
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
      await this.data.replaceTables(async (writer) => {
        await insertUserTables(writer, {
          observations,
          sources: prepared.sources,
          label: options.label,
        });
        const counts = (await writer.query(userCountSourcesQuery())).map((r) =>
          String(r.source_id),
        );
        return { countSourceOverride: options.alone && counts[0] ? counts[0] : null };
      });
      this.loaded = { label: options.label, rows: prepared.rows };
      if (options.remember)
        await storeUserData({
          observations,
          sources: prepared.sources,
          label: options.label,
        });
      this.prepared = null;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  /** Brings back data the user asked the browser to keep, once the engine is ready. */
  async restore(): Promise<void> {
    const stored = await readStoredUserData().catch(() => null);
    if (!stored) return;
    const encoder = new TextEncoder();
    const files = [{ name: 'observations.csv', bytes: encoder.encode(stored.observations) }];
    if (stored.sources) files.push({ name: 'sources.csv', bytes: encoder.encode(stored.sources) });
    await this.prepare(files);
    await this.apply({ label: stored.label, alone: true, remember: false });
  }

  async forget(): Promise<void> {
    await forgetStoredUserData();
    if (this.data.engineReady)
      await this.data.replaceTables(async (writer) => {
        await removeUserTables(writer);
        return { countSourceOverride: null };
      });
    this.loaded = null;
    this.prepared = null;
  }
}

export { USER_PREFIX };
