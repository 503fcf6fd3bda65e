import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** Writes dist/precache.json: every built file, so the service worker can cache the whole atlas. */
export function precacheManifest(): Plugin {
  let outDir = 'dist';
  return {
    name: 'atlas-precache-manifest',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((f) =>
          statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)],
        );
      const files = walk(outDir)
        .map((f) => relative(outDir, f).split('\\').join('/'))
        .filter((f) => f !== 'precache.json' && f !== 'sw.js')
        .sort();
      const version = files.join('|').length.toString(36) + '-' + Date.now().toString(36);
      writeFileSync(
        join(outDir, 'precache.json'),
        JSON.stringify({ version, files: ['./', ...files.map((f) => `./${f}`)] }),
      );
    },
  };
}
