import type { Lang } from '../model/lang';
import type { Catalogue } from './catalogue/en';
import { formatMessage, type MessageParams } from './format';

export type { Catalogue };
export type MessageKey = keyof Catalogue['messages'];
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const loaded = new Map<Lang, Catalogue>();

/** Each language is its own chunk: only the chosen one loads before the first chart. */
const LOADERS: Record<Lang, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./catalogue/en'),
  fr: () => import('./catalogue/fr'),
  de: () => import('./catalogue/de'),
  it: () => import('./catalogue/it'),
  ru: () => import('./catalogue/ru'),
  es: () => import('./catalogue/es'),
};

export const LOCALES: Record<Lang, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  de: 'de-DE',
  it: 'it-IT',
  ru: 'ru-RU',
  es: 'es-ES',
};

export function registerCatalogue(lang: Lang, catalogue: Catalogue): void {
  loaded.set(lang, catalogue);
}

export function isLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

export async function loadLanguage(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  registerCatalogue(lang, (await LOADERS[lang]()).default);
}

export function catalogue(lang: Lang): Catalogue {
  const found = loaded.get(lang);
  if (!found) throw new Error(`the ${lang} catalogue is not loaded (call loadLanguage first)`);
  return found;
}

export function translator(lang: Lang): Translate {
  const messages = catalogue(lang).messages;
  return (key, params = {}) =>
    formatMessage(messages[key], params, LOCALES[lang], (n) => formatCount(n, lang));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per language and kind: making one takes longer than formatting. */
export function numberFormat(
  lang: Lang,
  kind: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `${lang} ${kind}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatPercent(value: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, `percent ${digits}`, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value / 100);
}

export function formatCount(value: number, lang: Lang): string {
  return numberFormat(lang, 'count', { maximumFractionDigits: 0 }).format(value);
}

/** The phrase for a stage inside a sentence ("persons convicted"), for the offender stages. */
export function stagePhrase(stage: string, lang: Lang): string {
  const messages = catalogue(lang).messages as Record<string, string>;
  return messages[`stagePhrase_${stage}`] ?? stage;
}

/** Items joined by the language's semicolon (French puts a narrow space before it). */
export function joinSemicolon(items: readonly string[], lang: Lang): string {
  return items.join(translator(lang)('listSeparator'));
}
