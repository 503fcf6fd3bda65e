import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import '../../src/lib/i18n/all';
import { catalogue, translator, type Catalogue } from '../../src/lib/i18n';
import { GLOSSARY } from '../../src/lib/i18n/glossary';
import { localName } from '../../src/lib/i18n/names';
import { atlasWords, periodOf } from '../../src/lib/method/published';
import { intervalBounds } from '../../src/lib/method/figure-values';
import { LANGS, type Lang } from '../../src/lib/model/filters';
import { parseCsv, recordsAsObjects } from '../../src/lib/io/csv';

/** Every string of a catalogue by its path: `messages.<key>`, `vocab.<vocabulary>.<code>`, `method.…`. */
function flat(c: Catalogue): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(c.messages)) out[`messages.${key}`] = text;
  for (const [vocabulary, labels] of Object.entries(c.vocab))
    for (const [code, text] of Object.entries(labels as Record<string, string>))
      out[`vocab.${vocabulary}.${code}`] = text;
  out['method.title'] = c.method.title;
  c.method.sections.forEach((s, i) => {
    out[`method.${s.id}.heading`] = s.heading;
    out[`method.${s.id}.body`] = s.body;
    out[`method.${i}.id`] = s.id;
  });
  return out;
}

/** The names of the parameters a message takes, plural selectors included. */
function parameters(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\s*(\w+)\s*(,\s*plural\s*,)?/g)) {
    const [, name = '', plural] = match;
    // Inside a plural, `one {…}` opens a branch, not a parameter.
    const before = text.slice(0, match.index);
    const branch = /(?:^|[\s}])(?:=\d+|zero|one|two|few|many|other)\s*$/.test(before);
    if (plural || !branch) names.add(name);
  }
  return [...names].sort();
}

const reference = flat(catalogue('en'));
const others = LANGS.filter((l) => l !== 'en');

