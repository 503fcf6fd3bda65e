import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DERIVED_TABLES, TABLES, type ColumnSpec } from '../../src/lib/vocabulary/contract';
import { generatedReadme } from '../../data/scripts/readme-tables';

const readme = readFileSync(resolve(import.meta.dirname, '../../data/README.md'), 'utf8');
const sources = readFileSync(resolve(import.meta.dirname, '../../data/sources.csv'), 'utf8');

describe('data/README.md', () => {
  it('has up-to-date code and source tables (npm run data:docs writes them)', () => {
    expect(generatedReadme(readme)).toBe(readme);
  });

  it('documents every column of every table', () => {
    for (const [table, columns] of Object.entries({ ...TABLES, ...DERIVED_TABLES })) {
      expect(readme, table).toContain(`### \`${table}\``);
      for (const column of columns)
        expect(readme, `${table}.${column.name}`).toContain(`| \`${column.name}\` |`);
    }
  });

  it('lists every code of every vocabulary', () => {
    for (const columns of Object.values({
      ...TABLES,
      ...DERIVED_TABLES,
    }) as (readonly ColumnSpec[])[]) {
      for (const column of columns) {
        for (const code of column.vocabulary?.codes ?? [])
          expect(readme, `${column.name}=${code}`).toContain(`| \`${code}\` |`);
      }
    }
  });

  it('states the terms of every source', () => {
    const ids = sources
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0] ?? '');
    for (const id of ids) expect(readme, id).toContain(`| \`${id}\` |`);
  });
});
