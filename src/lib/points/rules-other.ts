import { translator, type MessageKey } from '../i18n';
import { localName } from '../i18n/names';
import { clearlyExtreme } from '../method/interval';
import { formatPublishedValue } from '../method/figure-values';
import { groupShares } from '../method/shares';
import { periodOf, shareFigures as publishedShares, type ShareFigure } from '../method/published';
import { stagesWithCounts } from '../method/offences';
import type { Lang } from '../model/filters';
import type { PublishedFigure, StateShareRow } from '../model/rows';
import { HIERARCHY, MARKET, ORG_TYPE, ROLE, STAGE, SUBREGION, labelOf } from '../vocabulary/codes';
import { compose, joinSentences } from './compose';
import type { PointsInput, RowTexts, TalkingPoint } from './types';
import {
  countFigure,
  inSentence,
  offencePhrase,
  separated,
  shareFigures,
  sourceRank,
  stageGroup,
  yearFigure,
} from './words';

const DEFAULT_MARKET = 'human_trafficking';

function rankOf(input: PointsInput, sourceId: string): number {
  return sourceRank(input.sources.find((s) => s.sourceId === sourceId)?.kind);
}

const asShare = (r: StateShareRow) =>
  r.share !== null && r.women !== null && r.denominator !== null
    ? { share: r.share, women: r.women, denominator: r.denominator, interval: r.interval }
    : null;

/**
 * Comparison: a State against its region (pooled counts of the region's States, as the Regions
 * view pools them), or the State of a region with the highest or lowest share. "Higher",
 * "lower", "highest" and "lowest" only when the 95% intervals are separated; a small count is
 * never singled out.
 */
export function comparisonPoints(input: PointsInput, lang: Lang): TalkingPoint[] {
  const market = input.scope.market ?? DEFAULT_MARKET;
  const stage = input.scope.stage ?? 'convicted';
  const base = {
    offence: offencePhrase(market, lang),
    group: stageGroup(stage, lang),
    from: input.scope.yearFrom,
    to: input.scope.yearTo,
  };
  const rows = input.stateRows.filter((r) => r.iso3 !== 'XKX');
  const source = input.countSourceOf(market);
  const out: TalkingPoint[] = [];
  if (input.scope.kind === 'state') {
    const row = rows.find((r) => r.iso3 === input.scope.iso3);
    const own = row && asShare(row);
    if (!row || !own || !row.interval) return [];
    const [pool] = groupShares(
      rows
        .filter((r) => r.subregion === row.subregion)
        .map((r) => ({ ...r, group: r.subregion, basis: r.shareBasis })),
    );
    if (!pool?.pooledInterval || pool.pooledShare === null || pool.statesPooled < 2) return [];
    const a = shareFigures(own, lang, row.obsIds);
    const b = shareFigures(
      {
        share: pool.pooledShare,
        women: pool.pooledWomen,
        denominator: pool.pooledDenominator,
        interval: pool.pooledInterval,
      },
      lang,
      pool.obsIds,
      'region',
    );
    if (!a || !b || row.year === null) return [];
    const direction = separated(row.interval, pool.pooledInterval);
    const key: MessageKey =
      direction > 0
        ? 'pointCompareHigher'
        : direction < 0
          ? 'pointCompareLower'
          : 'pointCompareOverlap';
    const sentence = compose(
      lang,
      key,
      {
        ...base,
        area: input.scope.name,
        region: labelOf(SUBREGION, row.subregion, lang),
        count: pool.statesPooled,
        ...a.params,
        ...b.params,
      },
      { ...a.figures, ...b.figures, year: yearFigure(row.year, row.obsIds) },
    );
    const small = row.smallCount;
    out.push({
      id: `compare.${market}.${stage}`,
      kind: 'comparison',
      segments: small ? joinSentences(sentence, compose(lang, 'pointSmallCount', {})) : sentence,
      sourceIds: [source],
      strength: { sourceRank: rankOf(input, source), persons: own.denominator, small },
    });
    return out;
  }
  const candidates = rows.filter((r) => asShare(r) && r.interval);
  for (const direction of ['highest', 'lowest'] as const) {
    const extreme = clearlyExtreme(candidates, (r) => r.interval, direction);
    const share = extreme && asShare(extreme);
    if (!extreme || !share || extreme.smallCount || extreme.year === null) continue;
    const f = shareFigures(share, lang, extreme.obsIds);
    if (!f) continue;
    out.push({
      id: `${direction}.${market}.${stage}`,
      kind: 'comparison',
      segments: compose(
        lang,
        direction === 'highest' ? 'pointHighest' : 'pointLowest',
        {
          ...base,
          area: input.scope.name,
          state: input.names.get(extreme.iso3) ?? extreme.iso3,
          others: candidates.length - 1,
          ...f.params,
        },
        { ...f.figures, year: yearFigure(extreme.year, extreme.obsIds) },
      ),
      sourceIds: [source],
      strength: { sourceRank: rankOf(input, source), persons: share.denominator, small: false },
    });
  }
  return out;
}

function positionText(f: ShareFigure, lang: Lang): string {
  const { kind, code } = f.position;
  const label =
    kind === 'org_type'
      ? labelOf(ORG_TYPE, code, lang)
      : kind === 'role'
        ? labelOf(ROLE, code, lang)
        : kind === 'hierarchy'
          ? labelOf(HIERARCHY, code, lang)
          : labelOf(STAGE, f.stage, lang);
  return inSentence(label, lang);
}

function marketText(market: string, lang: Lang): string {
  return market === 'all' || !(MARKET.codes as readonly string[]).includes(market)
    ? translator(lang)('pointAllMarkets')
    : inSentence(offencePhrase(market, lang), lang);
}