describe('the six catalogues', () => {
  it.each(others)('%s: every message takes exactly the parameters of the English one', (lang) => {
    const strings = flat(catalogue(lang));
    const mismatched = Object.keys(reference).filter(
      (key) => parameters(strings[key] ?? '').join() !== parameters(reference[key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  // Words that are the same in English and the language (cognates, names, the licence's title).
  const SAME_AS_ENGLISH: Record<Lang, string[]> = {
    en: [],
    fr: [
      'messages.noDate',
      'messages.sourcesHeading',
      'messages.columnSource',
      'messages.columnPosition',
      'vocab.hierarchy.coordination',
      'vocab.sex.total',
      'vocab.qualifier.exact',
      'vocab.region_kind.organisation',
      'vocab.locator_kind.page',
      'vocab.locator_kind.section',
    ],
    de: [
      'messages.filterRegion',
      'messages.columnStatus',
      'messages.columnSubregion',
      'messages.columnPosition',
      'messages.permalinkLabel',
      'messages.permalinkLine',
      'vocab.region_kind.organisation',
    ],
    it: ['messages.columnArea'],
    ru: [],
    es: ['vocab.sex.total', 'messages.issueError'],
  };

  it.each(others)('%s: nothing is left in English', (lang) => {
    const strings = flat(catalogue(lang));
    const words = (text: string) => text.replace(/\{[^{}]*\}/g, '').match(/\p{L}{3,}/gu) ?? [];
    const untranslated = Object.keys(reference).filter(
      (key) =>
        strings[key] === reference[key] &&
        words(reference[key] ?? '').length > 0 &&
        key !== 'vocab.terms.ogl_v3' &&
        !key.endsWith('.id') &&
        !SAME_AS_ENGLISH[lang].includes(key),
    );
    expect(untranslated).toEqual([]);
  });

  it.each(LANGS)('%s: uses the glossary’s term wherever the glossary says', (lang) => {
    const strings = flat(catalogue(lang));
    const misses: string[] = [];
    for (const term of GLOSSARY) {
      const wanted = (term.stem?.[lang] ?? term.term[lang]).toLocaleLowerCase(lang);
      for (const path of term.usedIn) {
        const text = strings[path];
        if (text === undefined) misses.push(`${term.id}: no entry ${path}`);
        else if (!text.toLocaleLowerCase(lang).includes(wanted))
          misses.push(`${term.id}: ${path} = "${text}" lacks "${wanted}"`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('the glossary gives every term and its basis in all six languages', () => {
    for (const term of GLOSSARY)
      for (const lang of LANGS) {
        expect(term.term[lang], `${term.id} ${lang}`).toBeTruthy();
        expect(term.basis[lang], `${term.id} ${lang}`).toBeTruthy();
      }
  });

  it('Russian plurals: one, few, many (1, 3, 5, 21 States)', () => {
    const t = translator('ru');
    expect(t('statesCounted', { count: 1 })).toBe('1 государство, как показано на карте');
    expect(t('statesCounted', { count: 3 })).toBe('3 государства, как показано на карте');
    expect(t('statesCounted', { count: 5 })).toBe('5 государств, как показано на карте');
    expect(t('statesCounted', { count: 21 })).toBe('21 государство, как показано на карте');
    expect(t('deckLoaded', { n: 12 })).toBe('Загружено: 12 слайдов.');
  });

  it('numbers and percentages follow each language: German decimal comma, French and Russian spaces', () => {
    const values = Object.fromEntries(
      LANGS.map((l) => [l, translator(l)('shareWithInterval', { share: '', low: 1, high: 2 })]),
    );
    expect(values.de).toContain('\u00a0%');
    expect(values.ru).toContain('\u00a0%');
    expect(values.es).toContain('\u00a0%');
    expect(values.it).toContain('2%');
    expect(translator('de')('userValid', { n: 20000 })).toBe('20.000 Zeilen sind gültig.');
    expect(translator('ru')('userValid', { n: 20000 })).toBe('20\u00a0000 строк корректны.');
  });
});

describe('words of official statistics', () => {
  it('call the publisher of a statistic and a suppressed count what official statistics call them', () => {
    const odd: Record<Exclude<Lang, 'en'>, RegExp> = {
      fr: /l[’']éditeur|masqué/i,
      de: /geheim gehalten|Herausgeber/i,
      it: /editore|oscurat/i,
      ru: /публикатор|скрыт/i,
      es: /\beditor\b|suprimid/i,
    };
    const found: string[] = [];
    for (const lang of LANGS.filter((l) => l !== 'en'))
      for (const [path, text] of Object.entries(flat(catalogue(lang))))
        if (odd[lang as Exclude<Lang, 'en'>].test(text)) found.push(`${lang} ${path}: ${text}`);
    expect(found).toEqual([]);
  });
});

describe('the atlas’s own words about a row', () => {
  it('are shown in the reader’s language from data/texts.csv, never as the source’s words', () => {
    const words = {
      periodNote: {
        en: 'Not stated (probably 2023)',
        de: 'Nicht angegeben (wahrscheinlich 2023)',
        ru: 'Не указан (вероятно, 2023 год)',
      },
      denominator: null,
      note: null,
    };
    const note = {
      periodStart: null,
      periodEnd: null,
      periodNote: 'Not stated (probably 2023)',
      words,
    };
    expect(periodOf(note, 'en')).toBe('Not stated (probably 2023)');
    expect(periodOf(note, 'de')).toBe('Nicht angegeben (wahrscheinlich 2023)');
    expect(periodOf(note, 'ru')).toBe('Не указан (вероятно, 2023 год)');
    expect(atlasWords('active members', { en: 'active members', fr: 'membres actifs' }, 'fr')).toBe(
      'membres actifs',
    );
    // A user's own words have no translation: shown as written, with no label.
    expect(atlasWords('mes propres mots', null, 'ru')).toBe('mes propres mots');
    expect(periodOf({ periodStart: 2020, periodEnd: 2021, periodNote: null }, 'de')).toBe(
      '2020–2021',
    );
    // Years and the atlas's words on them (a stock's date) together.
    expect(
      periodOf(
        {
          periodStart: 2017,
          periodEnd: 2017,
          periodNote: 'Stock on 30 June 2017',
          words: { periodNote: { de: 'Stand am 30. Juni 2017' }, denominator: null, note: null },
        },
        'de',
      ),
    ).toBe('2017 (Stand am 30. Juni 2017)');
  });

  it('exist in all six languages for every note, period note and group counted in data/', () => {
    const ROOT = resolve(import.meta.dirname, '../..');
    const read = (file: string) =>
      recordsAsObjects(parseCsv(readFileSync(resolve(ROOT, 'data', file), 'utf8')));
    const texts = new Map(read('texts.csv').map(({ row }) => [row.en ?? '', row]));
    const observations = readdirSync(resolve(ROOT, 'data/observations')).flatMap((f) =>
      read(`observations/${f}`),
    );
    const missing: string[] = [];
    for (const { row } of observations)
      for (const column of ['period_note', 'denominator', 'note'])
        if (row[column]) {
          const text = texts.get(row[column]);
          for (const lang of LANGS)
            if (!text?.[lang]) missing.push(`${row.obs_id} ${column} ${lang}`);
        }
    expect(missing).toEqual([]);
    // Not the source's words: no quotation of a source in the atlas's notes.
    const quoting = [...texts.keys()].filter((en) =>
      /(^|[\s(])'[^']+'(?=[\s).,;:]|$)|“[^”]+”/.test(en),
    );
    expect(quoting).toEqual([]);
  });
});

describe('names of States and regions in the six languages', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const table = (file: string) => {
    const { header, records } = parseCsv(readFileSync(resolve(ROOT, 'data', file), 'utf8'));
    return records.map(({ cells }) =>
      Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])),
    );
  };
  const countries = table('countries.csv');
  const regions = table('regions.csv');

  it.each(LANGS)('%s: every State, Kosovo and region has a name in data/', (lang) => {
    const missing = [...countries, ...regions]
      .filter((row) => !row[`name_${lang}`]?.trim())
      .map((row) => row.iso3 ?? row.region_code);
    expect(missing).toEqual([]);
    expect(countries).toHaveLength(58);
  });

  it('Kosovo keeps its asterisk, and no name is carried over from English by mistake', () => {
    const kosovo = countries.find((c) => c.iso3 === 'XKX');
    for (const lang of LANGS) expect(kosovo?.[`name_${lang}`]).toMatch(/\*$/);
    expect(countries.find((c) => c.iso3 === 'DEU')?.name_de).toBe('Deutschland');
    expect(countries.find((c) => c.iso3 === 'MKD')?.name_ru).toBe('Северная Македония');
  });

  // ISO alpha-2 codes, for the cross-check with the names Intl.DisplayNames (CLDR) knows.
  const ALPHA2: Record<string, string> = {
    ALB: 'AL',
    AND: 'AD',
    ARM: 'AM',
    AUT: 'AT',
    AZE: 'AZ',
    BEL: 'BE',
    BGR: 'BG',
    BIH: 'BA',
    BLR: 'BY',
    CAN: 'CA',
    CHE: 'CH',
    CYP: 'CY',
    CZE: 'CZ',
    DEU: 'DE',
    DNK: 'DK',
    ESP: 'ES',
    EST: 'EE',
    FIN: 'FI',
    FRA: 'FR',
    GBR: 'GB',
    GEO: 'GE',
    GRC: 'GR',
    HRV: 'HR',
    HUN: 'HU',
    IRL: 'IE',
    ISL: 'IS',
    ITA: 'IT',
    KAZ: 'KZ',
    KGZ: 'KG',
    LIE: 'LI',
    LTU: 'LT',
    LUX: 'LU',
    LVA: 'LV',
    MCO: 'MC',
    MDA: 'MD',
    MKD: 'MK',
    MLT: 'MT',
    MNE: 'ME',
    MNG: 'MN',
    NLD: 'NL',
    NOR: 'NO',
    POL: 'PL',
    PRT: 'PT',
    ROU: 'RO',
    RUS: 'RU',
    SMR: 'SM',
    SRB: 'RS',
    SVK: 'SK',
    SVN: 'SI',
    SWE: 'SE',
    TJK: 'TJ',
    TKM: 'TM',
    TUR: 'TR',
    UKR: 'UA',
    USA: 'US',
    UZB: 'UZ',
    VAT: 'VA',
    XKX: 'XK',
  };
  // Where the atlas deliberately differs from CLDR's everyday name: the official short names the
  // UN and the OSCE use (Russian Federation, Holy See, Türkiye, Moldova, Kyrgyzstan…), and Kosovo*.
  const DELIBERATE: Record<Lang, string[]> = {
    en: ['BIH', 'RUS', 'USA', 'VAT', 'XKX'],
    fr: ['BLR', 'KGZ', 'RUS', 'TUR', 'USA', 'VAT', 'XKX'],
    de: ['MDA', 'RUS', 'TUR', 'USA', 'VAT', 'XKX'],
    it: ['KAZ', 'MDA', 'RUS', 'TUR', 'USA', 'VAT', 'XKX'],
    ru: ['GBR', 'KGZ', 'RUS', 'USA', 'VAT', 'XKX'],
    es: ['BLR', 'KAZ', 'MDA', 'ROU', 'RUS', 'TUR', 'USA', 'VAT', 'XKX'],
  };

  it.each(LANGS)(
    '%s: names agree with Intl.DisplayNames except the deliberate official names',
    (lang) => {
      const display = new Intl.DisplayNames([lang], { type: 'region' });
      if (display.of('DE') === 'DE') return; // a Node without full ICU cannot cross-check
      const differing = countries
        .filter((c) => c[`name_${lang}`] !== display.of(ALPHA2[c.iso3 ?? ''] ?? ''))
        .map((c) => c.iso3);
      expect(differing).toEqual(DELIBERATE[lang]);
    },
  );

  it('localName picks the language and lets English stand in where a user table has none', () => {
    const row = { nameEn: 'Belgium', nameFr: 'Belgique', nameDe: 'Belgien' };
    expect(localName(row, 'de')).toBe('Belgien');
    expect(localName(row, 'fr')).toBe('Belgique');
    expect(localName(row, 'ru')).toBe('Belgium');
  });
});

describe('the Method page', () => {
  it('states how interval bounds are rounded, in every language, as the figures round them', () => {
    expect(intervalBounds({ low: 63.2, high: 77.4 }, 'en')).toEqual({ low: '63', high: '78' });
    for (const lang of LANGS) {
      const body = catalogue(lang).method.sections.find((s) => s.id === 'interval')?.body ?? '';
      expect(body, lang).toMatch(/63[–-]78/);
    }
  });
});
