import { geoCentroid, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildFigureFrame, svgElement, INK, MUTED, type FrameNote } from '../charts/frame';
import type { TextMeasurer } from '../charts/text-measure';
import { measureWithFontMetrics } from '../charts/font-measure';
import { formatCount, STAGE_PHRASE, translator, type Translate } from '../i18n';
import type { StateShareRow } from '../model/rows';
import type { SourceRow } from '../model/rows';
import type { Lang } from '../model/filters';
import { osceLayout, osceMapHeight, type MapPanel } from './projection';
import { placeSymbols, type PlacedSymbol } from './symbol-placement';
import { definePatterns, drawLegend } from './map-legend';
import {
  CONTEXT_FILL,
  NO_DATA_FILL,
  SUPPRESSED_FILL,
  TOTAL_ONLY_FILL,
  shareColour,
} from './colour-scale';
import { shareLabel, statusNotes } from '../charts/states-chart';
import { sourceLine } from '../charts/source-line';
import { summariseShares } from '../charts/share-summary';
import { localName } from '../i18n/names';

export const MICRO_STATES = ['AND', 'VAT', 'LIE', 'MLT', 'MCO', 'SMR'] as const;

export interface OsceGeography {
  countries: Feature<Geometry, { osce: boolean }>[];
  context: Feature<Geometry>[];
}

export function geographyFromTopology(topology: Topology): OsceGeography {
  const countries = feature(
    topology,
    topology.objects.countries as GeometryCollection<{ osce: boolean }>,
  ) as FeatureCollection<Geometry, { osce: boolean }>;
  const context = feature(
    topology,
    topology.objects.context as GeometryCollection,
  ) as FeatureCollection<Geometry>;
  return { countries: countries.features, context: context.features };
}

export interface MapOptions {
  document: Document;
  lang: Lang;
  width: number;
  stage: string;
  period: string;
  source: SourceRow;
  selected?: string[];
  outlineStudy?: boolean;
  measure?: TextMeasurer;
}

export const SELECTED_STROKE = '#b35806';
/** Radius of a micro-state's invisible hit target: a 26 px circle, above the 24 px minimum. */
export const HIT_RADIUS = 13;

export function stateFill(row: StateShareRow | undefined): string {
  if (!row) return NO_DATA_FILL;
  switch (row.status) {
    case 'share':
      return shareColour(row.share ?? 0);
    case 'suppressed':
      return SUPPRESSED_FILL;
    case 'total_only':
    case 'partial_by_sex':
      return TOTAL_ONLY_FILL;
    default:
      return NO_DATA_FILL;
  }
}

export function stateDescription(row: StateShareRow, lang: Lang): string {
  const t = translator(lang);
  switch (row.status) {
    case 'share':
      return `${shareLabel(row, lang, true)}, ${t(row.shareBasis === 'women_plus_men' ? 'basisWomenPlusMen' : 'basisTotal')}`;
    case 'suppressed':
      return t('tooltipSuppressed');
    case 'total_only':
      return row.total !== null
        ? t('tooltipTotalOnly', { total: formatCount(row.total, lang) })
        : t('tooltipSuppressed');
    case 'partial_by_sex':
      return t('tooltipPartial', {
        covered: formatCount((row.women ?? 0) + (row.men ?? 0), lang),
        total: formatCount(row.total ?? 0, lang),
      });
    case 'zero_persons':
      return t('tooltipZero');
    default:
      return t('tooltipNoData');
  }
}

/** Path data per geography, layout width, panel and feature: the shapes do not change with the data. */
const pathCache = new WeakMap<OsceGeography, Map<string, string>>();

function panelPaths(geography: OsceGeography, panel: MapPanel, width: number) {
  let cache = pathCache.get(geography);
  if (!cache) pathCache.set(geography, (cache = new Map()));
  if (cache.size > 20_000) cache.clear();
  const store = cache;
  const path = geoPath(panel.projection);
  return (feature: Feature<Geometry>, key: string): string => {
    const id = `${width}|${panel.id}|${key}`;
    let d = store.get(id);
    if (d === undefined) store.set(id, (d = path(feature) ?? ''));
    return d;
  };
}

