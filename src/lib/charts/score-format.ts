import { numberFormat } from '../i18n';
import type { Lang } from '../model/filters';

/** A GI-TOC score (1 to 10) with one decimal, in the figure's language. */
export function formatScore(score: number, lang: Lang): string {
  return numberFormat(lang, 'score', { maximumFractionDigits: 1 }).format(score);
}
