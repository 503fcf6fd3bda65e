import { describe, expect, it } from 'vitest';
import {
  choosePoints,
  notePoints,
  plainText,
  pointsHtml,
  pointsPlainText,
  talkingPoints,
  type TalkingPoint,
} from '../../src/lib/points';
import { stageSharePoints, trendPoints, pipelinePoints } from '../../src/lib/points/rules-counts';
import { comparisonPoints, dataGapPoints, publishedPoints } from '../../src/lib/points/rules-other';
import { byStrength } from '../../src/lib/points/build';
import {
  cell,
  pointsInputOf,
  publishedRow,
  shareRow,
  SOURCES,
  stateRow,
} from '../support/point-rows';

const LANGS = ['en', 'ru'] as const;
const text = (p: TalkingPoint | undefined) => (p ? plainText(p.segments) : '');
/** Every run of digits in a sentence sits in a segment that names its rows, apart from the stated period and rule numbers. */
const numbersWithoutRows = (p: TalkingPoint, allowed: string[]) =>
  p.segments
    .filter((s) => !s.obsIds?.length)
    .flatMap((s) => s.text.match(/\d[\d\s.,]*/g) ?? [])
    .map((n) => n.trim().replace(/[.,]$/, ''))
    .filter((n) => n && !allowed.includes(n));

describe('talking points: the atlas’s words about rows', () => {
  it.each(LANGS)(
    '%s: period note and group counted in the reader’s language, locator in the note',
    (lang) => {
      const row = publishedRow({
        area: 'UZB',
        areaNames: { nameEn: 'Uzbekistan', nameFr: 'Ouzbékistan', nameRu: 'Узбекистан' },
        periodNote: 'Stock on 30 June 2023',
        denominator: 'persons in prison',
        words: {
          periodNote: { en: 'Stock on 30 June 2023', ru: 'На 30 июня 2023 года' },
          denominator: { en: 'persons in prison', ru: 'лица в местах лишения свободы' },
          note: null,
        },
      });
      const input = pointsInputOf({}, { published: [row] }, lang);
      const points = talkingPoints(input, lang);
      const sentence = text(points.find((p) => p.kind === 'published'));
      expect(sentence).toContain(lang === 'en' ? 'Stock on 30 June 2023' : 'На 30 июня 2023 года');
      expect(sentence).toContain(
        lang === 'en' ? 'persons in prison' : 'лица в местах лишения свободы',
      );
      if (lang === 'ru') expect(sentence).not.toContain('Stock on');
      const sources = SOURCES.map((s) =>
        s.sourceId === 'PRESS_X' ? { ...s, locatorKind: 'page', locator: '12' } : s,
      );
      const noted = notePoints(points, sources, 'v', lang);
      expect(noted[0]?.note.text).toContain(lang === 'en' ? 'Page 12' : '12');
      expect(noted[0]?.note.sources[0]?.locator).toMatch(/12$/);
    },
  );
});

