import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** W3C WebDriver's key for an element reference in JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Shift: '\uE008',
  Home: '\uE011',
  End: '\uE010',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  PageDown: '\uE00F',
  PageUp: '\uE00E',
} as const;

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** A W3C WebDriver session: just the commands the engine tests use. */
export class WebDriverSession {
  constructor(
    private readonly base: string,
    readonly id: string,
    private readonly label: string,
  ) {}

  async command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok || (json.value && typeof json.value === 'object' && 'error' in json.value))
      throw new Error(
        `${this.label}: ${method} ${path}: ${json.value?.error ?? response.status}: ${json.value?.message ?? ''}`,
      );
    return json.value;
  }

  navigate(url: string) {
    return this.command<null>('POST', '/url', { url });
  }

  /** Runs `body` as a function body in the page; a returned promise is awaited. */
  execute<T>(body: string, args: unknown[] = []) {
    return this.command<T>('POST', '/execute/sync', { script: body, args });
  }

  async find(selector: string): Promise<string> {
    const found = await this.command<Record<string, string>>('POST', '/element', {
      using: 'css selector',
      value: selector,
    });
    return found[ELEMENT]!;
  }

  elementArgument(element: string) {
    return { [ELEMENT]: element };
  }

  async click(selector: string) {
    await this.command('POST', `/element/${await this.find(selector)}/click`);
  }

  async sendKeysTo(selector: string, text: string) {
    await this.command('POST', `/element/${await this.find(selector)}/value`, { text });
  }

  /** Presses keys one after another (each a KEYS value or a character), as a user types. */
  async keys(keys: string[], modifier?: string) {
    const actions = keys.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    const wrapped = modifier
      ? [{ type: 'keyDown', value: modifier }, ...actions, { type: 'keyUp', value: modifier }]
      : actions;
    await this.command('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: wrapped }],
    });
    await this.command('DELETE', '/actions');
  }

  setWindowSize(width: number, height: number) {
    return this.command('POST', '/window/rect', { width, height });
  }

  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.command<string>('GET', '/screenshot'), 'base64');
  }

  async close() {
    await this.command('DELETE', '').catch(() => undefined);
  }
}

export interface WebKitDriver {
  session: WebDriverSession;
  stop(): Promise<void>;
}

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver';
export const MINIBROWSER =
  process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Starts WebKitWebDriver on a free port inside its own X display (xvfb-run), and one session of
 * WebKitGTK's MiniBrowser in automation mode. `env` reaches the browser (its download folder).
 */
export async function startWebKit(env: Record<string, string> = {}): Promise<WebKitDriver> {
  const port = await freePort();
  const driver: ChildProcess = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1920x1200x24', WEBKIT_DRIVER, `--port=${port}`],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env: { ...process.env, ...env } },
  );
  let stderr = '';
  driver.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const exited = new Promise<void>((done) => driver.once('exit', () => done()));
  const stop = async () => {
    if (driver.exitCode === null && driver.pid) {
      try {
        process.kill(-driver.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await exited;
    }
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 60000;
    for (;;) {
      const up = await fetch(`${base}/status`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (driver.exitCode !== null || Date.now() > deadline)
        throw new Error(`webkit: WebKitWebDriver did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const response = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
            timeouts: { script: 120000, pageLoad: 120000, implicit: 0 },
          },
        },
      }),
    });
    const json = (await response.json()) as { value: { sessionId?: string; message?: string } };
    if (!json.value.sessionId)
      throw new Error(`webkit: no session: ${json.value.message ?? ''} ${stderr}`);
    return { session: new WebDriverSession(base, json.value.sessionId, 'webkit'), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
