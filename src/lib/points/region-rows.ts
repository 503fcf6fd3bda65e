import type { Engine } from '../data/engine';
import { toStateShareRows, womenShareByStateQuery } from '../data/queries/states-share';
import type { CountryRow, StateShareRow } from '../model/rows';
import type { PointsScope } from './types';

const DEFAULT_MARKET = 'human_trafficking';

/**
 * The rows a State profile's comparison needs and its page does not hold: every State of the
 * State's subregion at the stage, latest year per State in the period (the States view's query).
 */
export async function profileRegionRows(
  engine: Pick<Engine, 'query'>,
  scope: PointsScope,
  countries: readonly CountryRow[],
  countSourceOf: (market: string) => string,
): Promise<StateShareRow[]> {
  const subregion = countries.find((c) => c.iso3 === scope.iso3)?.subregion;
  if (scope.kind !== 'state' || !subregion) return [];
  const market = scope.market ?? DEFAULT_MARKET;
  const rows = await engine.query(
    womenShareByStateQuery({
      sourceId: countSourceOf(market),
      market,
      stage: scope.stage ?? 'convicted',
      yearFrom: scope.yearFrom,
      yearTo: scope.yearTo,
      region: subregion,
      sourceKind: null,
    }),
  );
  return toStateShareRows(rows);
}
