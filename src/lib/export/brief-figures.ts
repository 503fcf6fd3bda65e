import type { Filters } from '../model/filters';
import type { FigureName } from '../model/figure-names';

/** The one or two figures a briefing note carries: a profile's trends, or the atlas's States chart and pipeline. */
export function briefFigureNames(filters: Pick<Filters, 'profile'>): FigureName[] {
  return filters.profile ? ['profile-trends'] : ['states-chart', 'pipeline'];
}