describe('talking points: share at a stage', () => {
  it.each(LANGS)('%s: counts, share and 95%% interval, each number with its rows', (lang) => {
    const input = pointsInputOf({}, { shares: [shareRow('UZB', 2021, 109, 45)] }, lang);
    const [point] = stageSharePoints(input, lang);
    const sentence = text(point);
    expect(sentence).toContain('109');
    expect(sentence).toContain('154');
    expect(sentence).toMatch(/70[.,]8/);
    expect(sentence).toMatch(/63–78/);
    expect(sentence).toContain(lang === 'en' ? 'persons convicted' : 'осужденных');
    expect(sentence).toContain(lang === 'en' ? '109 women among the 154' : '109 женщин');
    expect(numbersWithoutRows(point as TalkingPoint, ['95'])).toEqual([]);
    expect(point?.segments.find((s) => s.text === '109')?.obsIds).toEqual([
      'UZB-2021-convicted-F',
      'UZB-2021-M',
    ]);
    if (lang === 'ru') expect(sentence.replace(/95-процентный/, '')).not.toMatch(/[A-Za-z]/);
  });

  it.each(LANGS)('%s: a small count is flagged', (lang) => {
    const input = pointsInputOf({}, { shares: [shareRow('UZB', 2021, 4, 11)] }, lang);
    const sentence = text(stageSharePoints(input, lang)[0]);
    expect(sentence).toContain(lang === 'en' ? 'fewer than 30 persons' : 'менее 30');
    expect(stageSharePoints(input, lang)[0]?.strength.small).toBe(true);
  });

  it.each(LANGS)('%s: a suppressed count of women is never given as a number', (lang) => {
    const suppressed = shareRow('UZB', 2021, null, 37, { womenSuppressed: true });
    const input = pointsInputOf({}, { shares: [shareRow('UZB', 2020, 60, 40), suppressed] }, lang);
    const [point] = stageSharePoints(input, lang);
    const sentence = text(point);
    expect(sentence).toContain('2021');
    expect(sentence).not.toContain('37');
    expect(sentence).not.toMatch(/60|100|null|NaN/);
    expect(sentence).toContain(lang === 'en' ? 'is not published' : 'не опубликовано');
    expect(sentence).toContain(
      lang === 'en' ? 'statistical confidentiality' : 'конфиденциальность',
    );
  });
});

describe('talking points: change over time', () => {
  it.each(LANGS)('%s: "rose" only when the intervals are separated', (lang) => {
    const rows = [
      shareRow('UZB', 2017, 10, 90),
      shareRow('UZB', 2018, 30, 70),
      shareRow('UZB', 2019, 30, 70),
      shareRow('UZB', 2020, 50, 50),
      shareRow('UZB', 2021, 60, 40),
    ];
    const sentence = text(trendPoints(pointsInputOf({}, { shares: rows }, lang), lang)[0]);
    expect(sentence).toContain(lang === 'en' ? 'rose from' : 'выросла');
    expect(sentence).toContain(lang === 'en' ? 'do not overlap' : 'не пересекаются');
  });

  it.each(LANGS)('%s: overlapping intervals are said to overlap, not to rise', (lang) => {
    const rows = [2017, 2018, 2019, 2020].map((y) => shareRow('UZB', y, 48, 52));
    rows.push(shareRow('UZB', 2021, 53, 47));
    const sentence = text(trendPoints(pointsInputOf({}, { shares: rows }, lang), lang)[0]);
    expect(sentence).not.toMatch(/rose|fell|выросла|снизилась/);
    expect(sentence).toContain(lang === 'en' ? 'overlap, so the difference' : 'пересекаются');
  });

  it.each(LANGS)('%s: no trend over a changing set of States', (lang) => {
    const region = {
      kind: 'region' as const,
      iso3: null,
      name: lang === 'en' ? 'Central Asia' : 'Центральная Азия',
    };
    const changing = [
      ...[2017, 2018, 2019].map((y) => shareRow('KAZ', y, 10, 90)),
      ...[2019, 2020, 2021].map((y) => shareRow('KGZ', y, 60, 40)),
    ];
    expect(trendPoints(pointsInputOf(region, { shares: changing }, lang), lang)).toEqual([]);
    const stable = [2017, 2018, 2019, 2020, 2021].flatMap((y) => [
      shareRow('KAZ', y, 10 + 10 * (y - 2017), 90),
      shareRow('KGZ', y, 20, 80),
    ]);
    const [trend] = trendPoints(pointsInputOf(region, { shares: stable }, lang), lang);
    // Fewer than four States: the sentence names them rather than the region.
    expect(text(trend)).toContain(
      lang === 'en' ? 'Kazakhstan, Kyrgyzstan' : 'Казахстан, Кыргызстан',
    );
  });
});