interface PanelContext {
  document: Document;
  t: Translate;
  lang: Lang;
  byIso3: Map<string, StateShareRow>;
  selected: string[];
  outlineStudy: boolean;
  sorted: Feature<Geometry, { osce: boolean }>[];
  geography: OsceGeography;
  width: number;
}

function stateGroup(ctx: PanelContext, iso3: string, row: StateShareRow | undefined): SVGGElement {
  const group = svgElement(ctx.document, 'g', {
    'data-iso3': iso3,
    tabindex: 0,
    role: 'button',
    class: 'state',
    'aria-label': row ? `${localName(row, ctx.lang)}: ${stateDescription(row, ctx.lang)}` : iso3,
  });
  if (row?.obsIds.length) group.setAttribute('data-obs-id', row.obsIds.join(' '));
  group.setAttribute('aria-pressed', ctx.selected.includes(iso3) ? 'true' : 'false');
  return group;
}

/** A micro-state: a circle at its (possibly moved) place, a leader line, a 26 px hit target. */
function drawMicroState(
  ctx: PanelContext,
  group: SVGGElement,
  placed: PlacedSymbol | undefined,
  fill: string,
  study: SVGGElement | null,
): void {
  const { document } = ctx;
  const [ax = 0, ay = 0] = placed?.anchor ?? [];
  const [cx = 0, cy = 0] = placed?.position ?? [];
  if (ax !== cx || ay !== cy) {
    group.appendChild(
      svgElement(document, 'line', {
        x1: ax,
        y1: ay,
        x2: cx,
        y2: cy,
        stroke: INK,
        'stroke-width': 0.8,
      }),
    );
    group.appendChild(svgElement(document, 'circle', { cx: ax, cy: ay, r: 1.5, fill: INK }));
  }
  const selectedHere = ctx.selected.includes(group.getAttribute('data-iso3') ?? '');
  group.appendChild(
    svgElement(document, 'circle', {
      cx,
      cy,
      r: 6,
      fill,
      stroke: selectedHere ? SELECTED_STROKE : INK,
      'stroke-width': selectedHere ? 2.5 : 1,
    }),
  );
  study?.appendChild(svgElement(document, 'circle', { cx, cy, r: 9 }));
  group.appendChild(
    svgElement(document, 'circle', {
      cx,
      cy,
      r: HIT_RADIUS,
      fill: 'transparent',
      stroke: 'none',
      class: 'hit-target',
    }),
  );
}

function drawPanel(ctx: PanelContext, panel: MapPanel, layer: SVGGElement): void {
  const { document, t } = ctx;
  const path = panelPaths(ctx.geography, panel, ctx.width);
  const clipId = `map-clip-${panel.id}`;
  const clip = svgElement(document, 'clipPath', { id: clipId });
  clip.appendChild(
    svgElement(document, 'rect', { x: 0, y: 0, width: panel.width, height: panel.height }),
  );
  layer.appendChild(clip);
  const frame = svgElement(document, 'g', {
    id: `map-panel-${panel.id}`,
    transform: `translate(${panel.x},${panel.y})`,
  });
  const map = svgElement(document, 'g', { 'clip-path': `url(#${clipId})` });
  map.appendChild(
    svgElement(document, 'rect', {
      x: 0,
      y: 0,
      width: panel.width,
      height: panel.height,
      fill: '#f4f8fb',
    }),
  );
  const layerAttributes = {
    'aria-hidden': 'true',
    fill: CONTEXT_FILL,
    stroke: '#ffffff',
    'stroke-width': 0.5,
  };
  const context = svgElement(document, 'g', layerAttributes);
  ctx.geography.context.forEach((f, i) =>
    context.appendChild(svgElement(document, 'path', { d: path(f, `context-${i}`) })),
  );
  const others = svgElement(document, 'g', layerAttributes);
  const states = svgElement(document, 'g', {
    role: 'group',
    'aria-label': panel.id === 'main' ? t('mapLabel') : t('mapInsetLabel'),
    stroke: '#ffffff',
    'stroke-width': 0.6,
  });
  const study = svgElement(document, 'g', {
    'aria-hidden': 'true',
    fill: 'none',
    stroke: INK,
    'stroke-width': 2,
    'data-layer': 'study-outline',
  });
  const symbolPositions = new Map(
    placeSymbols(
      ctx.sorted
        .filter(
          (f) =>
            panel.contains(String(f.id)) &&
            (MICRO_STATES as readonly string[]).includes(String(f.id)),
        )
        .map((f) => ({
          key: String(f.id),
          anchor: (panel.projection(geoCentroid(f)) ?? [0, 0]) as [number, number],
        })),
      2 * HIT_RADIUS + 1,
    ).map((p) => [p.key, p]),
  );
  const symbols = svgElement(document, 'g', {
    role: 'group',
    'aria-label': t('mapMicroStatesLabel'),
  });
  for (const f of ctx.sorted) {
    const iso3 = String(f.id);
    const d = path(f, iso3);
    if (!panel.contains(iso3)) {
      others.appendChild(svgElement(document, 'path', { d }));
      continue;
    }
    const row = ctx.byIso3.get(iso3);
    const fill = stateFill(row);
    const group = stateGroup(ctx, iso3, row);
    const shape = svgElement(document, 'path', { d, fill });
    if (ctx.selected.includes(iso3)) {
      shape.setAttribute('stroke', SELECTED_STROKE);
      shape.setAttribute('stroke-width', '2.5');
    }
    group.appendChild(shape);
    const inStudy = ctx.outlineStudy && row?.inStudy === true;
    if (inStudy) study.appendChild(svgElement(document, 'path', { d }));
    if ((MICRO_STATES as readonly string[]).includes(iso3)) {
      drawMicroState(ctx, group, symbolPositions.get(iso3), fill, inStudy ? study : null);
      symbols.appendChild(group);
    } else states.appendChild(group);
  }
  map.append(context, others, states, study, symbols);
  frame.appendChild(map);
  if (panel.id !== 'main') drawInsetFrame(ctx, panel, frame);
  layer.appendChild(frame);
}

