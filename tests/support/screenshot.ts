import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { serveDirectory } from './static-server';
import { launchChromium } from './browser';

// Usage: tsx tests/support/screenshot.ts [query] [width] [height] [out.png]
const [query = '', width = '1280', height = '800', out = 'tests/e2e/screenshots/page.png'] =
  process.argv.slice(2);
const server = await serveDirectory(resolve('dist'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
  });
  page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(`${server.url}${query ? `?${query}` : ''}`);
  await page.waitForSelector('main[data-ready="true"], .error', { timeout: 60000 });
  mkdirSync(resolve(out, '..'), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
