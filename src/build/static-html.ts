import { DEFAULT_FILTERS, type Filters, type Lang } from '../lib/model/filters';
import type { FigureName } from '../lib/model/figure-names';
import type { StartupTables } from '../lib/data/startup';
import type { OsceGeography } from '../lib/map/osce-map';
import { pictureLayout } from '../lib/charts/frame';
import { translator } from '../lib/i18n';
import { localName } from '../lib/i18n/names';
import { SOURCE_KIND, STAGE, labelOf } from '../lib/vocabulary/codes';
import { locatorOf, sourceNoteText, termsOf } from '../lib/charts/source-line';
import { VIEWS, pageOf } from '../views/registry';
import { contextFor, type ContextBase } from '../views/context';
import { usageBySource } from '../views/usage';
import { profileSummary } from '../views/profile/summary';
import type { BoundView, RegisteredView } from '../views/view-spec';
import type { Segment as SummarySegment } from '../views/profile/summary';
import { profileFiguresView, profileScoresView, profileTrendsView } from '../views/profile/specs';
import { staticPagePath } from '../lib/state/page-address';
import { encodeFilters } from '../lib/state/url-codec';
import { FIRST_SCREEN, figureFromFile } from './static-figures';

/** What every static page is drawn from: the start-up tables and the map, as the app loads them. */
export interface StaticInputs {
  document: Document;
  startup: StartupTables;
  geography: OsceGeography;
  version: string;
  /**
   * A figure not inlined (in index.html, every figure below the first screen) as a file of its
   * own, shown without JavaScript (`figureFromFile`): its address, or null to inline it.
   */
  figureFile?: (name: FigureName, svg: SVGSVGElement) => string | null;
}

/** The widths the app draws its figures at on a desktop screen (ViewSection's maxima). */
const STATIC_WIDTH: Partial<Record<FigureName, number>> = { 'states-chart': 900 };
const DEFAULT_WIDTH = 1100;
/** A 390-pixel phone less the page's padding, and the figures drawn for it as well. */
const PHONE_WIDTH = 358;
const PHONE_FIRST: readonly FigureName[] = ['states-chart'];

export interface StaticBody {
  /** The markup that goes into the page's #prerender element. */
  html: string;
  /** One line for <meta name="description"> and og:description. */
  description: string;
  title: string;
}

