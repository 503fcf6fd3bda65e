import { createRequire } from 'node:module';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { geoContains } from 'd3';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export interface CountryKey {
  iso3: string;
  isoNumeric: string;
  osce: boolean;
}

/** Reference points used to place polygons whose attribution world-atlas gets wrong. */
export const CHECK_POINTS = {
  simferopol: [34.1, 44.95] as [number, number],
  sevastopol: [33.52, 44.6] as [number, number],
  kyrenia: [33.32, 35.34] as [number, number],
  pristina: [21.17, 42.67] as [number, number],
};

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function asGeometry(polygons: Position[][][]): Polygon | MultiPolygon {
  return polygons.length === 1 && polygons[0]
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

const SIMPLIFY_QUANTILE = 0.5;

interface Piece {
  key: string;
  iso3: string;
  osce: boolean;
  geometry: Polygon | MultiPolygon;
}

/**
 * Builds the OSCE-area topology from world-atlas 50m, joined by ISO numeric code here
 * and never in the browser. Follows the UN positions: Crimea (GA res. 68/262) is
 * Ukraine, the northern part of Cyprus (SC res. 541) is Cyprus; Kosovo gets XKX.
 */
export function buildOsceTopology(countries: CountryKey[]): {
  topology: Topology;
  report: string[];
} {
  const world = require('world-atlas/countries-50m.json') as Topology;
  const worldObject = world.objects.countries as GeometryCollection<{ name: string }>;
  const collection = feature(world, worldObject) as FeatureCollection<Geometry, { name: string }>;
  const byNumeric = new Map(countries.filter((c) => c.isoNumeric).map((c) => [c.isoNumeric, c]));
  const report: string[] = [];
  const pieces: Piece[] = [];
  for (const f of collection.features) {
    const name = f.properties?.name ?? '';
    const id = f.id === undefined ? undefined : String(f.id);
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    let iso3: string | undefined;
    let osce = false;
    if (name === 'Kosovo') iso3 = 'XKX';
    else if (name === 'N. Cyprus') iso3 = 'CYP';
    else if (id && byNumeric.has(id)) iso3 = byNumeric.get(id)?.iso3;
    if (iso3) osce = countries.find((c) => c.iso3 === iso3)?.osce ?? false;
    if (iso3 === 'RUS') {
      const crimea: Position[][][] = [];
      const rest: Position[][][] = [];
      for (const polygon of polygonsOf(f.geometry)) {
        const probe: Feature = {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Polygon', coordinates: polygon },
        };
        (geoContains(probe, CHECK_POINTS.simferopol) || geoContains(probe, CHECK_POINTS.sevastopol)
          ? crimea
          : rest
        ).push(polygon);
      }
      if (crimea.length > 0) {
        report.push(`Crimea: ${crimea.length} polygon(s) moved from world-atlas "Russia" to UKR`);
        pieces.push({ key: 'UKR-crimea', iso3: 'UKR', osce: true, geometry: asGeometry(crimea) });
      }
      pieces.push({ key: 'RUS', iso3: 'RUS', osce: true, geometry: asGeometry(rest) });
      continue;
    }
    if (name === 'N. Cyprus') report.push('Northern Cyprus: merged into CYP');
    const keyBase = iso3 ?? `ctx-${id ?? name}`;
    let key = keyBase;
    for (let n = 2; pieces.some((p) => p.key === key); n++) key = `${keyBase}-${n}`;
    const [, minLat, , maxLat] = boundsOf(f.geometry);
    if (!iso3 && (maxLat < 15 || minLat < -60)) continue;
    pieces.push({ key, iso3: iso3 ?? '', osce: iso3 ? osce : false, geometry: f.geometry });
  }
  const objects: Record<string, FeatureCollection> = {
    pieces: {
      type: 'FeatureCollection',
      features: pieces.map((p) => ({
        type: 'Feature',
        id: p.key,
        properties: { iso3: p.iso3, osce: p.osce },
        geometry: p.geometry,
      })),
    },
  };
  type PieceProps = { iso3: string; osce: boolean };
  const built = topology(objects) as unknown as Topology;
  const weighted = presimplify(built as never) as unknown as Topology;
  const simplified = simplify(
    weighted as never,
    quantile(weighted as never, SIMPLIFY_QUANTILE),
  ) as unknown as Topology;
  simplified.arcs = simplified.arcs.map((arc) => arc.map(([x = 0, y = 0]) => [x, y]));
  const topo = quantize(simplified as never, 1e5) as unknown as Topology;
  const pieceObject = topo.objects.pieces as GeometryCollection<PieceProps>;
  const propsOf = (g: (typeof pieceObject.geometries)[number]): PieceProps =>
    (g.properties as PieceProps | undefined) ?? { iso3: '', osce: false };
  const groups = new Map<string, typeof pieceObject.geometries>();
  for (const g of pieceObject.geometries) {
    const key = propsOf(g).iso3 || String(g.id);
    groups.set(key, [...(groups.get(key) ?? []), g]);
  }
  const merged = [...groups.entries()].map(([key, geoms]) => {
    const first = geoms[0];
    const props: PieceProps = first ? propsOf(first) : { iso3: '', osce: false };
    const polygonal = geoms.filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
    const geometry = polygonal.length > 1 ? mergeArcs(topo as never, polygonal as never) : first;
    return {
      ...geometry,
      id: props.iso3 || undefined,
      properties: {
        iso3: props.iso3,
        osce: props.osce,
        context: props.iso3 === '' ? key : undefined,
      },
    };
  });
  const countryGeoms = merged
    .filter((g) => g.properties.iso3 !== '')
    .map((g) => ({ ...g, properties: { osce: g.properties.osce } }));
  const contextGeoms = merged
    .filter((g) => g.properties.iso3 === '')
    .map((g) => ({ ...g, id: undefined, properties: {} }));
  topo.objects = {
    countries: { type: 'GeometryCollection', geometries: countryGeoms as never },
    context: { type: 'GeometryCollection', geometries: contextGeoms as never },
  };
  for (const c of countries) {
    if (!countryGeoms.some((g) => g.id === c.iso3))
      report.push(`WARNING: no map feature for ${c.iso3}`);
  }
  return { topology: topo, report };
}

function boundsOf(geometry: Geometry): [number, number, number, number] {
  let minLon = Infinity,
    minLat = Infinity,
    maxLon = -Infinity,
    maxLat = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (const [lon = 0, lat = 0] of ring) {
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
    }
  }
  return [minLon, minLat, maxLon, maxLat];
}
