import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const ENGINE = /duckdb-(?:browser-)?(mvp|eh)[.-]/;
/** The PowerPoint writer loads only on export: it stays out of the first precache. */
const LATER = /^assets\/(?:pptxgen|deck-pptx)[.-]/;

export interface ServiceWorkerManifest {
  /** A hash of the contents of every built file: unchanged when a rebuild changes nothing. */
  version: string;
  /** Paths relative to the worker's scope; data files carry their data version (?v=). */
  files: string[];
  /** The two DuckDB builds: the worker caches only the one the browser can run. */
  engine: { mvp: string[]; eh: string[] };
  /** Used only on export: cached once a page has loaded, not at install. */
  later: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)],
  );
}

/** What the service worker of a built atlas in `outDir` caches, and its version. */
export function serviceWorkerManifest(outDir: string, dataVersion: string): ServiceWorkerManifest {
  const files = walk(outDir)
    .map((f) => relative(outDir, f).split('\\').join('/'))
    .filter((f) => f !== 'sw.js' && !f.endsWith('.map'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(outDir, file)));
  const withVersion = (f: string) =>
    f.startsWith('data/') && f !== 'data/manifest.json' ? `./${f}?v=${dataVersion}` : `./${f}`;
  const engine = { mvp: [] as string[], eh: [] as string[] };
  const common: string[] = ['./'];
  const later: string[] = [];
  for (const file of files) {
    if (LATER.test(file)) {
      later.push(`./${file}`);
      continue;
    }
    const match = ENGINE.exec(file.split('/').pop() ?? '');
    if (match && (file.endsWith('.wasm') || file.includes('.worker')))
      engine[match[1] as 'mvp' | 'eh'].push(`./${file}`);
    else common.push(withVersion(file));
  }
  return { version: hash.digest('hex').slice(0, 16), files: common, engine, later };
}

/**
 * Writes the manifest into dist/sw.js, so that the worker's bytes change exactly when the
 * built atlas does (the browser then installs the new worker).
 */
export function serviceWorker(dataVersion: () => string): Plugin {
  let outDir = 'dist';
  return {
    name: 'atlas-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const sw = join(outDir, 'sw.js');
      if (!existsSync(sw)) return;
      const manifest = serviceWorkerManifest(outDir, dataVersion());
      const source = readFileSync(sw, 'utf8');
      const marker = '/* ATLAS_SW_MANIFEST */ null';
      if (!source.includes(marker)) throw new Error('public/sw.js has no manifest marker');
      writeFileSync(sw, source.replace(marker, JSON.stringify(manifest)));
    },
  };
}
