import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { DEFAULT_FILTERS, type Filters, type Lang } from '../../src/lib/model/filters';
import { shapeStartup } from '../../src/lib/data/startup';
import { deckFormat } from '../../src/lib/export/formats';
import type { DeckDocument } from '../../src/lib/export/deck';
import { translator } from '../../src/lib/i18n';
import '../../src/lib/i18n/all';
import { buildDeck, deckItems, deckRows, rowsKey, speakerNotes } from '../../src/views/deck-export';
import type { ContextBase } from '../../src/views/context';
import { geographyFromTopology } from '../../src/lib/map/osce-map';
import { openNodeEngine } from '../../data/scripts/node-engine';
import { runStartupQueries } from '../../data/scripts/precompute';
import { rsvgPng } from '../../data/scripts/cli-prelude';
import { FIGURE_NAMES } from '../../src/lib/model/figure-names';
import { officeTest, squeeze } from '../support/office-files';

const { out, version, date: DATE, root: ROOT, toPdf } = officeTest('deck');
const inFilters = (query: string, lang: Lang = 'en'): Filters => ({
  ...DEFAULT_FILTERS,
  ...Object.fromEntries(new URLSearchParams(query)),
  lang,
});

/** A PPTX as LibreOffice reads it: its PDF's pages, page size, each page's text and images. */
function readPptx(file: string) {
  const pdf = toPdf([file]).get(file) ?? '';
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  const text = (page: number) =>
    execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], {
      encoding: 'utf8',
    });
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells.length > 4 && cells[2] === 'image')
    .map(([page, , , width, height]) => ({
      page: Number(page),
      width: Number(width),
      height: Number(height),
    }));
  return { pages, ratio: Number(w) / Number(h), text, images };
}

const part = (file: string, name: string) =>
  execFileSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const parts = (file: string) =>
  execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');

let base: ContextBase;
const decks = new Map<Lang, DeckDocument>();

beforeAll(async () => {
  const { engine, close } = await openNodeEngine(resolve(ROOT, 'data'));
  const startup = shapeStartup(await runStartupQueries(engine));
  base = {
    document: new JSDOM('<!doctype html><html><body></body></html>').window.document,
    countries: startup.countries,
    sources: startup.sources,
    regions: startup.regions,
    geography: geographyFromTopology(
      JSON.parse(readFileSync(resolve(ROOT, 'public/data/osce-map.topo.json'), 'utf8')),
    ),
    countSourceOverride: null,
  };
  for (const lang of ['en', 'ru'] as const) {
    const items = deckItems([], { ...DEFAULT_FILTERS, lang });
    const rows = await deckRows(items, engine, base);
    decks.set(
      lang,
      buildDeck(items, (item) => rows.get(rowsKey(item.filters)), base, {
        lang,
        date: DATE,
        version,
      }).doc,
    );
  }
  close();
}, 300000);

describe('the deck’s slide model', () => {
  it('takes the page’s figures when no deck is saved, and a saved deck’s slides in the deck’s language', () => {
    const atlas = deckItems([], { ...DEFAULT_FILTERS, lang: 'fr' });
    expect(atlas.map((i) => i.figure)).toEqual(
      FIGURE_NAMES.filter((name) => !name.startsWith('profile-')),
    );
    const profile = deckItems([], { ...DEFAULT_FILTERS, profile: 'UZB', lang: 'en' });
    expect(profile.map((i) => i.figure)).toContain('profile-trends');
    expect(profile.map((i) => i.figure)).not.toContain('states-chart');
    const saved = deckItems(
      [
        { query: 'stage=prosecuted&region=central_asia', figure: 'regions' },
        { query: 'profile=UZB', figure: 'profile-trends' },
      ],
      { ...DEFAULT_FILTERS, lang: 'ru' },
    );
    expect(saved.map((i) => [i.figure, i.filters.stage, i.filters.region, i.filters.lang])).toEqual(
      [
        ['regions', 'prosecuted', 'central_asia', 'ru'],
        ['profile-trends', DEFAULT_FILTERS.stage, null, 'ru'],
      ],
    );
    expect(rowsKey(saved[0]!.filters)).not.toBe(rowsKey(saved[1]!.filters));
  });

  it('gives every default figure a 1920x1080 slide with its title, source line and noted sources', () => {
    const deck = decks.get('en');
    if (!deck) throw new Error('no deck');
    expect(deck.slides.length).toBeGreaterThanOrEqual(9);
    const publishers = base.sources.map((s) => s.publisher);
    for (const slide of deck.slides) {
      expect(slide.width).toBe(1920);
      expect(slide.height).toBe(1080);
      expect(slide.title.length).toBeGreaterThan(10);
      expect(slide.svg).toContain(slide.title.slice(0, 40));
      // The title shows once: in the slide's title placeholder, not drawn again in the figure.
      const figure = new JSDOM(slide.svg, { contentType: 'image/svg+xml' }).window.document;
      const header = [...figure.querySelectorAll('g[id$="-header"] text')]
        .map((e) => e.textContent ?? '')
        .join(' ');
      expect(header).not.toContain(slide.title.slice(0, 30));
      expect(figure.querySelector('title')?.textContent).toBe(slide.title);
      expect(slide.sourceLine).toMatch(/^Sources?: .+Terms?: /);
      expect(slide.notes.split('\n')[0]).toBe('Talking points');
      expect(publishers.some((p) => slide.notes.includes(p))).toBe(true);
    }
  });

  it('moves a figure’s method notes off its slide into its speaker notes', () => {
    for (const lang of ['en', 'ru'] as const) {
      const t = translator(lang);
      const deck = decks.get(lang);
      const map = deck?.slides.find((s) => s.svg.includes('data-figure="osce-map"'));
      if (!map) throw new Error('no map slide');
      const drawn = [
        ...new JSDOM(map.svg, { contentType: 'image/svg+xml' }).window.document.querySelectorAll(
          'text',
        ),
      ]
        .map((e) => e.textContent ?? '')
        .join(' ');
      expect(drawn).not.toContain(t('noteInterval').slice(0, 30));
      expect(drawn).toContain(t('noteBoundaries').slice(0, 30));
      const [points, method] = map.notes.split(`\n${t('deckMethodNotes')}\n`);
      expect(points?.split('\n')[0]).toBe(t('talkingPoints'));
      expect(method).toContain(t('noteInterval'));
      expect(method).toContain(t('noteMethod'));
    }
  });

  it('writes the slides in the deck’s language', () => {
    const ru = decks.get('ru');
    const en = decks.get('en');
    if (!ru || !en) throw new Error('no deck');
    // Longer words can take a long list over more pages; every figure is there.
    expect(ru.slides.length).toBeGreaterThanOrEqual(en.slides.length);
    expect(ru.title).toBe(translator('ru')('atlasName'));
    expect(ru.slides[0]?.title).not.toBe(en.slides[0]?.title);
    expect(ru.slides[0]?.title).toMatch(/[а-я]/);
    expect(ru.slides[0]?.notes.split('\n')[0]).toBe(translator('ru')('talkingPoints'));
  });

  it('says so in the notes when no talking point rests on the rows', () => {
    expect(speakerNotes({ results: {}, regionRows: [] }, inFilters('', 'de'), base, version)).toBe(
      translator('de')('deckNoPoints'),
    );
  });
});

