import type { FigureWords, LangTexts, PublishedFigure, ShareInterval } from '../model/rows';
import type { Lang } from '../model/filters';
import type { LocalNames } from '../i18n/names';
import { CONTEXT_MARKETS, HIERARCHY, ORG_TYPE, ROLE, labelOf } from '../vocabulary/codes';
import { translator } from '../i18n';
import { isSmallCount, wilsonInterval } from './interval';

/** A published share (of women, or of men when only that is published), or one the atlas computes. */
export interface ShareFigure {
  key: string;
  area: string;
  areaNames: LocalNames;
  position: { kind: 'org_type' | 'role' | 'hierarchy' | 'all'; code: string };
  stage: string;
  market: string;
  /** Context only (all offences, drug use): shown apart, never compared with organized crime. */
  context: boolean;
  /** Whose share the value is: women's, or men's where the source publishes only that. */
  sex: 'female' | 'male';
  /** A share (published or computed), or a published count of women at a position (no share). */
  measure: 'share' | 'count';
  periodStart: number | null;
  periodEnd: number | null;
  periodNote: string | null;
  qualifier: string;
  value: number | null;
  low: number | null;
  high: number | null;
  computed: boolean;
  /** For a computed share: the counts behind it, its 95% interval, and whether it is a small count. */
  counts: { women: number; total: number } | null;
  interval: ShareInterval | null;
  smallCount: boolean;
  /** The group the share is about, in the source's terms, when it is not all persons at the stage. */
  group: string | null;
  sourceIds: string[];
  sourceKind: string;
  obsIds: string[];
  note: string | null;
  /** The atlas's own words above in each language. */
  words?: FigureWords;
  /**
   * For a count of women at a position: the published count of women it is a part of (same
   * source, area and period), when the source gives one ("120 of almost 500 women").
   */
  outOf?: OutOf | null;
}

/** A published count of women that another count is a part of. */
export interface OutOf {
  obsId: string;
  measure: string;
  value: number | null;
  valueLow: number | null;
  valueHigh: number | null;
  qualifier: string;
  group: string | null;
  words?: FigureWords;
}

/**
 * The atlas's own words about a row (a period note, the group counted, a note) in the reader's
 * language, from data/texts.csv. They are the atlas's, never labelled as the source's. A user's
 * own data carry no translations: their words are shown as they wrote them.
 */
export function atlasWords(text: string, words: LangTexts | null | undefined, lang?: Lang): string {
  return (lang && words?.[lang]) || text;
}

/**
 * The atlas's notes on the totals of these rows (why women + men differ from a published
 * total), each said once, with the total rows it is about.
 */
export function totalNotes(
  rows: readonly { totalNote?: LangTexts | null; totalObsIds?: string[] }[],
  lang: Lang,
): { text: string; obsIds: string[] }[] {
  const byText = new Map<string, { text: string; obsIds: string[] }>();
  for (const r of rows) {
    const english = r.totalNote?.en;
    if (!english) continue;
    const note = byText.get(english) ?? {
      text: atlasWords(english, r.totalNote, lang),
      obsIds: [],
    };
    note.obsIds.push(...(r.totalObsIds ?? []));
    byText.set(english, note);
  }
  return [...byText.values()];
}

/** The group a figure counts, in the reader's language. */
export function groupOf(f: Pick<ShareFigure, 'group' | 'words'>, lang?: Lang): string | null {
  return f.group === null ? null : atlasWords(f.group, f.words?.denominator, lang);
}

/** A figure's note, in the reader's language. */
export function noteOf(f: Pick<ShareFigure, 'note' | 'words'>, lang?: Lang): string | null {
  return f.note === null ? null : atlasWords(f.note, f.words?.note, lang);
}

