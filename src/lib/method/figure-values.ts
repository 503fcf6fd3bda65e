import { formatCount, formatPercent, translator, type MessageKey } from '../i18n';
import type { Lang } from '../model/filters';
import { isCode, MARKET, QUALIFIER, QUALIFIER_SHAPE, STAGE, labelOf } from '../vocabulary/codes';
import { localName } from '../i18n/names';
import { atlasWords, groupOf, periodOf, type ShareFigure } from './published';

export interface PublishedValue {
  measure: string;
  value: number | null;
  valueLow: number | null;
  valueHigh: number | null;
  qualifier: string;
}

const WORDING: Record<string, MessageKey> = {
  exact: 'valueExact',
  approx: 'valueApprox',
  average: 'valueAverage',
  at_least: 'valueAtLeast',
  more_than: 'valueMoreThan',
  at_most: 'valueAtMost',
  up_to: 'valueUpTo',
  less_than: 'valueLessThan',
  almost: 'valueAlmost',
};

/**
 * Writes a published value as published: a range stays a range, and a bound keeps the source's
 * own word ("more than" is not "at least", "up to" is not "less than").
 */
export function formatPublishedValue(v: PublishedValue, lang: Lang): string {
  const t = translator(lang);
  const fmt = (n: number) =>
    v.measure === 'share'
      ? formatPercent(n, lang, Number.isInteger(n) ? 0 : 1)
      : formatCount(n, lang);
  if (!isCode(QUALIFIER, v.qualifier)) return '';
  const shape = QUALIFIER_SHAPE[v.qualifier];
  if (shape === 'none') return t('valueSuppressed');
  if (shape === 'range')
    return v.valueLow === null || v.valueHigh === null
      ? ''
      : t('valueRange', { low: fmt(v.valueLow), high: fmt(v.valueHigh) });
  const number = shape === 'point' ? v.value : shape === 'lower' ? v.valueLow : v.valueHigh;
  const key = WORDING[v.qualifier];
  return number === null || !key ? '' : t(key, { value: fmt(number) });
}

/** True when a value can be drawn as a single point; ranges and bounds never are. */
export function isPointValue(qualifier: string): boolean {
  return isCode(QUALIFIER, qualifier) && QUALIFIER_SHAPE[qualifier] === 'point';
}

/** A computed share written with its 95% interval: "70.8% (63–77%)". */
export function formatShareWithInterval(
  share: number,
  interval: { low: number; high: number } | null,
  lang: Lang,
): string {
  if (!interval) return formatPercent(share, lang);
  return translator(lang)('shareWithInterval', {
    share: formatPercent(share, lang),
    ...intervalBounds(interval, lang),
  });
}

/** The bounds of an interval as whole percentages, for the catalogue's templates. */
export function intervalBounds(
  interval: { low: number; high: number },
  lang: Lang,
): { low: string; high: string } {
  return {
    low: formatCount(Math.floor(interval.low), lang),
    high: formatCount(Math.ceil(interval.high), lang),
  };
}

/** A figure's value in words: as published, or computed with its counts and interval. */
export function figureValueText(f: ShareFigure, lang: Lang): string {
  const t = translator(lang);
  if (f.computed && f.counts && f.value !== null)
    return t('computedShare', {
      value: formatShareWithInterval(f.value, f.interval, lang),
      women: formatCount(f.counts.women, lang),
      total: formatCount(f.counts.total, lang),
    });
  const value = formatPublishedValue(
    {
      measure: f.measure,
      value: f.value,
      valueLow: f.low,
      valueHigh: f.high,
      qualifier: f.qualifier,
    },
    lang,
  );
  // The number the noun agrees with: the value, or the bound or range end written last.
  const n = f.value ?? f.high ?? f.low ?? 0;
  if (f.measure === 'count' && f.outOf)
    return t('womenCountOutOf', {
      value,
      n,
      outOf: formatPublishedValue({ ...f.outOf, measure: 'count' }, lang),
      group: f.outOf.group ? atlasWords(f.outOf.group, f.outOf.words?.denominator, lang) : '',
    });
  if (f.measure === 'count') return t('womenCountAsPublished', { value, n });
  return f.sex === 'male' ? t('menShareAsPublished', { value }) : t('asPublished', { value });
}

/** Where and when, as the source states it: area · period. */
export function figureScope(f: ShareFigure, lang: Lang): string {
  return `${localName(f.areaNames, lang)} · ${periodOf(f, lang)}`;
}

/** What is counted, as the source states it: stage · market (· the group). */
export function figureCounted(f: ShareFigure, lang: Lang): string {
  return [labelOf(STAGE, f.stage, lang), labelOf(MARKET, f.market, lang), groupOf(f, lang)]
    .filter(Boolean)
    .join(' · ');
}
