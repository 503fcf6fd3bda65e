import type { ExportMeta } from '../lib/export/standalone-svg';
import type { SourceRow } from '../lib/model/rows';
import type { SizePreset } from '../lib/export/presets';
import type { ViewName } from './view-spec';

export interface ExportSettings {
  preset: SizePreset;
  meta: Omit<ExportMeta, 'title' | 'date' | 'queries' | 'permalink'>;
  /** The SQL of a view's queries with their parameters, for the figure's metadata. */
  queries: (view: ViewName) => string[];
  sourceOf: (obsId: string) => SourceRow | undefined;
  /** The permalink to the published atlas, or null when no public address is set. */
  publicLink: string | null;
  /** The atlas's public address when it is one others can open, else null (embeds point there). */
  publicBase: string | null;
  onsetaddress: () => void;
}

export const PUBLIC_BASE_KEY = 'atlas.publicBase';