/** The period as the source gives it: years, or the atlas's words on it when it gives no years. */
export function periodOf(
  f: Pick<PublishedFigure, 'periodStart' | 'periodEnd' | 'periodNote' | 'words'>,
  lang?: Lang,
): string {
  const note = f.periodNote === null ? null : atlasWords(f.periodNote, f.words?.periodNote, lang);
  if (f.periodStart === null) return note ?? (lang ? translator(lang)('notStated') : 'not stated');
  const years =
    f.periodStart === f.periodEnd ? String(f.periodStart) : `${f.periodStart}–${f.periodEnd}`;
  // The atlas's words on the period (a stock's date, a financial year) keep apart two
  // figures of the same year: 30 June and 31 December 2017 are not one period.
  return note === null ? years : `${years} (${note})`;
}

function positionOf(f: PublishedFigure): ShareFigure['position'] {
  if (f.orgType !== 'all') return { kind: 'org_type', code: f.orgType };
  if (f.role !== 'all') return { kind: 'role', code: f.role };
  if (f.hierarchy !== 'all') return { kind: 'hierarchy', code: f.hierarchy };
  return { kind: 'all', code: 'all' };
}

/** A share of women (or men) among a group, not a share of women who did something. */
function isShareOfGroup(f: PublishedFigure): boolean {
  return (
    f.population === 'offenders' &&
    (f.sex === 'female' || f.sex === 'male') &&
    f.measure === 'share' &&
    !(f.denominator ?? '').toLowerCase().startsWith('women')
  );
}

const isContext = (market: string) => (CONTEXT_MARKETS as readonly string[]).includes(market);

function base(
  f: PublishedFigure,
): Omit<
  ShareFigure,
  | 'key'
  | 'sex'
  | 'measure'
  | 'qualifier'
  | 'value'
  | 'low'
  | 'high'
  | 'computed'
  | 'counts'
  | 'interval'
  | 'smallCount'
  | 'obsIds'
> {
  return {
    area: f.area,
    areaNames: f.areaNames,
    position: positionOf(f),
    stage: f.stage,
    market: f.market,
    context: isContext(f.market),
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    periodNote: f.periodNote,
    group: f.denominator,
    sourceIds: [f.sourceId],
    sourceKind: f.sourceKind,
    note: f.note,
    words: f.words,
  };
}

/**
 * Every published share of women (or of men, when only that is published) among offenders, plus
 * women's shares the atlas computes from a published count of women and a published total of the
 * same source, area, period, stage, market and group (labelled computed, with the counts and a
 * 95% interval). Nothing is derived from a men's share.
 */
