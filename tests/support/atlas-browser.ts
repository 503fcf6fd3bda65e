import { afterAll, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveDirectory, type StaticServer } from './static-server';
import { launchChromium } from './browser';

/** Serves the built atlas and starts Chromium for one test file; both stop after it. */
export function useBuiltAtlas(): { readonly server: StaticServer; readonly browser: Browser } {
  const handles: { server?: StaticServer; browser?: Browser } = {};
  beforeAll(async () => {
    handles.server = await serveDirectory(resolve(import.meta.dirname, '../../dist'));
    handles.browser = await launchChromium();
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.server?.close();
  });
  return {
    get server() {
      if (!handles.server) throw new Error('server not started');
      return handles.server;
    },
    get browser() {
      if (!handles.browser) throw new Error('browser not started');
      return handles.browser;
    },
  };
}