function element(document: Document, tag: string, attrs: Record<string, string> = {}, text = '') {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function boundViews(
  results: Readonly<Record<string, unknown>>,
  filters: Filters,
  inputs: StaticInputs,
): { view: RegisteredView; bound: BoundView }[] {
  const base: ContextBase = {
    document: inputs.document,
    countries: inputs.startup.countries,
    sources: inputs.startup.sources,
    regions: inputs.startup.regions,
    geography: inputs.geography,
    countSourceOverride: null,
  };
  const page = pageOf(filters);
  return VIEWS.filter((v) => v.page === page && results[v.name] !== undefined).map((view) => ({
    view,
    bound: view.bind(results[view.name], contextFor(view, filters, base)),
  }));
}

/** A view as the app's ViewSection shows it: heading, figures as SVG, its summary. */
function viewSection(
  inputs: StaticInputs,
  view: RegisteredView,
  bound: BoundView,
  lang: Lang,
): HTMLElement {
  const { document } = inputs;
  const t = translator(lang);
  const id = `static-view-${view.name}`;
  const section = element(document, 'section', {
    class: 'view static-view',
    id,
    'aria-labelledby': `${id}-heading`,
    'data-static-view': view.name,
  });
  section.append(element(document, 'h2', { id: `${id}-heading` }, t(view.heading)));
  for (const notice of bound.notices()) section.append(element(document, 'p', {}, notice));
  for (const name of view.figures) {
    const svg = bound.figure(name, pictureLayout(STATIC_WIDTH[name] ?? DEFAULT_WIDTH));
    if (!svg) continue;
    const figure = element(document, 'div', {
      class: 'static-figure',
      role: 'figure',
      'aria-label': t(`figure_${name}`),
      'data-static-figure': name,
    });
    const file = inputs.figureFile?.(name, svg) ?? null;
    const narrow = PHONE_FIRST.includes(name)
      ? bound.figure(name, pictureLayout(PHONE_WIDTH))
      : null;
    if (file === null && narrow) {
      // On a phone the app draws the first chart at the phone's width: so does the static page.
      figure.append(element(document, 'div', { class: 'static-wide' }));
      figure.lastElementChild?.append(svg);
      figure.append(element(document, 'div', { class: 'static-narrow' }));
      figure.lastElementChild?.append(narrow);
    } else if (file === null) figure.append(svg);
    else figure.append(...figureFromFile(document, svg, file, t(`figure_${name}`)));
    section.append(figure);
  }
  section.append(element(document, 'p', { class: 'summary' }, bound.summary()));
  return section;
}

/**
 * The sources of the rows in view, as the app's sources panel lists them, each with the ids of
 * its rows in `inline` (by default every view): the figures that are files of their own carry
 * their rows' ids in their own marks.
 */
function sourcesSection(
  document: Document,
  bound: BoundView[],
  inputs: StaticInputs,
  lang: Lang,
  inline: BoundView[] = bound,
): HTMLElement {
  const t = translator(lang);
  const usage = usageBySource(bound.flatMap((b) => b.usage()));
  const rowIds = usageBySource(inline.flatMap((b) => b.usage()));
  const section = element(document, 'section', {
    class: 'sources static-sources',
    'aria-labelledby': 'static-sources-heading',
  });
  section.append(element(document, 'h2', { id: 'static-sources-heading' }, t('sourcesInView')));
  const list = element(document, 'ul');
  for (const source of inputs.startup.sources.filter((s) => usage.has(s.sourceId))) {
    const item = element(document, 'li', {
      'data-source-id': source.sourceId,
      'data-obs-ids': (rowIds.get(source.sourceId) ?? []).join(' '),
    });
    item.append(
      element(document, 'strong', { 'data-source-words': 'publisher' }, source.publisher),
    );
    item.append(', ');
    item.append(
      element(
        document,
        'a',
        { href: source.url, rel: 'noopener noreferrer', 'data-source-words': 'title' },
        source.title,
      ),
    );
    const locator = source.locator ? `, ${locatorOf(source, lang)}` : '';
    item.append(
      ` (${source.year ?? t('noDate')})${locator}. ${labelOf(SOURCE_KIND, source.kind, lang)}. ${termsOf(source, lang)}.`,
    );
    if (source.note) {
      item.append(' ');
      item.append(
        element(
          document,
          'span',
          { class: 'atlas-note', 'data-atlas-note': '' },
          t('sourceNote', { note: sourceNoteText(source, lang) }),
        ),
      );
    }
    list.append(item);
  }
  section.append(list);
  section.append(
    element(document, 'p', { class: 'version' }, t('dataVersion', { version: inputs.version })),
  );
  return section;
}

/**
 * The page's top, laid out as the app's (header, tools line, filters) so that the figures below
 * stay where they are when the app takes over; without JavaScript the tools line says what
 * needs it.
 */
function pageHeader(
  document: Document,
  lang: Lang,
  home: string,
  languages: Partial<Record<Lang, string>> | null,
): HTMLElement[] {
  const t = translator(lang);
  const header = element(document, 'header', { class: 'static-header' });
  const titleBlock = element(document, 'div');
  const title = element(document, 'p', { class: 'static-title' });
  title.append(element(document, 'a', { href: home }, t('appTitle')));
  titleBlock.append(title);
  titleBlock.append(element(document, 'p', { class: 'lede' }, t('appSubtitle')));
  const nav = element(document, 'p', { class: 'static-nav-line' });
  nav.append(
    element(document, 'a', { href: `${home.split('?')[0] || './'}#method` }, t('methodLink')),
  );
  titleBlock.append(nav);
  header.append(titleBlock);
  const switcher = element(document, 'nav', {
    class: languages ? 'static-languages' : 'static-languages static-languages-none',
    'aria-label': t('language'),
  });
  switcher.append(element(document, 'span', {}, t('language')));
  if (languages) {
    const list = element(document, 'span', { class: 'static-language-links' });
    for (const [code, href] of Object.entries(languages)) {
      const link = element(document, 'a', { href, hreflang: code, lang: code }, code.toUpperCase());
      if (code === lang) link.setAttribute('aria-current', 'page');
      list.append(link, ' ');
    }
    switcher.append(list);
  }
  header.append(switcher);
  const tools = element(document, 'div', { class: 'static-tools' });
  const note = element(document, 'noscript');
  note.append(
    element(
      document,
      'p',
      { class: 'static-noscript', 'data-testid': 'noscript' },
      t('staticNoScript'),
    ),
  );
  tools.append(note);
  return [header, tools];
}

/** The filters the page was drawn for, as the app's filter panel sums them up. */
function filtersLine(document: Document, filters: Filters): HTMLElement {
  const t = translator(filters.lang);
  const period =
    filters.yearFrom === filters.yearTo
      ? String(filters.yearFrom)
      : `${filters.yearFrom}–${filters.yearTo}`;
  const box = element(document, 'section', { class: 'static-filters', 'aria-label': t('filters') });
  box.append(
    element(
      document,
      'p',
      {},
      `${t('filters')}: ${[labelOf(STAGE, filters.stage, filters.lang), period].join(' · ')}`,
    ),
  );
  return box;
}

/** At most `max` characters, cut at a word, for a description a preview can show whole. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

function sentenceText(sentence: SummarySegment[]): string {
  return sentence.map((s) => s.text).join('');
}

/** A static page's element, naming its page and the filters the app takes over from it. */
function pageRoot(document: Document, page: 'atlas' | 'profile', filters: Filters): HTMLElement {
  return element(document, 'div', {
    class: 'static-page',
    'data-static-page': page,
    'data-static-filters': encodeFilters(filters).toString(),
  });
}

/** The default view of the atlas, drawn from the precomputed default results. */
export function atlasBody(
  results: Readonly<Record<string, unknown>>,
  lang: Lang,
  inputs: StaticInputs,
  home: string,
): StaticBody {
  const { document } = inputs;
  const t = translator(lang);
  const filters: Filters = { ...DEFAULT_FILTERS, lang };
  const views = boundViews(results, filters, inputs);
  const root = pageRoot(document, 'atlas', filters);
  root.append(...pageHeader(document, lang, home, null), filtersLine(document, filters));
  for (const { view, bound } of views) root.append(viewSection(inputs, view, bound, lang));
  root.append(
    sourcesSection(
      document,
      views.map((v) => v.bound),
      inputs,
      lang,
      views.filter((v) => v.view.figures.some((f) => FIRST_SCREEN.includes(f))).map((v) => v.bound),
    ),
  );
  const first = views[0]?.bound.summary() ?? '';
  return { html: root.outerHTML, title: t('appTitle'), description: first || t('appSubtitle') };
}

/** A State's profile: summary, figures, sources and notes, as the live profile shows them. */
export function profileBody(
  iso3: string,
  results: Readonly<Record<string, unknown>>,
  lang: Lang,
  inputs: StaticInputs,
  home: string,
  /** The same page in each language, as links from this one. */
  languages: Partial<Record<Lang, string>>,
): StaticBody {
  const { document, startup } = inputs;
  const t = translator(lang);
  const country = startup.countries.find((c) => c.iso3 === iso3);
  if (!country) throw new Error(`static pages: no country ${iso3}`);
  const name = localName(country, lang);
  const filters: Filters = { ...DEFAULT_FILTERS, lang, profile: iso3 };
  const views = boundViews(results, filters, inputs);
  const summary = profileSummary(
    country,
    {
      trends: profileTrendsView.resultOf(results) ?? [],
      figures: profileFiguresView.resultOf(results) ?? [],
      scores: profileScoresView.resultOf(results) ?? [],
      sources: startup.sources,
    },
    name,
    lang,
  );
  const root = pageRoot(document, 'profile', filters);
  root.append(...pageHeader(document, lang, home, languages));
  const article = element(document, 'article', {
    class: 'profile',
    'data-static-profile': iso3,
    'aria-labelledby': 'static-profile-heading',
  });
  const back = element(document, 'p', { class: 'static-nav' });
  back.append(element(document, 'a', { href: home }, t('profileBack')));
  article.append(back);
  article.append(element(document, 'h1', { id: 'static-profile-heading' }, name));
  const summaryBox = element(document, 'div', {
    class: 'profile-summary',
    'data-testid': 'static-profile-summary',
  });
  for (const sentence of summary) {
    const p = element(document, 'p');
    for (const segment of sentence) {
      if (segment.obsIds?.length)
        p.append(
          element(document, 'span', { 'data-obs-id': segment.obsIds.join(' ') }, segment.text),
        );
      else if (segment.sourceWords)
        p.append(element(document, 'span', { 'data-source-words': 'source' }, segment.text));
      else p.append(segment.text);
    }
    summaryBox.append(p);
  }
  article.append(summaryBox);
  for (const { view, bound } of views) article.append(viewSection(inputs, view, bound, lang));
  if (iso3 === 'XKX')
    article.append(element(document, 'p', { class: 'footnote' }, t('noteKosovo')));
  article.append(element(document, 'p', { class: 'boundaries' }, t('profileMethodNote')));
  root.append(article);
  root.append(
    sourcesSection(
      document,
      views.map((v) => v.bound),
      inputs,
      lang,
    ),
  );
  const description = summary.length
    ? shortened(summary.slice(0, 2).map(sentenceText).join(' '), 300)
    : t('appSubtitle');
  return { html: root.outerHTML, title: `${name} · ${t('appTitle')}`, description };
}

export { staticPagePath };
