import { resolve } from 'node:path';
import { serveDirectory } from './static-server';
import { launchChromium } from './browser';

// Usage: tsx tests/support/shoot-element.ts SELECTOR [query] [width] [height] [out.png]
const [selector = 'main', query = '', width = '1600', height = '1000', out = '/tmp/element.png'] =
  process.argv.slice(2);
const server = await serveDirectory(resolve('dist'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
  });
  await page.goto(`${server.url}${query ? `?${query}` : ''}`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60000 });
  await page.locator(selector).first().screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
