import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { serviceWorkerManifest } from '../../src/build/service-worker-plugin';

const ROOT = resolve(import.meta.dirname, '../..');
const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.json', '.webmanifest']);

export interface Build {
  dir: string;
  /** The name in the page's <meta name="atlas-build">. */
  name: string;
  /** The data version its data manifest, its data addresses (?v=) and its JavaScript name. */
  dataVersion: string;
  /** The name of the cache its service worker fills. */
  cache: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)],
  );
}

/** Marks the page with the build's name and writes its worker, as the build's plugin does. */
function finish(dir: string, name: string, dataVersion: string): Build {
  const index = join(dir, 'index.html');
  writeFileSync(
    index,
    readFileSync(index, 'utf8').replace(
      '<head>',
      `<head>\n    <meta name="atlas-build" content="${name}" />`,
    ),
  );
  const template = readFileSync(resolve(ROOT, 'public/sw.js'), 'utf8');
  const manifest = serviceWorkerManifest(dir, dataVersion);
  writeFileSync(
    join(dir, 'sw.js'),
    template.replace('/* ATLAS_SW_MANIFEST */ null', JSON.stringify(manifest)),
  );
  return { dir, name, dataVersion, cache: `atlas:${manifest.version}` };
}

/**
 * Two builds of the atlas as two deploys would be: A is the build in dist; B is A rebuilt with
 * another data version. B's data version replaces A's wherever the build wrote it (the data
 * manifest, the first views' precomputed files, the JavaScript that names it), and every asset
 * whose content changed gets a new hashed name, as Vite would give it, with the names that
 * refer to it changed in turn.
 */
export function twoBuilds(dist = resolve(ROOT, 'dist')): { a: Build; b: Build } {
  const a = mkdtempSync(join(tmpdir(), 'atlas-a-'));
  const b = mkdtempSync(join(tmpdir(), 'atlas-b-'));
  cpSync(dist, a, { recursive: true });
  cpSync(dist, b, { recursive: true });
  const versionA = (
    JSON.parse(readFileSync(join(a, 'data/manifest.json'), 'utf8')) as { version: string }
  ).version;
  // Not containing A's version, so that replacing it twice changes nothing.
  const versionB = versionA.replace(/^./, (c) => (c === 'f' ? 'e' : 'f'));
  const renamed = new Map<string, string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const file of walk(b)) {
      if (!TEXT.has(extname(file)) || basename(file) === 'sw.js') continue;
      const before = readFileSync(file, 'utf8');
      let after = before.split(versionA).join(versionB);
      for (const [from, to] of renamed) after = after.split(from).join(to);
      if (after === before) continue;
      writeFileSync(file, after);
      const name = basename(file);
      if (relative(b, file).startsWith('assets') && ![...renamed.values()].includes(name)) {
        const next = name.replace(/(\.[a-z]+)$/, 'b$1');
        renameSync(file, join(dirname(file), next));
        renamed.set(name, next);
        changed = true;
      }
    }
  }
  if (renamed.size === 0) throw new Error(`no asset of ${dist} names data version ${versionA}`);
  return { a: finish(a, 'A', versionA), b: finish(b, 'B', versionB) };
}
