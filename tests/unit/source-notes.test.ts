import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import '../../src/lib/i18n/all';
import { sourceLine, sourceNoteText, sourcesLine } from '../../src/lib/charts/source-line';
import { parseCsv, recordsAsObjects } from '../../src/lib/io/csv';
import type { SourceRow } from '../../src/lib/model/rows';
import { notePoints, pointsHtml, talkingPoints } from '../../src/lib/points';
import { pointsInputOf, shareRow, SOURCES } from '../support/point-rows';

const DATA = resolve(import.meta.dirname, '../../data');
const table = (file: string) =>
  recordsAsObjects(parseCsv(readFileSync(resolve(DATA, file), 'utf8'))).map(({ row }) => row);

/** How the atlas describes a source: a relay, who is quoted, what it reports, its standing. */
const ATLAS_WORDS =
  /\b(via|as reported|reported by|republish\w*|relay|secondary|partisan|blog|quoting|interview with|consulting expert|dispatch|agency copy|reports|cites|names|gives report|summary|announcement|NGO|figures|e\.g\.|edition not stated)\b|\((Belgium|Slovenia|Belga|APA\/dpa|dpa)\)/i;

const RELAYED: SourceRow = {
  sourceId: 'BELGA_LEVIF_FEDPOL_2015',
  publisher: 'Le Vif',
  title: '251 organisations criminelles actives en Belgique en 2015',
  year: 2016,
  url: 'https://example.org/levif',
  terms: 'x',
  termsCode: 'press_figures_cited',
  provenance: null,
  kind: 'press',
  note: 'Belga news agency dispatch on a report of the Belgian federal police.',
  noteWords: {
    en: 'Belga news agency dispatch on a report of the Belgian federal police.',
    ru: 'Сообщение агентства Belga о докладе федеральной полиции Бельгии.',
  },
};

describe('a source’s title and publisher', () => {
  it('hold only the source’s own title and the name of the outlet that published it', () => {
    const offending = table('sources.csv').filter(
      (s) => ATLAS_WORDS.test(s.title ?? '') || ATLAS_WORDS.test(s.publisher ?? ''),
    );
    expect(offending.map((s) => `${s.source_id}: ${s.publisher} | ${s.title}`)).toEqual([]);
  });

  it('leave the atlas’s words on relays and secondary reports to its note, in six languages', () => {
    const sources = table('sources.csv');
    const texts = new Map(table('texts.csv').map((t) => [t.en ?? '', t]));
    const noted = sources.filter((s) => s.note);
    expect(noted.length).toBeGreaterThanOrEqual(30);
    const byId = new Map(sources.map((s) => [s.source_id, s]));
    expect(byId.get('BELGA_7SUR7_FEDPOL_2009')?.publisher).toBe('7sur7');
    expect(byId.get('SWE_BRA_SECONDARY_2025')?.note).toMatch(/partisan/i);
    expect(byId.get('OSCE_BELGRADE_2024')?.note).toMatch(/OSCE press release/);
    for (const s of noted)
      for (const lang of ['en', 'fr', 'de', 'it', 'ru', 'es'])
        expect(texts.get(s.note ?? '')?.[lang], `${s.source_id} ${lang}`).toBeTruthy();
  });
});

describe('the atlas’s note on a source', () => {
  it('is given in the reader’s language after the citation, as the atlas’s words', () => {
    expect(sourceNoteText(RELAYED, 'ru')).toBe(RELAYED.noteWords?.ru);
    expect(sourceNoteText(RELAYED, 'de')).toBe(RELAYED.note);
    expect(sourceNoteText({ ...RELAYED, note: null }, 'ru')).toBe('');
    const line = sourceLine(RELAYED, 'ru');
    expect(line).toContain(`Примечание атласа (Le Vif): ${RELAYED.noteWords?.ru}`);
    expect(line.indexOf('Примечание атласа')).toBeGreaterThan(line.indexOf(RELAYED.title));
    expect(sourcesLine([RELAYED.sourceId], [RELAYED], 'en')).toContain(
      'Note by the atlas (Le Vif): Belga news agency dispatch',
    );
    expect(sourceLine({ ...RELAYED, note: null }, 'en')).not.toContain('Note by the atlas');
  });

  it('follows the source in a talking point’s note, outside its title and publisher', () => {
    const sources = SOURCES.map((s) => ({ ...s, ...RELAYED, sourceId: s.sourceId }));
    for (const lang of ['en', 'ru'] as const) {
      const points = talkingPoints(
        pointsInputOf({}, { shares: [shareRow('UZB', 2021, 109, 45)] }, lang),
        lang,
      );
      const noted = notePoints(points, sources, 'v', lang);
      const note = noted[0]?.note;
      const words = lang === 'en' ? 'Note by the atlas: Belga' : 'Примечание атласа: Сообщение';
      expect(note?.text).toContain(words);
      const marked = note?.segments.filter((s) => s.source) ?? [];
      expect(marked.some((s) => s.text.includes('Belga'))).toBe(false);
      expect(pointsHtml(noted, lang)).not.toMatch(/data-source-words="[a-z]+">[^<]*Belga/);
    }
  });
});

describe('the language check’s names quoted by source notes', () => {
  it('are names that the English notes quote as well, not English words', async () => {
    const { QUOTED_NAMES, sourceNotes, englishIn } = await import('../support/english');
    const notes = sourceNotes().join('\n');
    for (const name of QUOTED_NAMES) expect(notes, name).toContain(name);
    expect(englishIn('Примечание атласа: сообщение агентства Belga (dpa).', 'ru')).toEqual([]);
    expect(englishIn('Примечание атласа: the dispatch of dpa.', 'ru')).toEqual([
      'the',
      'dispatch',
      'of',
    ]);
    expect(englishIn('Note de l’atlas : article publié par The Conversation.', 'fr')).toEqual([]);
    expect(englishIn('Note de l’atlas : the dpa-Meldung.', 'fr')).toEqual(['the']);
  });

  it('leave no English in any translated note on a source (what the page check would find)', async () => {
    const { sourceNotes, englishIn } = await import('../support/english');
    const texts = new Map(table('texts.csv').map((t) => [t.en ?? '', t]));
    const found = sourceNotes().flatMap((en) =>
      (['fr', 'de', 'it', 'ru', 'es'] as const).flatMap((lang) =>
        englishIn(texts.get(en)?.[lang] ?? '', lang).map((w) => `${lang}: ${w} in ${en}`),
      ),
    );
    expect(found).toEqual([]);
  });
});