describe('the deck as PowerPoint, read by LibreOffice', () => {
  it('writes the default figures with `npm run figures -- --pptx`: one 16:9 page per slide with title, figure and source line', async () => {
    const file = join(out, 'cli', 'deck.pptx');
    const cli = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        resolve(ROOT, 'data/scripts/figures.ts'),
        '--out',
        join(out, 'cli'),
        '--preset',
        'slide',
        '--pptx',
        file,
        '--date',
        DATE,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const deck = decks.get('en');
    if (!deck) throw new Error('no deck');
    const pdf = readPptx(file);
    expect(pdf.pages).toBe(deck.slides.length);
    expect(pdf.pages).toBeGreaterThanOrEqual(8);
    expect(pdf.ratio).toBeCloseTo(16 / 9, 2);
    for (const [i, slide] of deck.slides.entries()) {
      const text = squeeze(pdf.text(i + 1));
      expect(text).toContain(squeeze(slide.title));
      expect(text).toContain(squeeze(slide.sourceLine).slice(0, 60));
      // LibreOffice 7.4 draws the PNG fallback, not the SVG: a broken image is 100x119 pixels.
      expect(pdf.images.filter((m) => m.page === i + 1)).toEqual([
        { page: i + 1, width: 1920, height: 1080 },
      ]);
    }
    // The SVG of each slide is in the package with the figure's own text (its labels).
    const media = parts(file).filter((p) => p.endsWith('.svg'));
    expect(media).toHaveLength(deck.slides.length);
    expect(part(file, media[0] ?? '')).toContain('<text');
    // The title is a real title placeholder; the notes hold the talking points' sources.
    const slideXml = part(file, 'ppt/slides/slide1.xml');
    expect(slideXml).toMatch(/<p:ph[^>]*type="title"/);
    const notes = part(file, 'ppt/notesSlides/notesSlide1.xml');
    expect(notes).toContain('Talking points');
    expect(base.sources.some((s) => notes.includes(s.publisher.replace(/'/g, '&apos;')))).toBe(
      true,
    );
  }, 400000);

  it('writes a saved deck in Russian, PNG fallback drawn by the atlas', async () => {
    const deck = decks.get('ru');
    const format = deckFormat('pptx');
    if (!deck || !format) throw new Error('no deck');
    const slides = deck.slides.slice(0, 3);
    const file = join(out, 'deck-ru.pptx');
    const written = await format.write({
      deck: { ...deck, slides },
      png: (slide) => Promise.resolve(rsvgPng(slide.svg, 1)),
    });
    writeFileSync(file, new Uint8Array(await written.blob.arrayBuffer()));
    const pdf = readPptx(file);
    expect(pdf.pages).toBe(3);
    for (const [i, slide] of slides.entries())
      expect(squeeze(pdf.text(i + 1))).toContain(squeeze(slide.title));
    expect(part(file, 'ppt/slides/slide1.xml')).toContain('lang="ru"');
    expect(part(file, 'ppt/notesSlides/notesSlide1.xml')).toContain(
      translator('ru')('talkingPoints'),
    );
  }, 300000);
});
