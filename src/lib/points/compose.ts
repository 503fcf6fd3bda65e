import { formatMessage, type MessageParams } from '../i18n/format';
import { catalogue, formatCount, LOCALES, type MessageKey } from '../i18n';
import type { Lang } from '../model/filters';
import type { Segment } from './types';

/** A number in a sentence: how it is written, and the rows it comes from. */
export interface Figure extends Segment {
  obsIds: string[];
}

/** What a message's `{nameText}` stands for: one segment (a figure, a source's title…) or several (a list). */
export type Part = Segment | Segment[];

const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * Formats one whole catalogue message and returns it as segments, so that each number keeps
 * the observation rows behind it. Figures are passed as `name` (the number, for plural rules,
 * when it is one) and written where the message says `{nameText}`; a list (already whole
 * messages, joined by the language's separator) goes in the same way. Nothing is glued together
 * from fragments of other messages.
 */
export function compose(
  lang: Lang,
  key: MessageKey,
  params: MessageParams,
  figures: Record<string, Part> = {},
): Segment[] {
  const names = Object.keys(figures);
  const markers: MessageParams = {};
  names.forEach((name, i) => (markers[`${name}Text`] = `${OPEN}${i}${CLOSE}`));
  const template = catalogue(lang).messages[key];
  const text = formatMessage(template, { ...params, ...markers }, LOCALES[lang], (n) =>
    formatCount(n, lang),
  );
  const segments: Segment[] = [];
  const pattern = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    const part = figures[names[Number(match[1])] ?? ''];
    if (part) segments.push(...(Array.isArray(part) ? part : [part]));
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** A sentence's segments as plain text. */
export function plainText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/** Items of a list, joined by the language's list separator. */
export function joinList(items: Segment[][], separator: string): Segment[] {
  return items.flatMap((item, i) => (i ? [{ text: separator }, ...item] : item));
}

/** Two sentences of one point, separated by a space. */
export function joinSentences(...sentences: Segment[][]): Segment[] {
  return sentences.filter((s) => s.length).flatMap((s, i) => (i ? [{ text: ' ' }, ...s] : s));
}
