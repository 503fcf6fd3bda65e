import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serviceWorkerManifest } from '../../src/build/service-worker-plugin';

describe('the service worker’s first precache', () => {
  it('leaves the PowerPoint writer out of the install list and caches it later', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-sw-'));
    mkdirSync(join(dir, 'assets'));
    for (const name of [
      'index.html',
      'assets/index-abc.js',
      'assets/pptxgen.es-B6W.js',
      'assets/deck-pptx-Dlf.js',
      'assets/duckdb-mvp-x.wasm',
    ])
      writeFileSync(join(dir, name), name);
    const manifest = serviceWorkerManifest(dir, 'v1');
    expect(manifest.files).toContain('./assets/index-abc.js');
    expect(manifest.files.some((f) => /pptx/.test(f))).toBe(false);
    expect(manifest.later.sort()).toEqual([
      './assets/deck-pptx-Dlf.js',
      './assets/pptxgen.es-B6W.js',
    ]);
  });
});