describe('talking points: pipeline, comparison, published figure, data gap', () => {
  it.each(LANGS)('%s: the pipeline gives each stage with its counts', (lang) => {
    const rows = [
      shareRow('UZB', 2021, 20, 80, { series: 'prosecuted' }),
      shareRow('UZB', 2021, 109, 45),
    ];
    const sentence = text(pipelinePoints(pointsInputOf({}, { shares: rows }, lang), lang)[0]);
    expect(sentence).toContain(
      lang === 'en'
        ? 'persons prosecuted 20.0% (20 of 100'
        : 'подвергнутые уголовному преследованию — 20,0',
    );
    expect(sentence).toMatch(/109 (of|из) 154/);
  });

  it("a group pipeline never sets one State's stage beside another's", () => {
    const osce = { kind: 'osce' as const, iso3: null, name: 'whole OSCE area' };
    const years = [2017, 2018, 2019, 2020, 2021];
    const mixed = [
      ...years.map((y) => shareRow('KAZ', y, 20, 80, { series: 'prosecuted' })),
      ...years.map((y) => shareRow('KGZ', y, 60, 40)),
    ];
    expect(pipelinePoints(pointsInputOf(osce, { shares: mixed }), 'en')).toEqual([]);
    const same = [
      ...years.map((y) => shareRow('KAZ', y, 20, 80, { series: 'prosecuted' })),
      ...years.map((y) => shareRow('KAZ', y, 60, 40)),
    ];
    const [point] = pipelinePoints(pointsInputOf(osce, { shares: same }), 'en');
    expect(text(point)).toMatch(
      /^Kazakhstan, trafficking in persons, 2021, women's share by stage/,
    );
  });

  it("about a State, only the State's own published figures", () => {
    const own = publishedRow({ obsId: 'OWN', area: 'UZB' });
    const wider = publishedRow({ obsId: 'WIDER', area: 'EU27' });
    const ids = (kind: 'state' | 'osce') =>
      publishedPoints(
        pointsInputOf(kind === 'state' ? {} : { kind, iso3: null }, { published: [own, wider] }),
        'en',
      ).map((p) => p.id);
    expect(ids('state')).toEqual(['published.OWN']);
    expect(ids('osce')).toEqual(['published.OWN', 'published.WIDER']);
  });

  it('one published figure per area, market, stage, position and period', () => {
    const june = publishedRow({
      obsId: 'A',
      sourceId: 'PRESS_X',
      qualifier: 'approx',
      value: 2,
      valueHigh: null,
    });
    const december = publishedRow({
      obsId: 'B',
      sourceId: 'PRESS_X',
      qualifier: 'approx',
      value: 3,
      valueHigh: null,
    });
    const osce = { kind: 'osce' as const, iso3: null };
    const points = publishedPoints(pointsInputOf(osce, { published: [june, december] }), 'en');
    expect(points.map((p) => p.id)).toEqual(['published.A']);
    const dated = publishedPoints(pointsInputOf(osce, { published: [june, december] }), 'en', {
      periodNote: (row) => (row.obsId === 'A' ? '30 June 2023' : '31 December 2023'),
    });
    expect(dated.map((p) => text(p))).toEqual([
      "OSCE area, all criminal markets, 30 June 2023, arrested: women's share about 2%, as published by Example Press.",
      "OSCE area, all criminal markets, 31 December 2023, arrested: women's share about 3%, as published by Example Press.",
    ]);
  });

  it("a dated stock is the atlas's words in the reader's language; the publisher stays marked as the source's", () => {
    const stock = publishedRow({
      obsId: 'STOCK',
      qualifier: 'approx',
      value: 2,
      valueHigh: null,
      periodNote: 'Stock on 30 June 2023',
      words: {
        periodNote: {
          en: 'Stock on 30 June 2023',
          fr: 'Situation au 30 juin 2023',
          de: 'Stand am 30. Juni 2023',
          it: 'Situazione al 30 giugno 2023',
          ru: 'По состоянию на 30 июня 2023 года',
          es: 'Situación a 30 de junio de 2023',
        },
        denominator: null,
        note: null,
      },
    });
    const osce = { kind: 'osce' as const, iso3: null };
    const [point] = publishedPoints(pointsInputOf(osce, { published: [stock] }, 'ru'), 'ru');
    expect(text(point)).toContain('2023 (По состоянию на 30 июня 2023 года)');
    expect(text(point)).not.toContain('Stock on');
    expect(point?.segments.filter((s) => s.source === 'publisher')).toEqual([
      { text: 'Example Press', source: 'publisher' },
    ]);
  });

  it.each(LANGS)('%s: "highest" only when its interval is separated from all others', (lang) => {
    const osce = {
      kind: 'osce' as const,
      iso3: null,
      name: lang === 'en' ? 'whole OSCE area' : 'весь регион ОБСЕ',
    };
    const separated = [stateRow('UZB', 80, 20), stateRow('KAZ', 10, 90), stateRow('KGZ', 15, 85)];
    const points = comparisonPoints(pointsInputOf(osce, { stateRows: separated }, lang), lang);
    expect(points.map((p) => p.id)).toContain('highest.human_trafficking.convicted');
    expect(text(points.find((p) => p.id.startsWith('highest')))).toContain(
      lang === 'en' ? 'Uzbekistan' : 'Узбекистан',
    );
    const overlapping = [stateRow('UZB', 52, 48), stateRow('KAZ', 50, 50), stateRow('KGZ', 10, 90)];
    const none = comparisonPoints(pointsInputOf(osce, { stateRows: overlapping }, lang), lang);
    expect(none.map((p) => p.id)).not.toContain('highest.human_trafficking.convicted');
    // A small count is never singled out, however far its interval lies.
    const small = [stateRow('UZB', 9, 1), stateRow('KAZ', 10, 990), stateRow('KGZ', 12, 988)];
    const smallPoints = comparisonPoints(pointsInputOf(osce, { stateRows: small }, lang), lang);
    expect(smallPoints.map((p) => p.id)).not.toContain('highest.human_trafficking.convicted');
  });

  it.each(LANGS)(
    '%s: a State is "higher" than its region only with separated intervals',
    (lang) => {
      const rows = [stateRow('UZB', 109, 45), stateRow('KAZ', 30, 170), stateRow('KGZ', 20, 180)];
      const [higher] = comparisonPoints(pointsInputOf({}, { stateRows: rows }, lang), lang);
      expect(text(higher)).toContain(lang === 'en' ? 'is higher than' : 'выше, чем');
      const close = [stateRow('UZB', 50, 50), stateRow('KAZ', 48, 52), stateRow('KGZ', 47, 53)];
      const [similar] = comparisonPoints(pointsInputOf({}, { stateRows: close }, lang), lang);
      expect(text(similar)).toContain(
        lang === 'en' ? 'not clearly different' : 'не отличается явно',
      );
    },
  );

  it.each(LANGS)('%s: a bound keeps the source\'s qualifier ("up to 40%%")', (lang) => {
    const input = pointsInputOf(
      { kind: 'osce', iso3: null },
      { published: [publishedRow({})] },
      lang,
    );
    const [point] = publishedPoints(input, lang);
    expect(text(point)).toMatch(lang === 'en' ? /up to 40%/ : /до 40\s%/);
    expect(text(point)).not.toMatch(/\b40[.,]0/);
    const less = publishedRow({ obsId: 'LT', qualifier: 'less_than', valueHigh: 10 });
    const [lessPoint] = publishedPoints(
      pointsInputOf({ kind: 'osce', iso3: null }, { published: [less] }, lang),
      lang,
    );
    expect(text(lessPoint)).toMatch(lang === 'en' ? /less than 10%/ : /менее 10\s%/);
  });

  it.each(LANGS)('%s: a data gap is a talking point', (lang) => {
    const coverage = [2017, 2018, 2019, 2020, 2021].flatMap((y) => [
      cell('formal_contact', y, 'none'),
      cell('prosecuted', y, 'total_only'),
      cell('convicted', y, 'published'),
    ]);
    const gaps = dataGapPoints(pointsInputOf({}, { coverage }, lang), lang);
    expect(gaps.map((g) => g.id)).toEqual([
      'gap.human_trafficking.formal_contact',
      'gap.human_trafficking.prosecuted',
    ]);
    expect(text(gaps[0])).toContain(lang === 'en' ? 'publishes no figure' : 'не публикует данных');
    expect(text(gaps[1])).toContain(lang === 'en' ? 'only totals' : 'только общие числа');
  });
});

