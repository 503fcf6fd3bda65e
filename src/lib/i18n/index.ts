import { en, fr } from './messages';
import { viewsEn, viewsFr } from './messages-views';
import type { Lang } from '../model/filters';

export type MessageKey = keyof typeof en | keyof typeof viewsEn;

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = {
  en: { ...en, ...viewsEn },
  fr: { ...fr, ...viewsFr },
};

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params = {}) =>
    CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) =>
      name in params ? String(params[name]) : `{${name}}`,
    );
}

export function formatPercent(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value / 100);
}

export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 0,
  }).format(value);
}

export { STAGE_PHRASE } from './messages';
