import type { TableCell } from '../lib/ui/table';
import type { ViewResults } from '../lib/data/atlas-data.svelte';
import type { StateShareRow } from '../lib/data/queries/women-share-by-state';
import type { SourceRow } from '../lib/data/queries/sources';
import type { Filters, Lang } from '../lib/state/url-codec';
import { formatCount, formatPercent, translator } from '../lib/i18n';
import { groupShares, type GroupShare } from '../lib/method/shares';
import { womenShareFigures, positionLabel, type WomenShareFigure } from '../lib/method/published';
import { formatPublishedValue } from '../lib/method/figure-values';
import { SUBREGION, MARKET, STAGE, labelOf } from '../lib/vocabulary/codes';
import { stateName } from '../lib/charts/share-summary';
import type { MarketRow } from '../lib/charts/markets-chart';
import type { PipelinePoint } from '../lib/method/pipeline';
import { seriesLabel } from '../lib/charts/pipeline-chart';
import { figureValueText } from '../lib/charts/hierarchy-chart';

const cell = (text: string, obsIds?: string[]): TableCell =>
  obsIds && obsIds.length ? { text, obsIds } : { text };

export function subregionGroups(rows: StateShareRow[]): GroupShare[] {
  const present = Object.keys(SUBREGION).filter((code) =>
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
  ).sort(
    (a, b) => Object.keys(SUBREGION).indexOf(a.group) - Object.keys(SUBREGION).indexOf(b.group),
  );
}

export function statesTable(rows: StateShareRow[], lang: Lang): TableCell[][] {
  const t = translator(lang);
  return rows.map((r) => [
    cell(stateName(r, lang)),
    cell(r.year === null ? '–' : String(r.year)),
    cell(statusText(r, lang), r.obsIds),
    cell(
      r.women === null ? (r.womenSuppressed ? '<5' : '–') : formatCount(r.women, lang),
      r.obsIds.slice(0, 1),
    ),
    cell(
      r.shareBasis === 'women_plus_men'
        ? formatCount((r.women ?? 0) + (r.men ?? 0), lang)
        : r.total === null
          ? '–'
          : formatCount(r.total, lang),
      r.obsIds.slice(1),
    ),
    cell(
      r.shareBasis
        ? t(r.shareBasis === 'women_plus_men' ? 'basisWomenPlusMen' : 'basisTotal')
        : '–',
    ),
  ]);
}

function statusText(r: StateShareRow, lang: Lang): string {
  const t = translator(lang);
  switch (r.status) {
    case 'share':
      return formatPercent(r.share ?? 0, lang);
    case 'suppressed':
      return t('tooltipSuppressed');
    case 'total_only':
      return t('legendTotalOnly');
    case 'zero_persons':
      return t('tooltipZero');
    default:
      return t('tooltipNoData');
  }
}

export function regionsTable(groups: GroupShare[], lang: Lang): TableCell[][] {
  return groups.map((g) => [
    cell(labelOf(SUBREGION, g.group, lang)),
    cell(
      g.pooledShare === null
        ? '–'
        : `${formatPercent(g.pooledShare, lang)} (${formatCount(g.pooledWomen, lang)} / ${formatCount(g.pooledDenominator, lang)})`,
      g.obsIds,
    ),
    cell(g.medianShare === null ? '–' : formatPercent(g.medianShare, lang), g.obsIds),
    cell(String(g.statesWithShare)),
    cell(String(g.suppressedExcluded)),
  ]);
}

export function pipelineTable(points: PipelinePoint[], lang: Lang): TableCell[][] {
  return points
    .filter((p) => p.share !== null)
    .map((p) => [
      cell(seriesLabel(p.series, lang)),
      cell(String(p.year)),
      cell(formatPercent(p.share ?? 0, lang), p.obsIds),
      cell(formatCount(p.women, lang), p.obsIds),
      cell(formatCount(p.denominator, lang), p.obsIds),
    ]);
}

export function figuresTable(
  figures: WomenShareFigure[],
  sources: SourceRow[],
  lang: Lang,
): TableCell[][] {
  return figures.map((f) => [
    cell(lang === 'fr' ? f.areaNameFr : f.areaNameEn),
    cell(positionLabel(f.position, lang)),
    cell(f.period),
    cell(figureValueText(f, lang), f.obsIds),
    cell(sources.find((s) => s.sourceId === f.sourceIds[0])?.publisher ?? f.sourceIds[0] ?? ''),
  ]);
}

export function marketsTable(rows: MarketRow[], lang: Lang): TableCell[][] {
  return rows.map((r) => [
    cell(labelOf(MARKET, r.market, lang)),
    cell(
      r.figures
        .map(
          (f) =>
            `${lang === 'fr' ? f.areaNameFr : f.areaNameEn}: ${formatPublishedValue({ measure: 'share', value: f.value, valueLow: f.low, valueHigh: f.high, qualifier: f.qualifier }, lang)}`,
        )
        .join('; ') || '–',
      r.figures.flatMap((f) => f.obsIds),
    ),
    cell(r.medianScore === null ? '–' : String(Math.round(r.medianScore * 10) / 10)),
  ]);
}

/** Figures on women by position, narrowed by the level, position and market filters. */
export function filteredFigures(results: ViewResults, filters: Filters): WomenShareFigure[] {
  return womenShareFigures(results.published).filter(
    (f) =>
      (filters.hierarchy === null ||
        (f.position.kind === 'hierarchy' && f.position.code === filters.hierarchy)) &&
      (filters.position === null || f.position.code === filters.position) &&
      (filters.market === null || f.market === filters.market),
  );
}

export function sourcesLine(sourceIds: string[], sources: SourceRow[], lang: Lang): string {
  const used = [...new Set(sourceIds)]
    .map((id) => sources.find((s) => s.sourceId === id))
    .filter((s): s is SourceRow => s !== undefined);
  const label = lang === 'fr' ? 'Sources' : 'Sources';
  const terms =
    lang === 'fr'
      ? 'Conditions de réutilisation : voir le panneau des sources.'
      : 'Reuse terms: see the sources panel.';
  return `${label}${lang === 'fr' ? ' :' : ':'} ${used.map((s) => `${s.publisher} (${s.year ?? 'n.d.'})`).join('; ')}. ${terms}`;
}

export function stageLabel(stage: string, lang: Lang): string {
  return labelOf(STAGE, stage, lang);
}

/** Which observation rows of which source each view shows, for the sources panel. */
export function observationsBySource(input: {
  shares: StateShareRow[];
  unodcIds: string[];
  unodcSourceId: string;
  figures: WomenShareFigure[];
}): Map<string, string[]> {
  const bySource = new Map<string, Set<string>>();
  const add = (sourceId: string | null | undefined, ids: string[]) => {
    if (!sourceId || ids.length === 0) return;
    const set = bySource.get(sourceId) ?? new Set<string>();
    ids.forEach((id) => set.add(id));
    bySource.set(sourceId, set);
  };
  input.shares.forEach((r) => add(r.sourceId, r.obsIds));
  add(input.unodcSourceId, input.unodcIds);
  input.figures.forEach((f) => add(f.sourceIds[0], f.obsIds));
  return new Map([...bySource].map(([k, v]) => [k, [...v].sort()]));
}
