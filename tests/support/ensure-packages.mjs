// Before `npm test` (pretest) and in .ci/run: every Debian package the tests need
// (tests/support/debian-packages.txt) is there, or is installed as root, or the one line to
// run is printed and the tests do not start.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LIST = fileURLToPath(new URL('./debian-packages.txt', import.meta.url));

/** The list: each package with the program or file the tests use from it. */
export function readPackageList(text = readFileSync(LIST, 'utf8')) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [name, needs] = line.split(/\s+/);
      return { name, needs };
    });
}

/** A path that exists, or a program found on PATH. */
export function isPresent(needs, path = process.env.PATH ?? '') {
  if (needs.startsWith('/')) return existsSync(needs);
  return path.split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, needs), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export const installCommand = (names) =>
  `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${names.join(' ')}`;

/** What to do: nothing, install (as root), or stop with the one line a user runs. */
export function plan(packages, { present = isPresent, isRoot = process.getuid?.() === 0 } = {}) {
  const missing = [...new Set(packages.filter((p) => !present(p.needs)).map((p) => p.name))];
  if (missing.length === 0) return { action: 'none', missing };
  if (isRoot) return { action: 'install', missing, command: installCommand(missing) };
  return {
    action: 'stop',
    missing,
    message: `The tests need Debian packages that are not installed (${missing.join(', ')}). Run:\n  sudo sh -c '${installCommand(missing)}'\nthen npm test again.`,
  };
}

/**
 * `--list FILE` reads another list (a test's, with a package that is surely missing);
 * `--dry-run` prints the install command instead of running it.
 */
function options(argv) {
  const at = argv.indexOf('--list');
  const named = at >= 0 ? argv[at + 1] : undefined;
  return {
    list: named && !named.startsWith('--') ? named : LIST,
    dryRun: argv.includes('--dry-run'),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { list, dryRun } = options(process.argv.slice(2));
  const packages = () => readPackageList(readFileSync(list, 'utf8'));
  const next = plan(packages());
  if (next.action === 'install') {
    console.log(`Installing the Debian packages the tests need: ${next.missing.join(' ')}`);
    if (dryRun) {
      console.log(`dry run, not run: ${next.command}`);
      process.exit(0);
    }
    try {
      execSync(next.command, { stdio: 'inherit', shell: '/bin/sh' });
    } catch {
      console.error(`Could not install ${next.missing.join(' ')}; the tests did not start.`);
      process.exit(1);
    }
    const still = plan(packages(), { isRoot: false });
    if (still.action !== 'none') {
      console.error(`Still missing after apt-get: ${still.missing.join(', ')}.`);
      process.exit(1);
    }
  } else if (next.action === 'stop') {
    console.error(next.message);
    process.exit(1);
  }
}