describe('talking points: order, choice, notes and copy', () => {
  it('strongest evidence first: official statistics before press, larger counts before small, gaps last', () => {
    const input = pointsInputOf(
      {},
      {
        shares: [
          shareRow('UZB', 2021, 109, 45),
          shareRow('UZB', 2021, 5, 5, { series: 'prosecuted' }),
        ],
        published: [publishedRow({ area: 'UZB' })],
        coverage: [cell('formal_contact', 2021, 'none')],
      },
    );
    const points = talkingPoints(input, 'en');
    expect(points.map((p) => p.id)).toEqual([
      'share.human_trafficking.convicted',
      'share.human_trafficking.prosecuted',
      'pipeline.human_trafficking',
      'published.PRESS-UPTO40',
      'gap.human_trafficking.formal_contact',
    ]);
    expect([...points].sort(byStrength)).toEqual(points);
  });

  it("the user's choice keeps its order; unknown ids are ignored; null means all", () => {
    const points = talkingPoints(
      pointsInputOf(
        {},
        { shares: [shareRow('UZB', 2021, 109, 45)], published: [publishedRow({ area: 'UZB' })] },
      ),
      'en',
    );
    const ids = points.map((p) => p.id);
    const { chosen, rest } = choosePoints(points, [ids[1] ?? '', 'gone.x', ids[0] ?? '']);
    expect(chosen.map((p) => p.id)).toEqual([ids[1], ids[0]]);
    expect(rest).toHaveLength(points.length - 2);
    expect(choosePoints(points, null).chosen).toEqual(points);
    expect(choosePoints(points, []).chosen).toEqual([]);
  });

  it.each(LANGS)(
    '%s: each point ends with a numbered note naming publisher, title, year, address and dataset version',
    (lang) => {
      const points = talkingPoints(
        pointsInputOf({}, { shares: [shareRow('UZB', 2021, 109, 45)] }, lang),
        lang,
      );
      const noted = notePoints(points, SOURCES, 'abc123', lang, {
        locator: () => 'table 2',
      });
      const note = noted[0]?.note.text ?? '';
      for (const part of [
        'United Nations Office on Drugs and Crime (UNODC)',
        'Global Report on Trafficking in Persons',
        '2022',
        'table 2',
        'https://dataunodc.un.org/dp-trafficking-persons',
        'abc123',
      ])
        expect(note).toContain(part);
      const plain = pointsPlainText(noted, lang);
      expect(plain).toMatch(/\.\s\[1\]\n/);
      expect(plain).toContain(`[1] ${note}`);
      const html = pointsHtml(noted, lang);
      expect(html).toContain('<sup>1</sup>');
      expect(html).toContain('data-obs-id="UZB-2021-convicted-F UZB-2021-M">109</span>');
      expect(html).toContain('<li value="1">');
      // The source's own words are marked as its own: publisher, title, address.
      expect(html).toContain(
        '<span data-source-words="publisher">United Nations Office on Drugs and Crime (UNODC)</span>',
      );
      expect(html).toContain(
        '<cite data-source-words="title">Global Report on Trafficking in Persons',
      );
      expect(html).toContain(
        '<a href="https://dataunodc.un.org/dp-trafficking-persons">https://dataunodc.un.org/dp-trafficking-persons</a>',
      );
    },
  );

  it('HTML copy escapes what the rows say', () => {
    const input = pointsInputOf(
      {},
      {
        published: [publishedRow({ area: 'UZB', areaNames: { nameEn: '<b>X</b>', nameFr: 'X' } })],
      },
    );
    const html = pointsHtml(notePoints(talkingPoints(input, 'en'), SOURCES, 'v', 'en'), 'en');
    expect(html).toContain('&lt;b&gt;X&lt;/b&gt;');
    expect(html).not.toContain('<b>X</b>');
  });
});
