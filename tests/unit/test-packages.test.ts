import { describe, expect, it } from 'vitest';
import {
  chmodSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installCommand, plan, readPackageList } from '../support/ensure-packages.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const packages = readPackageList();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mjs)$/.test(f) ? [path] : [];
  });
}

describe('the Debian packages the tests need', () => {
  it('lists every outside program the tests call', () => {
    const needs = new Set(packages.map((p) => p.needs.split('/').pop()));
    const called = new Set<string>();
    for (const file of sources(join(ROOT, 'tests'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(
        /(?:execFileSync|execFile|spawnSync|spawn)\(\s*'([a-zA-Z][\w.-]*)'/g,
      ))
        called.add(match[1]!);
    }
    // node and npm come with the project, not from the list.
    const outside = [...called].filter((p) => p !== 'npm' && p !== 'node');
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.filter((p) => !needs.has(p))).toEqual([]);
    for (const name of ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb'])
      expect(packages.map((p) => p.name)).toContain(name);
  });

  it('does nothing when everything is there', () => {
    expect(plan(packages, { present: () => true, isRoot: false }).action).toBe('none');
  });

  it('as root, installs exactly what is missing, after apt-get update', () => {
    const next = plan(packages, {
      present: (needs: string) => needs !== 'pdftotext' && needs !== 'WebKitWebDriver',
      isRoot: true,
    });
    expect(next.action).toBe('install');
    expect(next.missing).toEqual(['webkit2gtk-driver', 'poppler-utils']);
    expect(next.command).toBe(installCommand(['webkit2gtk-driver', 'poppler-utils']));
    expect(next.command).toMatch(
      /^apt-get update && .*apt-get install -y webkit2gtk-driver poppler-utils$/,
    );
  });

  it('as another user, stops with the one line to run', () => {
    const next = plan(packages, {
      present: (needs: string) => needs !== 'rsvg-convert',
      isRoot: false,
    });
    expect(next.action).toBe('stop');
    const lines = next.message!.split('\n');
    expect(lines.filter((l: string) => l.includes('apt-get install'))).toEqual([
      "  sudo sh -c 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y librsvg2-bin'",
    ]);
  });

  it('is the one list both npm test and .ci/run use', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.pretest).toBe('node tests/support/ensure-packages.mjs');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toContain(
      'node tests/support/ensure-packages.mjs',
    );
  });

  describe('run as a program, with a package that is surely missing', () => {
    const SCRIPT = join(ROOT, 'tests/support/ensure-packages.mjs');
    const isRoot = process.getuid?.() === 0;
    const list = (() => {
      // Readable by every user: the stop path runs as "nobody" when the tests run as root.
      const dir = mkdtempSync(join(tmpdir(), 'atlas-packages-'));
      chmodSync(dir, 0o755);
      const path = join(dir, 'packages.txt');
      writeFileSync(path, 'atlas-no-such-package  /nonexistent/atlas-no-such-program  a test\n');
      chmodSync(path, 0o644);
      return path;
    })();
    const run = (asNobody: boolean) => {
      const args = [SCRIPT, '--list', list, '--dry-run'];
      const result = asNobody
        ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, ...args], {
            encoding: 'utf8',
          })
        : spawnSync(process.execPath, args, { encoding: 'utf8' });
      return { status: result.status, out: `${result.stdout}${result.stderr}` };
    };

    it('as another user, stops before the tests with the one line to run', () => {
      const { status, out } = run(isRoot);
      expect(status).toBe(1);
      expect(out.split('\n').filter((l) => l.includes('apt-get'))).toEqual([
        "  sudo sh -c 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y atlas-no-such-package'",
      ]);
    });

    it.skipIf(!isRoot)('as root, sets out to install it (the dry run prints the command)', () => {
      const { status, out } = run(false);
      expect(status).toBe(0);
      expect(out).toContain('Installing the Debian packages the tests need: atlas-no-such-package');
      expect(out).toContain(
        'dry run, not run: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y atlas-no-such-package',
      );
    });
  });
});
