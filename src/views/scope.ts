import { translator, STAGE_PHRASE } from '../lib/i18n';
import { localName } from '../lib/i18n/names';
import { SUBREGION, labelOf } from '../lib/vocabulary/codes';
import type { SourceRow, StateShareRow } from '../lib/model/rows';
import { groupShares, type GroupShare } from '../lib/method/shares';
import type { ViewContext } from './view-spec';

/** The market whose per-State counts the State views draw when no market is chosen. */
export const DEFAULT_COUNT_MARKET = 'human_trafficking';

/** "2019", or "latest year per State in 2017–2021". */
export function periodText(ctx: ViewContext): string {
  const { yearFrom, yearTo } = ctx.filters;
  return yearFrom === yearTo
    ? String(yearFrom)
    : translator(ctx.lang)('periodLatest', { from: yearFrom, to: yearTo });
}

export function stagePhrase(ctx: ViewContext): string {
  return STAGE_PHRASE[ctx.lang][ctx.filters.stage] ?? ctx.filters.stage;
}

/** The name of the chosen region (a subregion or a listed region), or the whole OSCE area. */
export function regionName(ctx: ViewContext): string {
  const { region } = ctx.filters;
  if (region === null) return translator(ctx.lang)('scopeAll');
  const subregion = labelOf(SUBREGION, region, ctx.lang);
  if (subregion !== region) return subregion;
  const row = ctx.regions.find((r) => r.code === region);
  return row ? localName(row, ctx.lang) : region;
}

/** A State's name in the view's language (the code itself if the State is unknown). */
export function stateName(ctx: ViewContext, iso3: string): string {
  const row = ctx.countries.find((c) => c.iso3 === iso3);
  return row ? localName(row, ctx.lang) : iso3;
}

/** The source whose counts by sex the State views draw. */
export function countSource(ctx: ViewContext): SourceRow | undefined {
  return ctx.sources.find((s) => s.sourceId === ctx.countSourceId) ?? ctx.sources[0];
}

export function marketHasCounts(ctx: ViewContext): boolean {
  return ctx.filters.market === null || ctx.filters.market === DEFAULT_COUNT_MARKET;
}

/** Group shares by UN M49 subregion (Kosovo is not pooled: it is not a participating State). */
export function subregionGroups(rows: StateShareRow[]): GroupShare[] {
  const order = Object.keys(SUBREGION);
  const present = order.filter((code) =>
    rows.some((r) => r.subregion === code && r.iso3 !== 'XKX'),
  );
  return groupShares(
    rows
      .filter((r) => present.includes(r.subregion))
      .map((r) => ({
        iso3: r.iso3,
        group: r.subregion,
        women: r.women,
        denominator: r.shareBasis === 'women_plus_men' ? (r.women ?? 0) + (r.men ?? 0) : r.total,
        share: r.share,
        basis: r.shareBasis,
        womenSuppressed: r.womenSuppressed,
        year: r.year,
        obsIds: r.obsIds,
      })),
  ).sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}
