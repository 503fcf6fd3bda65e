/**
 * An aggregate row built from more observation rows than this carries, instead of their ids,
 * one reference: how many rows there are and the aggregate's key, from which the query in
 * `src/lib/data/queries/obs-ref.ts` lists them. Below it, the ids themselves.
 */
export const OBS_REF_LIMIT = 1000;

/** `@<count>/<table>/<key>/…`: no observation id starts with `@` or holds `/`. */
export interface ObsRef {
  count: number;
  table: 'count_series' | 'coverage';
  key: string[];
}

export function isObsRef(id: string): boolean {
  return id.startsWith('@');
}

export function parseObsRef(id: string): ObsRef | null {
  const match = /^@(\d+)\/(count_series|coverage)\/(.+)$/.exec(id);
  if (!match) return null;
  return {
    count: Number(match[1]),
    table: match[2] as ObsRef['table'],
    key: (match[3] ?? '').split('/'),
  };
}

/** How many observation rows an id stands for: one, or a reference's count. */
export function rowsBehind(id: string): number {
  return isObsRef(id) ? (parseObsRef(id)?.count ?? 0) : 1;
}
