import type { ExportMeta } from '../lib/export/standalone-svg';
import type { SourceRow } from '../lib/model/rows';
import type { ViewName } from './view-spec';

export interface ExportSettings {
  /** Width of exported figures, or null for the width on screen. */
  width: number | null;
  meta: Omit<ExportMeta, 'title' | 'date' | 'queries'>;
  /** The SQL of a view's queries with their parameters, for the figure's metadata. */
  queries: (view: ViewName) => string[];
  sourceOf: (obsId: string) => SourceRow | undefined;
}

export const PUBLIC_BASE_KEY = 'atlas.publicBase';