export function shareFigures(figures: PublishedFigure[]): ShareFigure[] {
  const out: ShareFigure[] = [];
  for (const f of figures.filter(isShareOfGroup)) {
    out.push({
      ...base(f),
      key: f.obsId,
      sex: f.sex === 'male' ? 'male' : 'female',
      measure: 'share',
      qualifier: f.qualifier,
      value: f.value,
      low: f.valueLow,
      high: f.valueHigh,
      computed: false,
      counts: null,
      interval: null,
      smallCount: false,
      obsIds: [f.obsId],
    });
  }
  const counts = figures.filter(
    (f) =>
      f.population === 'offenders' &&
      (f.measure === 'count' || f.measure === 'count_on_date') &&
      f.qualifier === 'exact',
  );
  const sameGroup = (a: PublishedFigure, b: PublishedFigure) =>
    a.sourceId === b.sourceId &&
    a.area === b.area &&
    a.measure === b.measure &&
    a.periodStart === b.periodStart &&
    a.periodEnd === b.periodEnd &&
    a.periodNote === b.periodNote &&
    a.stage === b.stage &&
    a.market === b.market &&
    a.orgType === b.orgType &&
    a.role === b.role &&
    a.hierarchy === b.hierarchy &&
    (a.denominator ?? '') === (b.denominator ?? '');
  for (const women of counts.filter((f) => f.sex === 'female')) {
    const total = counts.find((f) => f.sex === 'total' && sameGroup(f, women));
    if (!total || women.value === null || total.value === null || total.value <= 0) continue;
    if (women.value > total.value) continue;
    const alreadyPublished = out.some(
      (o) =>
        !o.computed &&
        o.sex === 'female' &&
        o.sourceIds[0] === women.sourceId &&
        o.area === women.area &&
        o.periodStart === women.periodStart &&
        o.periodNote === women.periodNote &&
        o.position.code === positionOf(women).code,
    );
    if (alreadyPublished) continue;
    out.push({
      ...base(women),
      key: `${women.obsId}+${total.obsId}`,
      sex: 'female',
      measure: 'share',
      qualifier: 'exact',
      value: (100 * women.value) / total.value,
      low: null,
      high: null,
      computed: true,
      counts: { women: women.value, total: total.value },
      interval: wilsonInterval(women.value, total.value),
      smallCount: isSmallCount(total.value),
      obsIds: [women.obsId, total.obsId],
    });
  }
  // A count of women at a level, role or position, with no total to compute a share from, is
  // shown as published: it is often the only figure there is (women in leading roles). The
  // count of women it is a part of, where the source gives one, goes with it.
  const isWomenCount = (f: PublishedFigure) =>
    f.population === 'offenders' &&
    f.sex === 'female' &&
    (f.measure === 'count' || f.measure === 'count_on_date');
  for (const f of figures) {
    if (!isWomenCount(f)) continue;
    if (positionOf(f).kind === 'all') continue;
    if (out.some((o) => o.obsIds.includes(f.obsId))) continue;
    const whole = figures.find(
      (w) =>
        isWomenCount(w) &&
        positionOf(w).kind === 'all' &&
        w.sourceId === f.sourceId &&
        w.area === f.area &&
        w.periodStart === f.periodStart &&
        w.periodEnd === f.periodEnd &&
        w.periodNote === f.periodNote,
    );
    const outOf: OutOf | null = whole
      ? {
          obsId: whole.obsId,
          measure: whole.measure,
          value: whole.value,
          valueLow: whole.valueLow,
          valueHigh: whole.valueHigh,
          qualifier: whole.qualifier,
          group: whole.denominator,
          words: whole.words,
        }
      : null;
    out.push({
      ...base(f),
      key: f.obsId,
      sex: 'female',
      measure: 'count',
      qualifier: f.qualifier,
      value: f.value,
      low: f.valueLow,
      high: f.valueHigh,
      computed: false,
      counts: null,
      interval: null,
      smallCount: false,
      obsIds: outOf ? [f.obsId, outOf.obsId] : [f.obsId],
      outOf,
    });
  }
  const kindOrder = ['hierarchy', 'role', 'org_type', 'all'];
  return out.sort(
    (a, b) =>
      Number(a.context) - Number(b.context) ||
      kindOrder.indexOf(a.position.kind) - kindOrder.indexOf(b.position.kind) ||
      a.position.code.localeCompare(b.position.code) ||
      a.key.localeCompare(b.key),
  );
}

/** Levels and roles for which nothing at all is published: a finding, not an absence. */
export function unpublishedPositions(figures: ShareFigure[]): {
  hierarchy: string[];
  roles: string[];
} {
  const present = new Set(figures.map((f) => `${f.position.kind}:${f.position.code}`));
  return {
    hierarchy: HIERARCHY.codes.filter((c) => c !== 'all' && !present.has(`hierarchy:${c}`)),
    roles: ROLE.codes.filter((c) => c !== 'all' && !present.has(`role:${c}`)),
  };
}

export function positionLabel(position: ShareFigure['position'], lang: Lang): string {
  if (position.kind === 'all') return translator(lang)('allPersons');
  const vocabulary =
    position.kind === 'org_type' ? ORG_TYPE : position.kind === 'role' ? ROLE : HIERARCHY;
  return labelOf(vocabulary, position.code, lang);
}
