import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoContains } from 'd3';
import type { Topology } from 'topojson-specification';
import { geographyFromTopology } from '../../src/lib/map/osce-map';
import { CHECK_POINTS } from '../../data/scripts/build-map';

const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/osce-map.topo.json'), 'utf8'),
) as Topology;
const { countries } = geographyFromTopology(topology);
const owner = (point: [number, number]) =>
  countries.filter((f) => geoContains(f, point)).map((f) => String(f.id));

describe('OSCE map data (built from world-atlas 50m)', () => {
  it('places Crimea in Ukraine (UNGA resolution 68/262)', () => {
    expect(owner(CHECK_POINTS.simferopol as [number, number])).toEqual(['UKR']);
    expect(owner(CHECK_POINTS.sevastopol as [number, number])).toEqual(['UKR']);
  });

  it('places the northern part of Cyprus in Cyprus (UNSC resolution 541)', () => {
    expect(owner(CHECK_POINTS.kyrenia as [number, number])).toEqual(['CYP']);
  });

  it('gives Kosovo its own key', () => {
    expect(owner(CHECK_POINTS.pristina as [number, number])).toEqual(['XKX']);
  });

  it('has a feature for every participating State, keyed by iso3', () => {
    const csv = readFileSync(resolve(import.meta.dirname, '../../data/countries.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const iso3 = csv.map((l) => l.split(',')[0]);
    expect(countries.map((f) => String(f.id)).sort()).toEqual([...iso3].sort());
  });
});
