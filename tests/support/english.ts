import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv, recordsAsObjects } from '../../src/lib/io/csv';
import type { Lang } from '../../src/lib/model/filters';

const DATA = resolve(import.meta.dirname, '../../data');
const table = (file: string) =>
  recordsAsObjects(parseCsv(readFileSync(resolve(DATA, file), 'utf8'))).map(({ row }) => row);

/**
 * English words that are not words of French, German, Italian or Spanish: one of them in a page
 * or figure in those languages is English left behind.
 */
const ENGLISH =
  /\b(the|of|and|with|from|which|women|persons|share|shares|are|is|not|by|for|published|publishes|convicted|prosecuted|suspected|trafficking|organized|organised|offences|figures|years|States|markets|computed|interval|counts|none|only|this|these|those|has|have|been|was|were|than|more|less|about|between|each|every|no figure|stage|sources)\b/g;

/** Words of the list that are also words of the language. */
const ALSO_LOCAL: Record<'fr' | 'de' | 'it' | 'es', string[]> = {
  fr: ['sources', 'figures', 'stage'],
  de: ['was'],
  it: [],
  es: [],
};

/** Tokens that are the same in every language: codes, acronyms, numbers, addresses. */
const NEUTRAL = /^([A-Z0-9][A-Z0-9-]*|.*\d.*|.*[/.@].*)$/;
/** Names kept in Latin letters in every language: an agency's acronym, file formats, a key. */
const NAMES = new Set(['Brå', 'Parquet', 'Excel', 'Esc', 'PowerPoint', 'Word', 'Outlook']);
/** Names of licences, which have no official translation. */
const LICENCES = ['Open Government Licence', 'CC BY-ND'];
/**
 * Names that the atlas's notes on sources quote as they are spelt (outlets, agencies, a journal,
 * a report's title, people): each appears in the English note of a source too (checked below).
 */
export const QUOTED_NAMES = [
  'Direzione Centrale Polizia Criminale',
  'Crime, Law and Social Change',
  'Organized Crime Radar',
  'Associazione Antigone',
  'Sveriges Radio Ekot',
  'Süddeutsche Zeitung',
  'Polismyndigheten',
  'The Conversation',
  'Diviák',
  'Coutinho',
  'Stivala',
  'PublicNow',
  'Belga',
  'inkl',
  'dpa',
];

/** The atlas's English notes on the bundled sources. */
export function sourceNotes(): string[] {
  return table('sources.csv')
    .map((s) => s.note ?? '')
    .filter(Boolean);
}

/** The titles and publishers of the bundled sources: the only words that stay as published. */
export function sourceWords(): string[] {
  return table('sources.csv')
    .flatMap((s) => [s.title ?? '', s.publisher ?? ''])
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
}

/** Removes every source title and publisher from a text (the source line of a figure). */
export function withoutSourceWords(text: string, words = sourceWords()): string {
  let rest = text.replace(/\s+/g, ' ');
  for (const w of words) rest = rest.split(w.replace(/\s+/g, ' ')).join(' ');
  return rest;
}

const countries = table('countries.csv');

/**
 * What reads as English in a text meant for `lang`: in Russian, any word in Latin letters that is
 * not a code, acronym or number; in the other languages, English words and English names of
 * States (data/countries.csv) where the language has its own.
 */
export function englishIn(line: string, lang: Exclude<Lang, 'en'>): string[] {
  const found: string[] = [];
  const text = [...LICENCES, ...QUOTED_NAMES].reduce(
    (rest, name) =>
      rest.replace(
        new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'),
        '$1 ',
      ),
    line,
  );
  if (lang === 'ru') {
    for (const token of text.match(/[\p{Script=Latin}\d][\p{Script=Latin}\d'’./:@-]*/gu) ?? []) {
      const word = token.replace(/[.:]+$/, '');
      if (/\p{Script=Latin}/u.test(word) && !NEUTRAL.test(word) && !NAMES.has(word))
        found.push(word);
    }
  } else {
    for (const word of text.match(ENGLISH) ?? [])
      if (!ALSO_LOCAL[lang].includes(word)) found.push(word);
  }
  for (const c of countries) {
    const english = c.name_en ?? '';
    const local = c[`name_${lang}`] ?? '';
    if (!english || english === local || local.includes(english)) continue;
    if (new RegExp(`(^|[^\\p{L}])${english.replace(/[*]/g, '\\*')}($|[^\\p{L}])`, 'u').test(text))
      found.push(english);
  }
  return found;
}

/** Lines of a text with English in them, each with what was found. */
export function englishLines(texts: (string | null)[], lang: Exclude<Lang, 'en'>): string[] {
  return texts
    .filter((t): t is string => Boolean(t))
    .flatMap((t) => t.split('\n'))
    .map((line) => ({ line: line.trim(), words: englishIn(line, lang) }))
    .filter(({ words }) => words.length > 0)
    .map(({ line, words }) => `${line} [${[...new Set(words)].join(', ')}]`);
}
