import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  if (process.getuid?.() === 0) {
    console.log("Chromium not found: installing Debian's chromium (running as root)...");
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      { stdio: 'inherit' },
    );
  } else {
    console.error(
      `Chromium not found at ${path}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then npm test again.`,
    );
    process.exit(1);
  }
}
