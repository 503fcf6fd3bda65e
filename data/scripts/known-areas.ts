import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const TARGET = resolve(import.meta.dirname, '../../src/lib/model/known-areas.ts');

/** The module the URL decoder checks States and regions against: written from data/ by npm run data. */
export function knownAreasModule(states: string[], regions: string[]): string {
  const list = (codes: string[]) =>
    `[\n${[...new Set(codes)]
      .filter(Boolean)
      .sort()
      .map((c) => `  '${c}',`)
      .join('\n')}\n]`;
  return `// Written by npm run data from data/countries.csv and data/regions.csv: do not edit.\n\n/** The 57 participating States and Kosovo. */\nexport const KNOWN_STATES: readonly string[] = ${list(states)};\n\n/** The regions of data/regions.csv. */\nexport const KNOWN_REGIONS: readonly string[] = ${list(regions)};\n`;
}

export function writeKnownAreas(states: string[], regions: string[]): void {
  const text = knownAreasModule(states, regions);
  let current = '';
  try {
    current = readFileSync(TARGET, 'utf8');
  } catch {
    // First build: the module is written below.
  }
  if (current !== text) writeFileSync(TARGET, text);
}
