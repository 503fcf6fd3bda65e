import { geoCentroid, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  buildFigureFrame,
  svgElement,
  INK,
  MUTED,
  type FigureLayout,
  type FigureOptions,
} from '../charts/frame';
import { wrapText, type TextMeasurer } from '../charts/text-measure';
import { measureWithFontMetrics } from '../charts/font-measure';
import { formatCount, translator, type Translate } from '../i18n';
import type { StateShareRow } from '../model/rows';
import type { Lang } from '../model/filters';
import { osceLayout, osceMapHeight, STACKED_BELOW, type MapPanel } from './projection';
import { microStateList, placeSymbols, type PlacedSymbol } from './symbol-placement';
import { definePatterns, drawLegend, type LegendShows, type LegendTally } from './map-legend';
import {
  CONTEXT_FILL,
  NO_DATA_FILL,
  OUTSIDE_FILL,
  SUPPRESSED_FILL,
  TOTAL_ONLY_FILL,
  shareColour,
} from './colour-scale';
import {
  countFigureNotes,
  shareLabel,
  summariseShares,
  type CountFigureText,
} from '../charts/count-figure';

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

export interface MapOptions extends FigureOptions {
  text: CountFigureText;
  selected?: string[];
  outlineStudy?: boolean;
}

/** Where each micro-state's symbol starts, in px from its place: out to sea, clear of neighbours. */
const SYMBOL_OFFSETS: Record<string, [number, number]> = {
  AND: [-14, 18],
  MCO: [4, 22],
  SMR: [22, -12],
  VAT: [-22, 16],
  LIE: [0, -22],
  MLT: [0, 20],
};

export const SELECTED_STROKE = '#b35806';
/** Radius of a micro-state's invisible hit target: a 26 px circle, above the 24 px minimum. */
export const HIT_RADIUS = 13;
/** Space between the map and the list of micro-states under it. */
const MICRO_GAP = 6;

export function stateFill(row: StateShareRow | undefined, outside = false): string {
  if (!row) return outside ? OUTSIDE_FILL : NO_DATA_FILL;
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
      return `${shareLabel(row, lang, true)}, ${t(row.shareBasis === 'women_plus_men' ? 'basisWomenPlusMen' : 'basisTotal')}${row.smallCount ? `; ${t('smallCountShort')}` : ''}`;
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
  /** Every State is in the selection (no region chosen). */
  whole: boolean;
  selected: string[];
  outlineStudy: boolean;
  sorted: Feature<Geometry, { osce: boolean }>[];
  names: Map<string, string>;
  geography: OsceGeography;
  width: number;
  /** Size of the micro-state and inset labels: 10 px on screen, larger on slides and pages. */
  labelSize: number;
  /**
   * On a narrow map (a phone) the micro-states' symbols would pile up around Italy without
   * room for their names: each is drawn, named, in a list below the main panel (panel
   * coordinates), and a dot marks its place on the map.
   */
  microList: Map<string, [number, number]> | null;
}

/** Below this map width the micro-states are listed under the map rather than labelled on it. */
export const MICRO_LIST_BELOW = 700;
const MICRO_ROW = 2 * HIT_RADIUS + 2;

