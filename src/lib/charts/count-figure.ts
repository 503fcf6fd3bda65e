/**
 * The words every count figure (the States bar chart, the map, the Regions chart) prints about
 * what it shows: the text of its scope, its notes, its share labels and its summary.
 */
import { formatCount, formatPercent, translator, joinSemicolon } from '../i18n';
import { localName } from '../i18n/names';
import { clearlyExtreme } from '../method/interval';
import type { LangTexts, StateShareRow } from '../model/rows';
import type { Lang } from '../model/filters';
import { formatShareWithInterval, intervalBounds } from '../method/figure-values';
import { totalNotes } from '../method/published';
import { methodNote, type FrameNote } from './frame';

/** What a States figure shows, in words the figure prints: offence, stage, period, scope. */
export interface CountFigureText {
  /** "Women's share of persons convicted, trafficking in persons, 2017–2021" etc. */
  title: string;
  subtitle: string;
  /** The offence's definition note (drug trafficking) and the source line. */
  offenceNote: string | null;
  sourceLine: string;
  /** "whole OSCE area", "Central Asia", … */
  scopeName: string;
  /** The number of States in the selection (all 57 and Kosovo, or a region's members). */
  scopeSize: number;
  whole: boolean;
}

/** A row whose women + men differ from the total its publisher gives. */
interface DifferingTotal {
  denominator: number | null;
  total: number | null;
  obsIds: string[];
  totalObsIds?: string[];
  totalNote?: LangTexts | null;
}

/**
 * Says where women + men differ from the publisher's total (each named, or with `countedKey` only
 * how many), then the atlas's notes on what the totals hold: method notes, with their rows.
 */
export function totalDiffersNotes<R extends DifferingTotal>(
  differing: readonly R[],
  lang: Lang,
  nameOf: (row: R) => string,
  countedKey: 'statesCounted' | 'totalDiffersPooled' | null,
): FrameNote[] {
  if (differing.length === 0) return [];
  const t = translator(lang);
  const items = countedKey
    ? t(countedKey, { count: differing.length })
    : differing
        .map((r) =>
          t('totalDiffersItem', {
            name: nameOf(r),
            sum: formatCount(r.denominator ?? 0, lang),
            total: formatCount(r.total ?? 0, lang),
          }),
        )
        .join(', ');
  return [
    {
      kind: 'method',
      text: t('noteTotalDiffers', { items }),
      obsIds: differing.flatMap((r) => [...r.obsIds, ...(r.totalObsIds ?? [])]),
    },
    ...totalNotes(differing, lang).map((n): FrameNote => ({ ...n, kind: 'method' })),
  ];
}

/** A share of women + men whose publisher gives a total that differs: both are said. */
export function totalDiffers(r: StateShareRow): boolean {
  return (
    r.status === 'share' &&
    r.shareBasis === 'women_plus_men' &&
    r.total !== null &&
    r.denominator !== null &&
    r.total !== r.denominator
  );
}

/**
 * The notes on the States whose figure is not a plain share. `counted`: only how many, for a
 * map on a fixed page, whose fills already say which States they are. `inLegend`: the map's
 * legend says how many are small counts, suppressed or totals only (a slide), so no note does.
 */
export function statusNotes(
  rows: StateShareRow[],
  lang: Lang,
  text: CountFigureText,
  counted = false,
  inLegend = false,
): FrameNote[] {
  const t = translator(lang);
  const notes: FrameNote[] = [];
  const names = (list: StateShareRow[]) =>
    counted
      ? t('statesCounted', { count: list.length })
      : list.map((r) => localName(r, lang)).join(', ');
  const legended: StateShareRow['status'][] = inLegend
    ? ['suppressed', 'total_only', 'partial_by_sex']
    : [];
  const note = (status: StateShareRow['status'], key: Parameters<typeof t>[0]) => {
    const list = legended.includes(status) ? [] : rows.filter((r) => r.status === status);
    if (list.length)
      notes.push({ text: t(key, { names: names(list) }), obsIds: list.flatMap((r) => r.obsIds) });
  };
  const small = rows.filter((r) => r.smallCount);
  if (small.length && !inLegend)
    notes.push({
      text: t('noteSmallCount', { names: names(small) }),
      obsIds: small.flatMap((r) => r.obsIds),
    });
  const differing = rows.filter(totalDiffers);
  notes.push(
    ...totalDiffersNotes(
      differing,
      lang,
      (r) => localName(r, lang),
      counted ? 'statesCounted' : null,
    ),
  );
  note('suppressed', 'noteSuppressed');
  note('partial_by_sex', 'notePartial');
  note('zero_persons', 'noteZero');
  note('total_only', 'noteTotalOnly');
  const noData = rows.filter((r) => r.status === 'no_data');
  if (noData.length)
    notes.push({
      text: t(text.whole ? 'noteNoDataAll' : 'noteNoDataSelection', {
        count: noData.filter((r) => r.iso3 !== 'XKX').length,
        kosovo: noData.some((r) => r.iso3 === 'XKX') ? 1 : 0,
        total: text.scopeSize,
        scope: text.scopeName,
      }),
    });
  return notes;
}

