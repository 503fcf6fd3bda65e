import type { PublishedFigure } from '../model/rows';
import { HIERARCHY, ROLE } from '../vocabulary/codes';
import { ORG_TYPE } from '../vocabulary/contract';

/** A published (or computed) women's share of a group of persons, as it can be drawn. */
export interface WomenShareFigure {
  key: string;
  area: string;
  areaNameEn: string;
  areaNameFr: string;
  position: { kind: 'org_type' | 'role' | 'hierarchy' | 'all'; code: string };
  stage: string;
  market: string;
  period: string;
  qualifier: string;
  value: number | null;
  low: number | null;
  high: number | null;
  computed: boolean;
  /** For a computed share: the counts behind it. */
  counts: { women: number; total: number } | null;
  sourceIds: string[];
  sourceKind: string;
  obsIds: string[];
  note: string | null;
}

export function periodOf(
  f: Pick<PublishedFigure, 'periodStart' | 'periodEnd' | 'periodNote'>,
): string {
  if (f.periodStart === null) return f.periodNote ?? '';
  return f.periodStart === f.periodEnd ? String(f.periodStart) : `${f.periodStart}–${f.periodEnd}`;
}

function positionOf(f: PublishedFigure): WomenShareFigure['position'] {
  if (f.orgType !== 'all') return { kind: 'org_type', code: f.orgType };
  if (f.role !== 'all') return { kind: 'role', code: f.role };
  if (f.hierarchy !== 'all') return { kind: 'hierarchy', code: f.hierarchy };
  return { kind: 'all', code: 'all' };
}

/** A share of women among a group, not a share of women who did something. */
function isWomenShareOfGroup(f: PublishedFigure): boolean {
  return (
    f.population === 'offenders' &&
    f.sex === 'female' &&
    f.measure === 'share' &&
    !(f.denominator ?? '').toLowerCase().startsWith('women')
  );
}

/**
 * Every published women's share of offenders, plus shares the atlas computes from a
 * published count of women and a published total of the same source, area, period,
 * stage and group (labelled computed, with the counts).
 */
export function womenShareFigures(figures: PublishedFigure[]): WomenShareFigure[] {
  const out: WomenShareFigure[] = [];
  for (const f of figures.filter(isWomenShareOfGroup)) {
    out.push({
      key: f.obsId,
      area: f.area,
      areaNameEn: f.areaNameEn,
      areaNameFr: f.areaNameFr,
      position: positionOf(f),
      stage: f.stage,
      market: f.market,
      period: periodOf(f),
      qualifier: f.qualifier,
      value: f.value,
      low: f.valueLow,
      high: f.valueHigh,
      computed: false,
      counts: null,
      sourceIds: [f.sourceId],
      sourceKind: f.sourceKind,
      obsIds: [f.obsId],
      note: f.note,
    });
  }
  const counts = figures.filter(
    (f) =>
      f.population === 'offenders' &&
      f.measure === 'count' &&
      (f.qualifier === 'exact' || f.qualifier === 'approx'),
  );
  const sameGroup = (a: PublishedFigure, b: PublishedFigure) =>
    a.sourceId === b.sourceId &&
    a.area === b.area &&
    a.periodStart === b.periodStart &&
    a.periodEnd === b.periodEnd &&
    a.periodNote === b.periodNote &&
    a.stage === b.stage &&
    a.market === b.market &&
    a.orgType === b.orgType &&
    a.role === b.role &&
    a.hierarchy === b.hierarchy;
  for (const women of counts.filter((f) => f.sex === 'female')) {
    const total = counts.find((f) => f.sex === 'total' && sameGroup(f, women));
    if (!total || women.value === null || total.value === null || total.value <= 0) continue;
    const alreadyPublished = out.some(
      (o) =>
        !o.computed &&
        o.sourceIds[0] === women.sourceId &&
        o.area === women.area &&
        o.period === periodOf(women) &&
        o.position.code === positionOf(women).code,
    );
    if (alreadyPublished) continue;
    const approximate = women.qualifier === 'approx' || total.qualifier === 'approx';
    out.push({
      key: `${women.obsId}+${total.obsId}`,
      area: women.area,
      areaNameEn: women.areaNameEn,
      areaNameFr: women.areaNameFr,
      position: positionOf(women),
      stage: women.stage,
      market: women.market,
      period: periodOf(women),
      qualifier: approximate ? 'approx' : 'exact',
      value: (100 * women.value) / total.value,
      low: null,
      high: null,
      computed: true,
      counts: { women: women.value, total: total.value },
      sourceIds: [women.sourceId],
      sourceKind: women.sourceKind,
      obsIds: [women.obsId, total.obsId],
      note: women.note,
    });
  }
  return out.sort(
    (a, b) =>
      a.position.kind.localeCompare(b.position.kind) ||
      a.position.code.localeCompare(b.position.code) ||
      a.key.localeCompare(b.key),
  );
}

/** Levels and roles for which nothing at all is published: a finding, not an absence. */
export function unpublishedPositions(figures: WomenShareFigure[]): {
  hierarchy: string[];
  roles: string[];
} {
  const present = new Set(figures.map((f) => `${f.position.kind}:${f.position.code}`));
  return {
    hierarchy: Object.keys(HIERARCHY).filter((c) => c !== 'all' && !present.has(`hierarchy:${c}`)),
    roles: Object.keys(ROLE).filter((c) => c !== 'all' && !present.has(`role:${c}`)),
  };
}

export function positionLabel(position: WomenShareFigure['position'], lang: 'en' | 'fr'): string {
  const vocabulary =
    position.kind === 'org_type' ? ORG_TYPE : position.kind === 'role' ? ROLE : HIERARCHY;
  if (position.kind === 'all') return lang === 'fr' ? 'Toutes les personnes' : 'All persons';
  return (
    (vocabulary as Record<string, { en: string; fr: string }>)[position.code]?.[lang] ??
    position.code
  );
}
