import { queryText } from '../lib/export/formats';
import type { SourceRow } from '../lib/model/rows';
import type { QueryFilters } from '../lib/model/filters';
import type { QueryContext, RegisteredView, SourceUsage } from './view-spec';

/** The SQL of a view's queries with their parameters, as an exported figure's metadata lists it. */
export function viewQueryTexts(
  view: Pick<RegisteredView, 'queries'>,
  filters: QueryFilters,
  data: QueryContext,
): string[] {
  return Object.values(view.queries(filters, data)).map(queryText);
}

/** The source of each observation row the views use, for the sources an export lists. */
export function sourceOfRows(
  usage: Iterable<SourceUsage>,
  sources: SourceRow[],
): (obsId: string) => SourceRow | undefined {
  const sourceByObs = new Map<string, string>();
  for (const u of usage) if (u.sourceId) for (const id of u.obsIds) sourceByObs.set(id, u.sourceId);
  return (obsId) => sources.find((s) => s.sourceId === sourceByObs.get(obsId));
}