/** The notes every States figure carries: method, year rule, interval, and its statuses. */
export function countFigureNotes(
  rows: StateShareRow[],
  lang: Lang,
  text: CountFigureText,
  extra: FrameNote[] = [],
  counted = false,
  inLegend = false,
): FrameNote[] {
  const t = translator(lang);
  const notes: FrameNote[] = [
    methodNote(t('noteMethod')),
    methodNote(t('noteYearRule')),
    methodNote(t('noteInterval')),
  ];
  if (text.offenceNote) notes.push({ text: text.offenceNote });
  notes.push(...statusNotes(rows, lang, text, counted, inLegend), ...extra);
  if (rows.some((r) => r.iso3 === 'XKX')) notes.push({ text: t('noteKosovo') });
  return notes;
}

export function shareLabel(row: StateShareRow, lang: Lang, showYear = false): string {
  const t = translator(lang);
  const label = t('shareLabel', {
    share: formatShareWithInterval(row.share ?? 0, row.interval, lang),
    women: formatCount(row.women ?? 0, lang),
    denominator: formatCount(row.denominator ?? 0, lang),
  });
  return showYear && row.year !== null ? `${label}, ${row.year}` : label;
}

const TOP = 3;

/** "Uzbekistan, 2021: 70.8% (95% interval 63–77%), of 154 persons". */
export function describeShare(row: StateShareRow, lang: Lang): string {
  const t = translator(lang);
  return t(row.interval ? 'describeShare' : 'describeShareNoInterval', {
    name: localName(row, lang),
    year: row.year ?? '',
    share: formatPercent(row.share ?? 0, lang),
    ...(row.interval ? intervalBounds(row.interval, lang) : {}),
    persons: row.denominator ?? 0,
    personsText: formatCount(row.denominator ?? 0, lang),
  });
}

/**
 * A summary written from the rows drawn. A State is "the highest" (or "the lowest") only when its
 * interval lies wholly above (below) every other State's; otherwise the top and bottom States are
 * named with their intervals. Small counts and States without a figure are counted.
 */
export function summariseShares(rows: StateShareRow[], lang: Lang, text: CountFigureText): string {
  const t = translator(lang);
  const withShare = rows
    .filter((r) => r.share !== null)
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || a.iso3.localeCompare(b.iso3));
  if (withShare.length === 0) return t('summaryEmpty', { scope: text.scopeName });
  const parts = [t('summaryCount', { count: withShare.length, scope: text.scopeName })];
  const highest = clearlyExtreme(withShare, (r) => r.interval, 'highest');
  const lowest = clearlyExtreme(withShare, (r) => r.interval, 'lowest');
  if (withShare.length === 1) {
    parts.push(describeShare(withShare[0] as StateShareRow, lang) + '.');
  } else {
    parts.push(
      highest
        ? t('summaryHighest', { state: describeShare(highest, lang) })
        : t('summaryTop', {
            states: joinSemicolon(
              withShare.slice(0, TOP).map((r) => describeShare(r, lang)),
              lang,
            ),
          }),
    );
    const bottom = withShare.slice(Math.max(TOP, withShare.length - TOP)).reverse();
    if (lowest) parts.push(t('summaryLowest', { state: describeShare(lowest, lang) }));
    else if (bottom.length)
      parts.push(
        t('summaryBottom', {
          states: joinSemicolon(
            bottom.map((r) => describeShare(r, lang)),
            lang,
          ),
        }),
      );
  }
  const small = withShare.filter((r) => r.smallCount).length;
  if (small) parts.push(t('summarySmall', { count: small }));
  const missing = rows.filter((r) => r.share === null && r.iso3 !== 'XKX').length;
  if (missing)
    parts.push(
      t(text.whole ? 'summaryMissingAll' : 'summaryMissingSelection', {
        count: missing,
        total: text.scopeSize,
        scope: text.scopeName,
      }),
    );
  return parts.join(' ');
}
