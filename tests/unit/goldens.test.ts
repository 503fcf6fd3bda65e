import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { createDocument, expectGolden, GOLDEN_DIR } from '../support/golden';
import { GOLDEN_PROGRAMS } from '../support/golden-programs';

const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/osce-map.topo.json'), 'utf8'),
) as Topology;

describe('golden SVGs (tests/golden/<figure>-<language>.svg)', () => {
  it.each(Object.keys(GOLDEN_PROGRAMS))('%s matches its golden', (name) => {
    const program = GOLDEN_PROGRAMS[name];
    if (!program) throw new Error(name);
    const result = expectGolden(name, program({ document: createDocument(), topology }));
    expect(result.ok, result.message).toBe(true);
  });

  it('has a program for every golden file and a file for every program', () => {
    const files = readdirSync(GOLDEN_DIR)
      .filter((f) => f.endsWith('.svg') && !f.endsWith('-changed.svg'))
      .map((f) => f.replace(/\.svg$/, ''))
      .sort();
    expect(files).toEqual(Object.keys(GOLDEN_PROGRAMS).sort());
  });
});
