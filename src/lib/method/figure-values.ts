import { formatPercent, formatCount } from '../i18n';
import type { Lang } from '../model/filters';

export interface PublishedValue {
  measure: string;
  value: number | null;
  valueLow: number | null;
  valueHigh: number | null;
  qualifier: string;
}

const WORDS = {
  en: {
    approx: 'about',
    atMost: 'at most',
    atLeast: 'at least',
    suppressed: 'fewer than 5',
    range: '–',
  },
  fr: {
    approx: 'environ',
    atMost: 'au plus',
    atLeast: 'au moins',
    suppressed: 'moins de 5',
    range: '–',
  },
} as const;

/** Writes a published value as published: a range stays a range, a bound stays a bound. */
export function formatPublishedValue(v: PublishedValue, lang: Lang): string {
  const words = WORDS[lang];
  const fmt = (n: number) =>
    v.measure === 'share'
      ? formatPercent(n, lang, Number.isInteger(n) ? 0 : 1)
      : formatCount(n, lang);
  switch (v.qualifier) {
    case 'exact':
      return v.value === null ? '' : fmt(v.value);
    case 'approx':
      return v.value === null ? '' : `${words.approx} ${fmt(v.value)}`;
    case 'range':
      return v.valueLow === null || v.valueHigh === null
        ? ''
        : `${fmt(v.valueLow)}${words.range}${fmt(v.valueHigh)}`;
    case 'at_most':
      return v.valueHigh === null ? '' : `${words.atMost} ${fmt(v.valueHigh)}`;
    case 'at_least':
      return v.valueLow === null ? '' : `${words.atLeast} ${fmt(v.valueLow)}`;
    case 'suppressed':
      return words.suppressed;
    default:
      return '';
  }
}

/** True when a value can be drawn as a single point; ranges and bounds never are. */
export function isPointValue(qualifier: string): boolean {
  return qualifier === 'exact' || qualifier === 'approx';
}
