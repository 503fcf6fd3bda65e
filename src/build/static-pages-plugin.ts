import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * After Vite has written the app: the default view into index.html and a page per State and
 * language (data/scripts/static-pages.ts), before the service worker's manifest is made from
 * the files built.
 */
export function staticPages(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'atlas-static-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      handler() {
        execFileSync(
          process.execPath,
          ['--import', 'tsx', resolve(root, 'data/scripts/static-pages.ts'), '--out', outDir],
          { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
        );
      },
    },
  };
}