function stateGroup(
  ctx: PanelContext,
  iso3: string,
  row: StateShareRow | undefined,
  name: string,
): SVGGElement {
  const description = row
    ? stateDescription(row, ctx.lang)
    : ctx.t(ctx.whole ? 'tooltipNoData' : 'tooltipOutside');
  const group = svgElement(ctx.document, 'g', {
    'data-iso3': iso3,
    'data-name': name,
    tabindex: -1,
    role: 'button',
    class: 'state',
    'aria-label': `${name}: ${description}`,
  });
  if (!row && !ctx.whole) group.setAttribute('data-outside', 'true');
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
  name: string,
  smallCount: boolean,
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
      ...(smallCount ? { 'fill-opacity': 0.45, 'data-small-count': 'true' } : {}),
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
  if (ctx.width >= MICRO_LIST_BELOW || ctx.microList) {
    const label = svgElement(document, 'text', {
      x: cx + (cx >= ax ? 9 : -9),
      y: cy,
      dy: '0.32em',
      'text-anchor': cx >= ax ? 'start' : 'end',
      'font-size': ctx.labelSize,
      fill: INK,
      'aria-hidden': 'true',
      stroke: '#ffffff',
      'stroke-width': 2.5,
      'paint-order': 'stroke',
    });
    label.textContent = name;
    group.appendChild(label);
  }
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
        .map((f) => {
          const anchor = (panel.projection(geoCentroid(f)) ?? [0, 0]) as [number, number];
          const [dx, dy] = SYMBOL_OFFSETS[String(f.id)] ?? [0, 0];
          return {
            key: String(f.id),
            anchor,
            start: [anchor[0] + dx, anchor[1] + dy] as [number, number],
          };
        }),
      2 * HIT_RADIUS + 1,
    ).map((p) => [p.key, p]),
  );
  const symbols = svgElement(document, 'g', {
    role: 'group',
    'aria-label': t('mapMicroStatesLabel'),
  });
  const listed = panel.id === 'main' ? ctx.microList : null;
  const places = svgElement(document, 'g', { 'aria-hidden': 'true', fill: INK });
  if (listed) symbols.setAttribute('transform', `translate(0,${panel.height + MICRO_GAP})`);
  for (const f of ctx.sorted) {
    const iso3 = String(f.id);
    const d = path(f, iso3);
    if (!panel.contains(iso3)) {
      others.appendChild(svgElement(document, 'path', { d }));
      continue;
    }
    const row = ctx.byIso3.get(iso3);
    const fill = stateFill(row, !ctx.whole);
    const name = ctx.names.get(iso3) ?? iso3;
    const group = stateGroup(ctx, iso3, row, name);
    const shape = svgElement(document, 'path', { d, fill });
    if (row?.smallCount) {
      shape.setAttribute('fill-opacity', '0.45');
      shape.setAttribute('data-small-count', 'true');
    }
    if (ctx.selected.includes(iso3)) {
      shape.setAttribute('stroke', SELECTED_STROKE);
      shape.setAttribute('stroke-width', '2.5');
    }
    group.appendChild(shape);
    const inStudy = ctx.outlineStudy && row?.inStudy === true;
    if (inStudy) study.appendChild(svgElement(document, 'path', { d }));
    if ((MICRO_STATES as readonly string[]).includes(iso3)) {
      const inList = listed?.get(iso3);
      const placed = symbolPositions.get(iso3);
      if (inList && placed)
        places.appendChild(
          svgElement(document, 'circle', { cx: placed.anchor[0], cy: placed.anchor[1], r: 2 }),
        );
      drawMicroState(
        ctx,
        group,
        inList ? { key: iso3, anchor: inList, position: inList } : placed,
        fill,
        inStudy ? study : null,
        name,
        row?.smallCount === true,
      );
      symbols.appendChild(group);
    } else states.appendChild(group);
  }
  if (!listed) separateLabels(symbols, ctx.labelSize);
  if (listed) {
    map.append(context, others, states, study, places);
    frame.append(map, symbols);
  } else {
    map.append(context, others, states, study, symbols);
    frame.appendChild(map);
  }
  if (panel.id !== 'main') drawInsetFrame(ctx, panel, frame);
  layer.appendChild(frame);
}

/**
 * A micro-state's name that runs into another name or another micro-state's symbol moves to
 * the other side of its symbol (on a large map the symbols sit closer than their names).
 */
