import { sql, type SqlQuery } from '../sql';

export interface WomenShareFilters {
  stage: string;
  year: number;
  sourceId: string;
  market: string;
}

export type ShareBasis = 'women_plus_men' | 'total';
export type StateShareStatus = 'share' | 'suppressed' | 'zero_persons' | 'total_only' | 'no_data';

export interface StateShareRow {
  iso3: string;
  nameEn: string;
  nameFr: string;
  subregion: string;
  inStudy: boolean;
  women: number | null;
  men: number | null;
  total: number | null;
  womenSuppressed: boolean;
  menSuppressed: boolean;
  totalSuppressed: boolean;
  share: number | null;
  shareBasis: ShareBasis | null;
  status: StateShareStatus;
  /** The observation rows behind the figure shown for this State. */
  obsIds: string[];
}

export function womenShareByStateQuery(filters: WomenShareFilters): SqlQuery {
  return sql`
WITH selected AS (
  SELECT area, sex, value, qualifier, obs_id
  FROM observations
  WHERE population = 'offenders' AND measure = 'count'
    AND hierarchy = 'all' AND role = 'all' AND org_type = 'all'
    AND market = ${filters.market} AND stage = ${filters.stage}
    AND period_start = ${filters.year} AND period_end = ${filters.year}
    AND source_id = ${filters.sourceId}
    AND sex IN ('female', 'male', 'total')
), pivoted AS (
  SELECT area,
    max(value) FILTER (WHERE sex = 'female' AND qualifier = 'exact') AS women,
    max(value) FILTER (WHERE sex = 'male' AND qualifier = 'exact') AS men,
    max(value) FILTER (WHERE sex = 'total' AND qualifier = 'exact') AS total,
    coalesce(bool_or(sex = 'female' AND qualifier = 'suppressed'), false) AS women_suppressed,
    coalesce(bool_or(sex = 'male' AND qualifier = 'suppressed'), false) AS men_suppressed,
    coalesce(bool_or(sex = 'total' AND qualifier = 'suppressed'), false) AS total_suppressed,
    max(obs_id) FILTER (WHERE sex = 'female') AS women_obs_id,
    max(obs_id) FILTER (WHERE sex = 'male') AS men_obs_id,
    max(obs_id) FILTER (WHERE sex = 'total') AS total_obs_id
  FROM selected
  GROUP BY area
)
SELECT c.iso3, c.name_en, c.name_fr, c.subregion, c.in_2023_study,
  p.women::DOUBLE AS women, p.men::DOUBLE AS men, p.total::DOUBLE AS total,
  coalesce(p.women_suppressed, false) AS women_suppressed,
  coalesce(p.men_suppressed, false) AS men_suppressed,
  coalesce(p.total_suppressed, false) AS total_suppressed,
  p.women_obs_id, p.men_obs_id, p.total_obs_id
FROM countries c
LEFT JOIN pivoted p ON p.area = c.iso3
ORDER BY c.iso3`;
}

type RawRow = Record<string, unknown>;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * The atlas's share rule: women / (women + men) when both are published, otherwise
 * women / total. Suppressed counts are never treated as numbers.
 */
export function computeWomenShare(
  women: number | null,
  men: number | null,
  total: number | null,
): { share: number | null; basis: ShareBasis | null } {
  if (women === null) return { share: null, basis: null };
  if (men !== null && women + men > 0)
    return { share: (100 * women) / (women + men), basis: 'women_plus_men' };
  if (men === null && total !== null && total > 0)
    return { share: (100 * women) / total, basis: 'total' };
  return { share: null, basis: null };
}

export function toStateShareRows(raw: RawRow[]): StateShareRow[] {
  return raw.map((r) => {
    const women = num(r.women);
    const men = num(r.men);
    const total = num(r.total);
    const womenSuppressed = Boolean(r.women_suppressed);
    const { share, basis } = computeWomenShare(women, men, total);
    const womenId = str(r.women_obs_id);
    const menId = str(r.men_obs_id);
    const totalId = str(r.total_obs_id);
    let status: StateShareStatus;
    let obsIds: string[];
    if (share !== null) {
      status = 'share';
      obsIds = [womenId, basis === 'women_plus_men' ? menId : totalId].filter(
        (x): x is string => x !== null,
      );
    } else if (womenSuppressed) {
      status = 'suppressed';
      obsIds = [womenId].filter((x): x is string => x !== null);
    } else if (women !== null) {
      status = 'zero_persons';
      obsIds = [womenId, menId, totalId].filter((x): x is string => x !== null);
    } else if (total !== null || Boolean(r.total_suppressed)) {
      status = 'total_only';
      obsIds = [totalId].filter((x): x is string => x !== null);
    } else {
      status = 'no_data';
      obsIds = [];
    }
    return {
      iso3: String(r.iso3),
      nameEn: String(r.name_en),
      nameFr: String(r.name_fr),
      subregion: String(r.subregion),
      inStudy: Boolean(r.in_2023_study),
      women,
      men,
      total,
      womenSuppressed,
      menSuppressed: Boolean(r.men_suppressed),
      totalSuppressed: Boolean(r.total_suppressed),
      share,
      shareBasis: basis,
      status,
      obsIds,
    };
  });
}