function drawInsetFrame(ctx: PanelContext, panel: MapPanel, frame: SVGGElement): void {
  const { document, t } = ctx;
  frame.appendChild(
    svgElement(document, 'rect', {
      x: 0.5,
      y: 0.5,
      width: panel.width - 1,
      height: panel.height - 1,
      fill: 'none',
      stroke: '#9e9e9e',
    }),
  );
  frame.appendChild(
    svgElement(document, 'rect', {
      x: 1,
      y: 1,
      width: panel.width - 2,
      height: 18,
      fill: '#ffffff',
      'fill-opacity': 0.9,
    }),
  );
  const label = svgElement(document, 'text', { x: 6, y: 14, 'font-size': 11, fill: MUTED });
  label.textContent = t('mapInsetLabel');
  frame.appendChild(label);
}

export function buildOsceMap(
  geography: OsceGeography,
  rows: StateShareRow[],
  options: MapOptions,
): SVGSVGElement {
  const { document, lang } = options;
  const t = translator(lang);
  const stagePhrase = STAGE_PHRASE[lang][options.stage] ?? options.stage;
  const notes: FrameNote[] = [
    ...statusNotes(rows, lang),
    { text: t('noteKosovo') },
    { text: t('noteBoundaries') },
  ];
  return buildFigureFrame(
    {
      document,
      width: options.width,
      title: t('mapTitle', { stage: stagePhrase, year: options.period }),
      subtitle: t('mapSubtitle'),
      sourceLine: sourceLine(options.source, lang),
      notes,
      summary: summariseShares(rows, lang, t),
      figureId: 'osce-map',
      lang,
      interactive: true,
      ...(options.measure ? { measure: options.measure } : {}),
    },
    (layer, width) => {
      const height = osceMapHeight(width);
      const ctx: PanelContext = {
        document,
        t,
        lang,
        byIso3: new Map(rows.map((r) => [r.iso3, r])),
        selected: options.selected ?? [],
        outlineStudy: options.outlineStudy ?? false,
        sorted: [...geography.countries].sort((a, b) => String(a.id).localeCompare(String(b.id))),
        geography,
        width,
      };
      for (const panel of osceLayout(width, height)) drawPanel(ctx, panel, layer);
      definePatterns(document, layer);
      const legendHeight = drawLegend(
        document,
        layer,
        t,
        height + 10,
        width,
        options.measure ?? measureWithFontMetrics,
      );
      return height + 10 + legendHeight;
    },
  );
}