function separateLabels(symbols: SVGGElement, size: number): void {
  const circles = [...symbols.querySelectorAll('circle[r="6"]')].map((c) => ({
    x: Number(c.getAttribute('cx')),
    y: Number(c.getAttribute('cy')),
  }));
  type Box = [number, number, number, number];
  const boxOf = (x: number, y: number, anchor: string, text: string): Box => {
    const w = measureWithFontMetrics(text, size);
    const left = anchor === 'end' ? x - w : x;
    // Drawn with dy 0.32em: from about 0.46em above its y to 0.54em below.
    return [left, y - size * 0.46, left + w, y + size * 0.54];
  };
  const hits = (a: Box, b: Box) =>
    Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 1 &&
    Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 1;
  const labels = [...symbols.querySelectorAll('text')].map((element) => {
    const x = Number(element.getAttribute('x'));
    const y = Number(element.getAttribute('y'));
    const anchor = element.getAttribute('text-anchor') ?? 'start';
    const text = element.textContent ?? '';
    const own = anchor === 'end' ? x + 9 : x - 9;
    const flipped = anchor === 'end' ? 'start' : 'end';
    const flippedX = anchor === 'end' ? own + 9 : own - 9;
    return {
      element,
      circles: circles
        .filter((c) => Math.abs(c.x - own) > 0.5 || Math.abs(c.y - y) > 0.5)
        .map((c): Box => [c.x - 7, c.y - 7, c.x + 7, c.y + 7]),
      sides: [
        { x, anchor, box: boxOf(x, y, anchor, text) },
        { x: flippedX, anchor: flipped, box: boxOf(flippedX, y, flipped, text) },
      ],
      side: 0,
    };
  });
  const clashes = (i: number, side: number) => {
    const label = labels[i]!;
    const box = label.sides[side]!.box;
    const others = labels.filter((_, j) => j !== i).map((l) => l.sides[l.side]!.box);
    return [...others, ...label.circles].filter((b) => hits(box, b)).length;
  };
  for (let pass = 0; pass < 2; pass++)
    labels.forEach((label, i) => {
      if (clashes(i, label.side) > 0 && clashes(i, 1 - label.side) < clashes(i, label.side))
        label.side = 1 - label.side;
    });
  for (const label of labels) {
    const side = label.sides[label.side]!;
    label.element.setAttribute('x', String(side.x));
    label.element.setAttribute('text-anchor', side.anchor);
  }
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
  const lines = wrapText(
    t('mapInsetLabel'),
    panel.width - 12,
    ctx.labelSize,
    measureWithFontMetrics,
  );
  const lineHeight = Math.round(ctx.labelSize * 1.25);
  frame.appendChild(
    svgElement(document, 'rect', {
      x: 1,
      y: 1,
      width: panel.width - 2,
      height: lines.length * lineHeight + Math.round(ctx.labelSize * 0.6),
      fill: '#ffffff',
      'fill-opacity': 0.9,
    }),
  );
  lines.forEach((line, i) => {
    const label = svgElement(document, 'text', {
      x: 6,
      y: Math.round(ctx.labelSize * 1.15) + i * lineHeight,
      'font-size': ctx.labelSize,
      fill: MUTED,
    });
    label.textContent = line;
    frame.appendChild(label);
  });
}

export function buildOsceMap(
  geography: OsceGeography,
  rows: StateShareRow[],
  options: MapOptions & { names: Map<string, string> },
): SVGSVGElement {
  const { document, lang, layout } = options;
  const t = translator(lang);
  const extra = [];
  if (!options.text.whole)
    extra.push({ text: t('noteOutside', { scope: options.text.scopeName }) });
  // On a fixed page the map's fills name the States; the notes give how many of each, or on
  // a slide, the legend's items.
  const counted = layout.height !== null;
  const inLegend = layout.presented === true;
  const notes = [
    ...countFigureNotes(rows, lang, options.text, extra, counted, inLegend),
    { text: t('noteBoundaries') },
  ];
  if (!rows.some((r) => r.iso3 === 'XKX'))
    notes.splice(notes.length - 1, 0, { text: t('noteKosovo') });
  return buildFigureFrame(
    {
      document,
      layout,
      title: options.text.title,
      subtitle: t('mapSubtitle'),
      hint: t('mapHint'),
      sourceLine: options.text.sourceLine,
      notes,
      summary: summariseShares(rows, lang, options.text),
      figureId: 'osce-map',
      lang,
      interactive: true,
      measure: options.measure,
    },
    (layer, width, maxHeight, measure) => {
      const tally = (list: StateShareRow[]): LegendTally => ({
        count: list.length,
        obsIds: list.flatMap((r) => r.obsIds),
      });
      const legendShows: LegendShows = {
        outside: !options.text.whole,
        smallCount: rows.some((r) => r.smallCount),
        partial: rows.some((r) => r.status === 'partial_by_sex'),
        ...(inLegend
          ? {
              counts: {
                suppressed: tally(rows.filter((r) => r.status === 'suppressed')),
                totalOnly: tally(
                  rows.filter((r) => r.status === 'total_only' || r.status === 'partial_by_sex'),
                ),
                smallCount: tally(rows.filter((r) => r.smallCount)),
              },
            }
          : {}),
      };
      const base: Omit<PanelContext, 'width' | 'microList'> = {
        document,
        t,
        lang,
        byIso3: new Map(rows.map((r) => [r.iso3, r])),
        whole: options.text.whole,
        selected: options.selected ?? [],
        outlineStudy: options.outlineStudy ?? false,
        sorted: [...geography.countries].sort((a, b) => String(a.id).localeCompare(String(b.id))),
        names: options.names,
        geography,
        labelSize: Math.max(10, layout.type.small - 1),
      };
      if (layout.presented && maxHeight !== null && width >= MICRO_LIST_BELOW) {
        const drawn = drawWithLegendOver(
          base,
          layer,
          width,
          maxHeight,
          layout,
          legendShows,
          measure,
        );
        if (drawn !== null) return drawn;
      }
      return drawWithLegendBelow(base, layer, width, maxHeight, layout, legendShows, measure);
    },
  );
}

