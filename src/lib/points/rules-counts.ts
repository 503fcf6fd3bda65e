import type { Lang } from '../model/filters';
import type { MessageKey } from '../i18n';
import { pipelineModel, type PipelineModel, type PipelinePoint } from '../method/pipeline';
import { OFFENDER_STAGES } from '../model/filters';
import { compose, joinList, joinSentences } from './compose';
import type { PointsInput, Segment, TalkingPoint } from './types';
import {
  offencePhrase,
  separated,
  shareFigures,
  sourceRank,
  stageGroup,
  yearFigure,
} from './words';
import { translator } from '../i18n';

const isOffenderStage = (series: string) => (OFFENDER_STAGES as readonly string[]).includes(series);

export function periodYears(input: PointsInput): number[] {
  const { yearFrom, yearTo } = input.scope;
  return Array.from({ length: yearTo - yearFrom + 1 }, (_, i) => yearFrom + i);
}

/** The offence-stage series of the selection, for one State or pooled over a stable set of States. */
export function countModel(input: PointsInput): PipelineModel {
  const years = periodYears(input);
  const rows = input.shares.filter(
    (r) =>
      years.includes(r.year) &&
      (input.scope.market === null || r.market === input.scope.market) &&
      isOffenderStage(r.series),
  );
  return pipelineModel(rows, input.scope.kind === 'state' ? input.scope.iso3 : null, years);
}

/** Who a pooled figure is about: a State, up to three States by name, or a region and how many. */
function areaOf(input: PointsInput, model: PipelineModel, key: string, lang: Lang): string {
  if (model.scope === 'state') return input.scope.name;
  const states = model.series.find((s) => s.key === key)?.panel?.states ?? [];
  const t = translator(lang);
  if (states.length < 4)
    return t('pointAreaNamed', {
      scope: input.scope.name,
      names: states.map((s) => input.names.get(s) ?? s).join(', '),
    });
  return t('pointAreaPooled', { scope: input.scope.name, count: states.length });
}

function point(
  id: string,
  kind: TalkingPoint['kind'],
  segments: Segment[],
  sourceId: string,
  input: PointsInput,
  persons: number,
  small: boolean,
): TalkingPoint {
  const kindOf = input.sources.find((s) => s.sourceId === sourceId)?.kind;
  return {
    id,
    kind,
    segments,
    sourceIds: [sourceId],
    strength: { sourceRank: sourceRank(kindOf), persons, small },
  };
}

const smallFlag = (lang: Lang) => compose(lang, 'pointSmallCount', {});
const someSmallFlag = (lang: Lang) => compose(lang, 'pointSmallCountSome', {});

/**
 * Share at a stage: the latest year of each offence and stage, with its counts and 95% interval
 * ("109 of the 154 persons convicted…, 70.8% (95% interval 63–78%)"); a small count is flagged;
 * a suppressed count of women is said to be suppressed, never given as a number.
 */
export function stageSharePoints(input: PointsInput, lang: Lang): TalkingPoint[] {
  const model = countModel(input);
  const out: TalkingPoint[] = [];
  for (const series of model.series) {
    const latest = model.points.filter((p) => p.key === series.key).at(-1);
    const suppressed =
      model.scope === 'state'
        ? input.shares
            .filter(
              (r) =>
                r.market === series.market &&
                r.series === series.series &&
                r.womenSuppressed &&
                r.year >= input.scope.yearFrom &&
                r.year <= input.scope.yearTo &&
                (latest === undefined || r.year > latest.year),
            )
            .sort((a, b) => b.year - a.year)[0]
        : undefined;
    const source = input.countSourceOf(series.market);
    const base = { area: areaOf(input, model, series.key, lang) };
    const offence = offencePhrase(series.market, lang);
    const id = `share.${series.market}.${series.series}`;
    if (suppressed) {
      const segments = compose(
        lang,
        `pointSuppressed_${series.series}` as MessageKey,
        { ...base, offence },
        { year: yearFigure(suppressed.year, suppressed.obsIds) },
      );
      out.push(point(id, 'stage_share', segments, source, input, 0, true));
      continue;
    }
    if (!latest) continue;
    const figures = shareFigures(latest, lang, latest.obsIds);
    if (!figures) continue;
    const sentence = compose(
      lang,
      `pointShare_${series.series}` as MessageKey,
      { ...base, offence, ...figures.params },
      { ...figures.figures, year: yearFigure(latest.year, latest.obsIds) },
    );
    const segments = latest.smallCount ? joinSentences(sentence, smallFlag(lang)) : sentence;
    out.push(
      point(id, 'stage_share', segments, source, input, latest.denominator, latest.smallCount),
    );
  }
  return out;
}

