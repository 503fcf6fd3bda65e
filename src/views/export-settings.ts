import type { ExportMeta } from '../lib/export/standalone-svg';
import type { SourceRow } from '../lib/data/queries/sources';

export interface ExportSettings {
  /** Width of exported figures, or null for the width on screen. */
  width: number | null;
  meta: Omit<ExportMeta, 'title' | 'date'>;
  sourceOf: (obsId: string) => SourceRow | undefined;
}

export const PUBLIC_BASE_KEY = 'atlas.publicBase';

export function permalink(base: string, query: string, version: string): string {
  const params = new URLSearchParams(query);
  params.set('v', version);
  return `${base}?${params.toString()}`;
}
