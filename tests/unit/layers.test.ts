import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** The file a relative import names (with or without its extension), or null for a package. */
function importedFile(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(from, '..', spec);
  const found = [base, `${base}.ts`, join(base, 'index.ts')].find(
    (path) => existsSync(path) && statSync(path).isFile(),
  );
  return found ? relative(SRC, found) : null;
}

/** Every circle of imports (type-only ones too) under src/, as the files on it. */
function importCircles(): string[][] {
  const edges = new Map(
    files(SRC).map((path) => [
      relative(SRC, path),
      importsOf(path).flatMap((spec) => importedFile(path, spec) ?? []),
    ]),
  );
  // Tarjan's strongly connected components: a component of more than one file is a circle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const circles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let top: string | undefined;
    do {
      top = stack.pop();
      if (top !== undefined) component.push(top);
    } while (top !== undefined && top !== file);
    if (component.length > 1 || (edges.get(file) ?? []).includes(file))
      circles.push(component.sort());
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return circles;
}

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

  it('no module imports itself through others, not even for a type', () => {
    expect(importCircles()).toEqual([]);
  });
});