/**
 * Change over time: the first and the last year of one unbroken series (for a group, a set of
 * States that is the same in every year). "Rose" or "fell" only when the two intervals do not
 * overlap; otherwise the sentence says the difference may be chance.
 */
export function trendPoints(input: PointsInput, lang: Lang): TalkingPoint[] {
  const model = countModel(input);
  const out: TalkingPoint[] = [];
  for (const series of model.series) {
    const run = series.runs.at(-1) ?? [];
    const inRun = model.points.filter((p) => p.key === series.key && run.includes(p.year));
    const first = inRun[0];
    const last = inRun.at(-1);
    if (!first || !last || first.year === last.year) continue;
    const a = shareFigures(first, lang, first.obsIds, 'from');
    const b = shareFigures(last, lang, last.obsIds, 'to');
    if (!a || !b) continue;
    const direction = separated(last.interval, first.interval);
    const key: MessageKey =
      direction > 0 ? 'pointTrendRose' : direction < 0 ? 'pointTrendFell' : 'pointTrendOverlap';
    const sentence = compose(
      lang,
      key,
      {
        area: areaOf(input, model, series.key, lang),
        offence: offencePhrase(series.market, lang),
        group: stageGroup(series.series, lang),
        ...a.params,
        ...b.params,
      },
      {
        ...a.figures,
        ...b.figures,
        fromYear: yearFigure(first.year, first.obsIds),
        toYear: yearFigure(last.year, last.obsIds),
      },
    );
    const small = first.smallCount || last.smallCount;
    out.push(
      point(
        `trend.${series.market}.${series.series}`,
        'trend',
        small ? joinSentences(sentence, someSmallFlag(lang)) : sentence,
        input.countSourceOf(series.market),
        input,
        Math.min(first.denominator, last.denominator),
        small,
      ),
    );
  }
  return out;
}

/**
 * For a group, the stages pooled over one and the same set of States (the largest such set of
 * stages): a pipeline never sets one State's conviction beside another's prosecution.
 */
function sameStates(model: PipelineModel, points: PipelinePoint[]): PipelinePoint[] {
  if (model.scope === 'state') return points;
  const statesOf = (p: PipelinePoint) =>
    (model.series.find((s) => s.key === p.key)?.panel?.states ?? []).join(' ');
  const groups = new Map<string, PipelinePoint[]>();
  for (const p of points) groups.set(statesOf(p), [...(groups.get(statesOf(p)) ?? []), p]);
  return [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

/** The justice pipeline: one year, women's share at each stage published for it, with counts. */
export function pipelinePoints(input: PointsInput, lang: Lang): TalkingPoint[] {
  const model = countModel(input);
  const out: TalkingPoint[] = [];
  const markets = [...new Set(model.series.map((s) => s.market))];
  for (const market of markets) {
    const points = model.points.filter((p) => p.market === market);
    const years = [...new Set(points.map((p) => p.year))].sort((x, y) => y - x);
    const year = years.find((y) => points.filter((p) => p.year === y).length >= 2);
    if (year === undefined) continue;
    const atYear = sameStates(
      model,
      OFFENDER_STAGES.map((stage) =>
        points.find((p) => p.year === year && p.series === stage),
      ).filter((p): p is PipelinePoint => p !== undefined && p.interval !== null),
    );
    if (atYear.length < 2) continue;
    const items = atYear.map((p) => {
      const f = shareFigures(p, lang, p.obsIds);
      return f
        ? compose(
            lang,
            'pointPipelineItem',
            { group: stageGroup(p.series, lang), ...f.params },
            f.figures,
          )
        : [];
    });
    const list = joinList(items, translator(lang)('listSeparator'));
    const obsIds = atYear.flatMap((p) => p.obsIds);
    const segments = compose(
      lang,
      'pointPipeline',
      {
        area: areaOf(input, model, atYear[0]?.key ?? '', lang),
        offence: offencePhrase(market, lang),
      },
      { year: yearFigure(year, obsIds), list },
    );
    const small = atYear.some((p) => p.smallCount);
    out.push(
      point(
        `pipeline.${market}`,
        'pipeline',
        small ? joinSentences(segments, someSmallFlag(lang)) : segments,
        input.countSourceOf(market),
        input,
        Math.min(...atYear.map((p) => p.denominator)),
        small,
      ),
    );
  }
  return out;
}
