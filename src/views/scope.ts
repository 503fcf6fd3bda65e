import { translator, stagePhrase as phraseOf } from '../lib/i18n';
import { localName } from '../lib/i18n/names';
import { MARKET, SUBREGION, labelOf } from '../lib/vocabulary/codes';
import type { SourceRow, StateShareRow } from '../lib/model/rows';
import { groupShares, type GroupShare } from '../lib/method/shares';
import { effectiveStage, hasCounts, isDrugTrafficking } from '../lib/method/offences';
import { countSourceFor } from '../lib/model/sources';
import type { QueryFilters } from '../lib/model/filters';
import { womenShareByStateQuery } from '../lib/data/queries/states-share';
import { stageYearCountsQuery } from '../lib/data/queries/stage-years';
import type { SqlQuery } from '../lib/data/sql';
import { sourceLine, sourcesLine } from '../lib/charts/source-line';
import type { CountFigureText } from '../lib/charts/count-figure';
import type { QueryContext, ViewContext } from './view-spec';

/** The market whose per-State counts the State views draw when no market is chosen. */
export const DEFAULT_COUNT_MARKET = 'human_trafficking';

/** What the State views (States, map, Regions, Pipeline, Comparison) count. */
export interface CountScope {
  /** The chosen market, or trafficking in persons when none is chosen. */
  market: string;
  /** The stage drawn: the chosen one where the market is published at it, else its only stage. */
  stage: string;
  /** The source of the counts by sex: the bundled one for the market, or a user's own. */
  sourceId: string;
  /** Whether the market has per-State counts by sex at all (if not, the count views are empty). */
  counted: boolean;
}

/**
 * The one rule of the count views: no market means trafficking in persons, drug offences are
 * counted at formal contact only, and the source follows the market (or a user's own counts).
 */
export function countScope(
  filters: Pick<QueryFilters, 'market' | 'stage'>,
  data: QueryContext,
): CountScope {
  const market = filters.market ?? DEFAULT_COUNT_MARKET;
  return {
    market,
    stage: effectiveStage(market, filters.stage),
    sourceId: countSourceFor(market, data.countSourceOverride),
    counted: hasCounts(market),
  };
}

/**
 * The last year with a share for the market and source the count views draw, when it is later
 * than the period shown (the default period ends in 2021; drug offences run to 2022): the page
 * says so rather than hiding those years.
 */
export function laterYear(
  filters: Pick<QueryFilters, 'market' | 'stage' | 'yearTo'>,
  data: QueryContext,
  years: readonly { sourceId: string; market: string; lastYear: number }[],
): number | null {
  const { market, sourceId, counted } = countScope(filters, data);
  if (!counted) return null;
  const last = years.find((y) => y.market === market && y.sourceId === sourceId)?.lastYear;
  return last !== undefined && last > filters.yearTo ? last : null;
}

/** The count scope of a view's context. */
export function contextScope(ctx: ViewContext): CountScope {
  return countScope(ctx.filters, ctx);
}

/**
 * The query behind the States view, the map and the Regions view: one text, so the engine
 * answers it once.
 */
export function stateSharesQueries(f: QueryFilters, data: QueryContext): { shares: SqlQuery } {
  const scope = countScope(f, data);
  return {
    shares: womenShareByStateQuery({
      sourceId: scope.sourceId,
      market: scope.market,
      stage: scope.stage,
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
      region: f.region,
      sourceKind: f.sourceKind,
    }),
  };
}

/**
 * The query behind the Pipeline and Comparison views: counts by stage and year for the chosen
 * States (the Pipeline view draws the first alone, or the whole region when none is chosen).
 */
export function stageYearQueries(
  f: QueryFilters,
  data: QueryContext,
  states: string[],
): { stageYears: SqlQuery } {
  const scope = countScope(f, data);
  return {
    stageYears: stageYearCountsQuery({
      sourceIds: [scope.sourceId],
      markets: [scope.market],
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
      region: f.region,
      sourceKind: f.sourceKind,
      states,
    }),
  };
}

/** "2019", or "latest year per State in 2017–2021". */
export function periodText(ctx: ViewContext): string {
  const { yearFrom, yearTo } = ctx.filters;
  return yearFrom === yearTo
    ? String(yearFrom)
    : translator(ctx.lang)('periodLatest', { from: yearFrom, to: yearTo });
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

/** How many States (and Kosovo) the chosen region holds. */
export function regionSize(ctx: ViewContext): number {
  const { region } = ctx.filters;
  if (region === null) return ctx.countries.filter((c) => c.iso3 !== 'XKX').length;
  const row = ctx.regions.find((r) => r.code === region);
  if (row) return row.members.filter((m) => m !== 'XKX').length;
  return ctx.countries.filter((c) => c.subregion === region && c.iso3 !== 'XKX').length;
}

/** A State's name in the view's language (the code itself if the State is unknown). */
export function stateName(ctx: ViewContext, iso3: string): string {
  const row = ctx.countries.find((c) => c.iso3 === iso3);
  return row ? localName(row, ctx.lang) : iso3;
}

export function stateNames(ctx: ViewContext): Map<string, string> {
  return new Map(ctx.countries.map((c) => [c.iso3, localName(c, ctx.lang)]));
}

/** The source whose counts by sex a count figure draws. */
export function countSource(ctx: ViewContext): SourceRow | undefined {
  const id = contextScope(ctx).sourceId;
  return ctx.sources.find((s) => s.sourceId === id);
}

/** The offence in a figure's title: "trafficking in persons", "drug-trafficking offences (cannabis)". */
export function offencePhrase(market: string, lang: ViewContext['lang']): string {
  return hasCounts(market)
    ? translator(lang)(`offence_${market}` as 'offence_human_trafficking')
    : labelOf(MARKET, market, lang);
}

/** Everything a count figure prints about what it shows: offence, stage, period, scope, source. */
export function countText(ctx: ViewContext): CountFigureText {
  const t = translator(ctx.lang);
  const { market, stage } = contextScope(ctx);
  const source = countSource(ctx);
  const period = periodText(ctx);
  const stageNote =
    stage !== ctx.filters.stage ? t('noteOnlyStage', { stage: phraseOf(stage, ctx.lang) }) : '';
  return {
    title: t('chartTitle', {
      stage: phraseOf(stage, ctx.lang),
      offence: offencePhrase(market, ctx.lang),
      period,
    }),
    subtitle: [t('chartSubtitle'), stageNote].filter(Boolean).join(' '),
    offenceNote: isDrugTrafficking(market) ? t('noteDrugOffences') : null,
    sourceLine: source ? sourceLine(source, ctx.lang) : sourcesLine([], ctx.sources, ctx.lang),
    scopeName: regionName(ctx),
    scopeSize: regionSize(ctx),
    whole: ctx.filters.region === null,
  };
}

/** Group shares by UN M49 subregion (Kosovo is not pooled: it is not a participating State). */
export function subregionGroups(rows: StateShareRow[]): GroupShare[] {
  const order = SUBREGION.codes as readonly string[];
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
        denominator: r.denominator,
        share: r.share,
        basis: r.shareBasis,
        womenSuppressed: r.womenSuppressed,
        year: r.year,
        obsIds: r.obsIds,
      })),
  ).sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}