/**
 * A published figure: a share as its source states it (a bound keeps the source's qualifier,
 * "up to", "less than"; a range stays a range), or a share the atlas computes from the source's
 * counts, with its counts and 95% interval. Area, period, stage and market as the source gives them.
 */
export function publishedPoints(
  input: PointsInput,
  lang: Lang,
  texts: RowTexts = {},
): TalkingPoint[] {
  const byObs = new Map<string, PublishedFigure>(input.published.map((f) => [f.obsId, f]));
  // About a State, only its own figures: a wider area's figure is not the State's.
  const figures = publishedShares(input.published).filter(
    (f) =>
      f.sex === 'female' &&
      f.measure === 'share' &&
      !f.context &&
      (input.scope.kind !== 'state' || f.area === input.scope.iso3),
  );
  const out: TalkingPoint[] = [];
  const said = new Set<string>();
  for (const f of figures) {
    const row = byObs.get(f.obsIds[0] ?? '');
    const sourceId = f.sourceIds[0] ?? '';
    const source = input.sources.find((s) => s.sourceId === sourceId);
    if (!row || !source) continue;
    const period = texts.periodNote?.(row) ?? periodOf(row, lang);
    // One figure per area, market, stage, position and period as the sentence states them.
    const saidKey = [f.area, f.market, f.stage, f.position.code, period].join('|');
    if (said.has(saidKey)) continue;
    said.add(saidKey);
    const group = texts.group?.(row) ?? null;
    const position = group
      ? translator(lang)('pointPositionGroup', { position: positionText(f, lang), group })
      : positionText(f, lang);
    const params = {
      area: localName(f.areaNames, lang),
      market: marketText(f.market, lang),
      position,
    };
    // The publisher's name is the source's own: marked as such, never translated.
    const publisher = { text: source.publisher, source: 'publisher' } as const;
    const periodFigure = { text: period, obsIds: f.obsIds };
    let segments;
    if (f.computed && f.counts && f.interval && f.value !== null) {
      const s = shareFigures(
        {
          share: f.value,
          women: f.counts.women,
          denominator: f.counts.total,
          interval: f.interval,
        },
        lang,
        f.obsIds,
      );
      if (!s) continue;
      segments = compose(
        lang,
        'pointPublishedComputed',
        { ...params, ...s.params },
        { ...s.figures, period: periodFigure, publisher },
      );
      if (f.smallCount) segments = joinSentences(segments, compose(lang, 'pointSmallCount', {}));
    } else {
      const value = formatPublishedValue(
        {
          measure: 'share',
          value: f.value,
          valueLow: f.low,
          valueHigh: f.high,
          qualifier: f.qualifier,
        },
        lang,
      );
      if (!value) continue;
      segments = compose(lang, 'pointPublishedShare', params, {
        value: { text: value, obsIds: f.obsIds },
        period: periodFigure,
        publisher,
      });
    }
    out.push({
      id: `published.${f.key}`,
      kind: 'published',
      segments,
      sourceIds: [sourceId],
      strength: {
        sourceRank: sourceRank(f.sourceKind),
        persons: f.counts?.total ?? 0,
        small: f.smallCount,
      },
    });
  }
  return out;
}

/**
 * Data gaps: for a State, each offence and stage at which no number of women is published in the
 * period (suppressed counts and totals without sex are said so); for a group, how many of its
 * States publish a number of women at each stage.
 */
export function dataGapPoints(input: PointsInput, lang: Lang): TalkingPoint[] {
  const { yearFrom: from, yearTo: to } = input.scope;
  const cells = input.coverage.filter((c) => c.year >= from && c.year <= to);
  const markets = input.scope.market
    ? [input.scope.market]
    : [...new Set(cells.map((c) => c.market))];
  const out: TalkingPoint[] = [];
  for (const market of markets) {
    const source = input.countSourceOf(market);
    for (const stage of stagesWithCounts(market)) {
      const atStage = cells.filter((c) => c.market === market && c.stage === stage);
      if (atStage.length === 0) continue;
      const base = {
        offence: offencePhrase(market, lang),
        group: stageGroup(stage, lang),
        from,
        to,
      };
      const strength = { sourceRank: rankOf(input, source), persons: 0, small: false };
      const id = `gap.${market}.${stage}`;
      if (input.scope.kind === 'state') {
        if (atStage.some((c) => c.status === 'published')) continue;
        const key: MessageKey = atStage.some((c) => c.status === 'suppressed')
          ? 'pointGapSuppressed'
          : atStage.some((c) => c.status === 'total_only')
            ? 'pointGapTotalOnly'
            : 'pointGapNone';
        const segments = compose(lang, key, { ...base, area: input.scope.name });
        out.push({ id, kind: 'data_gap', segments, sourceIds: [source], strength });
        continue;
      }
      const states = [...new Set(atStage.map((c) => c.iso3))];
      const publishing = states.filter((iso3) =>
        atStage.some((c) => c.iso3 === iso3 && c.status === 'published'),
      );
      if (publishing.length === states.length) continue;
      const obsIds = atStage.filter((c) => c.status === 'published').flatMap((c) => c.obsIds);
      out.push({
        id,
        kind: 'data_gap',
        segments: compose(
          lang,
          'pointGapGroup',
          { ...base, area: input.scope.name, publishing: publishing.length, count: states.length },
          { publishing: countFigure(publishing.length, lang, obsIds) },
        ),
        sourceIds: [source],
        strength,
      });
    }
  }
  return out;
}
