import type { Lang } from '../model/filters';
import { comparisonPoints, dataGapPoints, publishedPoints } from './rules-other';
import { pipelinePoints, stageSharePoints, trendPoints } from './rules-counts';
import { rowTexts } from './row-texts';
import {
  POINT_KINDS,
  type PointKind,
  type PointsInput,
  type RowTexts,
  type TalkingPoint,
} from './types';

/** At most this many points are offered; a delegate reads 3 to 8 sentences. */
export const MAX_POINTS = 8;

/** How many points of each kind at most, so that one kind does not crowd out the others. */
const PER_KIND: Record<PointKind, number> = {
  stage_share: 3,
  trend: 2,
  pipeline: 1,
  comparison: 2,
  published: 3,
  data_gap: 2,
};

/**
 * Strongest evidence first: official statistics before secondary reports, shares on larger
 * counts before small ones; data gaps after the figures.
 */
export function byStrength(a: TalkingPoint, b: TalkingPoint): number {
  const gap = Number(a.kind === 'data_gap') - Number(b.kind === 'data_gap');
  return (
    gap ||
    a.strength.sourceRank - b.strength.sourceRank ||
    Number(a.strength.small) - Number(b.strength.small) ||
    b.strength.persons - a.strength.persons ||
    POINT_KINDS.indexOf(a.kind) - POINT_KINDS.indexOf(b.kind) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Every talking point the rows of a selection support, strongest first, at most eight; the
 * atlas's words about the rows (period notes, the group counted) in the reader's language.
 */
export function talkingPoints(
  input: PointsInput,
  lang: Lang,
  texts: RowTexts = rowTexts(lang, input.sources),
): TalkingPoint[] {
  const all = [
    ...stageSharePoints(input, lang),
    ...trendPoints(input, lang),
    ...pipelinePoints(input, lang),
    ...comparisonPoints(input, lang),
    ...publishedPoints(input, lang, texts),
    ...dataGapPoints(input, lang),
  ].sort(byStrength);
  const taken = new Map<PointKind, number>();
  const out: TalkingPoint[] = [];
  for (const p of all) {
    const n = taken.get(p.kind) ?? 0;
    if (n >= PER_KIND[p.kind] || out.length >= MAX_POINTS) continue;
    taken.set(p.kind, n + 1);
    out.push(p);
  }
  return out;
}

/**
 * The user's choice: the points named in the address, in its order (unknown names ignored), or
 * all of them when the address names none. `rest` are the points left unticked, in rank order.
 */
export function choosePoints(
  points: readonly TalkingPoint[],
  chosen: readonly string[] | null,
): { chosen: TalkingPoint[]; rest: TalkingPoint[] } {
  if (chosen === null) return { chosen: [...points], rest: [] };
  const picked = chosen
    .map((id) => points.find((p) => p.id === id))
    .filter((p): p is TalkingPoint => p !== undefined);
  return { chosen: picked, rest: points.filter((p) => !picked.includes(p)) };
}