/** Each polygon of a State apart: a State's islands far away do not stand for its land here. */
function polygonsOf(geometry: Geometry): Geometry[] {
  if (geometry.type === 'MultiPolygon')
    return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  return [geometry];
}

/** The panels at a size, drawn `x` px from the left of the body. */
function drawMaps(
  ctx: PanelContext,
  layer: SVGGElement,
  panels: MapPanel[],
  x: number,
): SVGGElement {
  const maps = svgElement(ctx.document, 'g', { transform: `translate(${x},0)` });
  for (const panel of panels) drawPanel(ctx, panel, maps);
  layer.appendChild(maps);
  definePatterns(ctx.document, layer);
  return maps;
}

/**
 * The legend under the map (the screen, print): the widest map that leaves room for it and,
 * on a narrow map, for the list of micro-states.
 */
function drawWithLegendBelow(
  base: Omit<PanelContext, 'width' | 'microList'>,
  layer: SVGGElement,
  width: number,
  maxHeight: number | null,
  layout: FigureLayout,
  shows: LegendShows,
  measure: TextMeasurer,
): number {
  const { document, t, lang, labelSize } = base;
  // The legend is drawn first (at 12 px, scaled to the layout's label size): its height
  // decides how large the map can be on a fixed page.
  const legendScale = layout.type.label / 12;
  const legendLayer = svgElement(document, 'g', {});
  const legendDrawn = drawLegend(document, legendLayer, t, 0, width / legendScale, measure, shows);
  const legendHeight = legendDrawn * legendScale;
  const microNames = base.geography.countries
    .map((f) => String(f.id))
    .filter((iso3) => (MICRO_STATES as readonly string[]).includes(iso3))
    .map((iso3) => ({ iso3, name: base.names.get(iso3) ?? iso3 }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const listAt = (w: number) =>
    w < MICRO_LIST_BELOW
      ? microStateList(
          microNames,
          {
            width: w,
            labelSize,
            radius: HIT_RADIUS,
            rowHeight: Math.max(MICRO_ROW, Math.round(labelSize * 1.6)),
          },
          measure,
        )
      : null;
  const belowAt = (w: number) => {
    const list = listAt(w);
    return list ? list.height + MICRO_GAP : 0;
  };
  const fits = (w: number, listed: boolean) =>
    maxHeight === null ||
    osceMapHeight(w) + (listed ? belowAt(w) : 0) + 10 + legendHeight <= maxHeight;
  // The widest map that fits; side by side (not stacked) as long as one fits at all.
  const widest = (listed: boolean) => {
    let w = width;
    while (w > STACKED_BELOW && !fits(w, listed)) w -= 8;
    if (!fits(w, listed)) {
      w = STACKED_BELOW - 1;
      while (w > 320 && !fits(w, listed)) w -= 8;
    }
    return w;
  };
  let mapWidth = widest(true);
  // A fixed page with no room for the list keeps the micro-states' symbols on the map.
  const listed = fits(mapWidth, true);
  if (!listed) mapWidth = widest(false);
  const height = osceMapHeight(mapWidth);
  const list = listed ? listAt(mapWidth) : null;
  const below = list ? list.height + MICRO_GAP : 0;
  const ctx: PanelContext = { ...base, width: mapWidth, microList: list?.positions ?? null };
  drawMaps(ctx, layer, osceLayout(mapWidth, height), Math.round((width - mapWidth) / 2));
  legendLayer.setAttribute(
    'transform',
    `translate(0,${height + below + 10}) scale(${legendScale})`,
  );
  layer.appendChild(legendLayer);
  return height + below + 10 + legendHeight;
}

/**
 * On a slide the map takes the body's whole width and height, its frame at the right, and the
 * legend sits in the Atlantic under the inset, left of every participating State's land; null
 * when the legend does not fit there (the caller then puts it under the map).
 */
function drawWithLegendOver(
  base: Omit<PanelContext, 'width' | 'microList'>,
  layer: SVGGElement,
  width: number,
  maxHeight: number,
  layout: FigureLayout,
  shows: LegendShows,
  measure: TextMeasurer,
): number | null {
  const { document, t } = base;
  const height = Math.min(maxHeight, osceMapHeight(width));
  const [main, inset] = osceLayout(width, height, true);
  if (!main || !inset) return null;
  const gap = Math.round(layout.type.label / 2);
  const scale = layout.type.label / 12;
  // Left of the land of every State in the main panel that reaches into the legend's rows.
  const path = geoPath(main.projection);
  const land = base.geography.countries
    .filter((f) => f.properties.osce && main.contains(String(f.id)))
    .flatMap((f) => polygonsOf(f.geometry).map((polygon) => path.bounds(polygon)));
  const legendAt = (top: number) => {
    const beside = land.filter(
      ([[x0, y0], [x1, y1]]) => y1 >= top && y0 <= height && x1 >= 0 && x0 <= width,
    );
    // The widest gap between them in the Atlantic (starting in the inset's column).
    const spans = beside
      .map(([[x0], [x1]]): [number, number] => [x0 - gap, x1 + gap])
      .sort((a, b) => a[0] - b[0]);
    let left = 0;
    let free = 0;
    let cursor = 0;
    for (const [x0, x1] of [...spans, [width, width] as [number, number]]) {
      if (cursor <= inset.width && x0 - cursor - gap > free) {
        left = cursor;
        free = x0 - cursor - gap;
      }
      cursor = Math.max(cursor, x1);
    }
    const legendLayer = svgElement(document, 'g', {});
    const drawn = drawLegend(document, legendLayer, t, 0, (free - 2 * gap) / scale, measure, {
      ...shows,
      stacked: true,
    });
    return { left, free, legendLayer, boxHeight: drawn * scale + 2 * gap };
  };
  // Under the inset; if it is too tall there, the inset gives up height (down to a third).
  let legend = legendAt(inset.height + gap);
  let insetMax = height - legend.boxHeight - 2 * gap;
  for (let top = inset.height; insetMax < top;) {
    top = insetMax;
    legend = legendAt(top + gap);
    insetMax = height - legend.boxHeight - 2 * gap;
  }
  const { left, free, legendLayer, boxHeight } = legend;
  if (free - 2 * gap < 12 * 9 * scale || insetMax < Math.min(inset.height, height / 3)) return null;
  const panels = osceLayout(width, height, true, insetMax);
  drawMaps({ ...base, width, microList: null }, layer, panels, 0);
  const box = svgElement(document, 'g', {
    transform: `translate(${left + gap},${height - boxHeight - gap})`,
    'data-legend': 'over-map',
  });
  box.appendChild(
    svgElement(document, 'rect', {
      x: 0,
      y: 0,
      width: free,
      height: boxHeight,
      fill: '#ffffff',
      'fill-opacity': 0.85,
    }),
  );
  legendLayer.setAttribute('transform', `translate(${gap},${gap}) scale(${scale})`);
  box.appendChild(legendLayer);
  layer.appendChild(box);
  return height;
}
