import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

const importsOf = (path: string) =>
  [...readFileSync(path, 'utf8').matchAll(/(?:import|from)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );

const resolved = (from: string, spec: string) =>
  spec.startsWith('.') ? relative(SRC, resolve(from, '..', spec)) : spec;

describe('the layers of src/', () => {
  it('no module under src/lib imports anything from src/views', () => {
    const offenders = files(join(SRC, 'lib')).flatMap((path) =>
      importsOf(path)
        .map((spec) => resolved(path, spec))
        .filter((target) => target.startsWith('views'))
        .map((target) => `${relative(SRC, path)} -> ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the model imports nothing from state, data or views', () => {
    const offenders = files(join(SRC, 'lib', 'model')).flatMap((path) =>
      importsOf(path)
        .map((spec) => resolved(path, spec))
        .filter((target) => /^(lib\/(state|data)|views)\b/.test(target))
        .map((target) => `${relative(SRC, path)} -> ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no module outside src/lib/data imports DuckDB or writes SQL with the sql tag', () => {
    const offenders = files(SRC)
      .filter((path) => !relative(SRC, path).startsWith('lib/data'))
      .filter((path) => {
        const text = readFileSync(path, 'utf8');
        return /@duckdb\/duckdb-wasm/.test(text) || /\bsql`/.test(text);
      })
      .map((path) => relative(SRC, path));
    expect(offenders).toEqual([]);
  });
});
