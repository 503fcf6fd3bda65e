import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { KEYS, startWebKit, type WebKitDriver } from './webdriver';

export type EngineName = 'firefox' | 'webkit';
export type KeyName = keyof typeof KEYS;

/**
 * One browser of another engine, in one session, driven the way a user works: clicks, keys,
 * choosing files; downloads land in `downloads`. Every message names the engine.
 */
export interface EngineDriver {
  readonly engine: EngineName;
  readonly downloads: string;
  goto(url: string): Promise<void>;
  /** Runs `body` as a function body in the page, with `arguments`; a promise is awaited. */
  js<T>(body: string, ...args: unknown[]): Promise<T>;
  click(selector: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  press(...keys: KeyName[]): Promise<void>;
  type(text: string): Promise<void>;
  setFile(selector: string, path: string): Promise<void>;
  /** The page printed to A4 PDF, or null where the engine's driver has no print command. */
  pdf(): Promise<Buffer | null>;
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Waits until `body` (run in the page) returns something truthy; names the engine on timeout. */
export async function waitFor<T>(
  driver: EngineDriver,
  body: string,
  what: string,
  timeoutMs = 180000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      // An element is not returned as such by every driver: it counts as found.
      const value = await driver.js<T>(
        `const found = await (async function () { ${body} })(); return found instanceof Node ? true : found;`,
      );
      if (value) return value;
      last = value as unknown;
    } catch (error) {
      // A navigation in flight destroys the page's context: ask again.
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`${driver.engine}: timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * The next file that appears, complete, in the download folder; removed from it after. WebKitGTK
 * creates the file under its final name before it writes it, so a file counts as complete once it
 * has content that did not grow since the previous look, and no partial file is beside it.
 */
export async function nextDownload(driver: EngineDriver, what: string, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  const partial = /\.(part|download|wkdownload|crdownload)$|^\./;
  const sizes = new Map<string, number>();
  for (;;) {
    const files = readdirSync(driver.downloads)
      .map((f) => ({ f, stat: statSync(join(driver.downloads, f)) }))
      .filter(({ stat }) => stat.isFile());
    const pending = files.some(({ f }) => partial.test(f));
    const done = files
      .filter(({ f, stat }) => !partial.test(f) && stat.size > 0 && sizes.get(f) === stat.size)
      .map(({ f }) => f);
    for (const { f, stat } of files) sizes.set(f, stat.size);
    if (done.length > 0 && !pending) {
      const name = done[0]!;
      const path = join(mkdtempSync(join(tmpdir(), `atlas-${driver.engine}-dl-`)), name);
      renameSync(join(driver.downloads, name), path);
      return { name, path };
    }
    if (Date.now() > deadline) throw new Error(`${driver.engine}: no download of ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const wrap = (body: string, args: unknown[]) =>
  `(async function () { ${body} }).apply(null, ${JSON.stringify(args)})`;

/** Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no browser download). */
export async function launchFirefox(): Promise<EngineDriver> {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(`firefox: not found at ${FIREFOX_PATH}: apt-get install firefox-esr`);
  const downloads = mkdtempSync(join(tmpdir(), 'atlas-firefox-downloads-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.manager.showWhenStarting': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/csv,image/svg+xml,image/png',
      // Offline tests need the service worker; puppeteer's profile keeps it on.
      'dom.serviceWorkers.enabled': true,
    },
  });
  const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
  page.setDefaultTimeout(120000);
  const label = (e: unknown) => new Error(`firefox: ${(e as Error).message}`);
  return {
    engine: 'firefox',
    downloads,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' }).catch((e) => {
        throw label(e);
      });
    },
    js: <T>(body: string, ...args: unknown[]) => page.evaluate(wrap(body, args)) as Promise<T>,
    async click(selector) {
      const element = await page.waitForSelector(selector, { visible: true });
      await element!.click();
    },
    async select(selector, value) {
      await page.select(selector, value);
    },
    async press(...keys) {
      for (const key of keys) await page.keyboard.press(key as KeyInput);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async setFile(selector, path) {
      const input = await page.$(selector);
      if (!input) throw new Error(`firefox: no ${selector}`);
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    },
    async pdf() {
      return Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
    },
    async screenshot() {
      return Buffer.from(await page.screenshot());
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (W3C WebDriver) under xvfb-run. WebDriver has
 * no command to choose where downloads go; WebKitGTK saves them, without asking, in the user's
 * download folder (GLib's, from `$XDG_CONFIG_HOME/user-dirs.dirs`, else the home folder). The
 * session gets a home of its own whose download folder holds nothing else (the home folder
 * fills with the browser's caches, which a download wait would mistake for files in progress).
 */
export async function launchWebKit(): Promise<EngineDriver> {
  const home = mkdtempSync(join(tmpdir(), 'atlas-webkit-home-'));
  const downloads = join(home, 'Downloads');
  mkdirSync(downloads);
  mkdirSync(join(home, '.config'));
  writeFileSync(join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const driver: WebKitDriver = await startWebKit({
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
  });
  const { session } = driver;
  await session.setWindowSize(1280, 900);
  return {
    engine: 'webkit',
    downloads,
    goto: (url) => session.navigate(url).then(() => undefined),
    js: <T>(body: string, ...args: unknown[]) => session.execute<T>(`return ${wrap(body, args)}`),
    click: (selector) => session.click(selector),
    async select(selector, value) {
      await session.click(`${selector} option[value="${value}"]`);
    },
    async press(...keys) {
      await session.keys(keys.map((k) => KEYS[k]));
    },
    async type(text) {
      await session.keys([...text]);
    },
    async setFile(selector, path) {
      await session.sendKeysTo(selector, path);
    },
    pdf: async () => null,
    screenshot: () => session.screenshot(),
    async close() {
      await session.close();
      await driver.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
