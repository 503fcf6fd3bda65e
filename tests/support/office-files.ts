import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

/** The repository's root, where the command-line scripts run. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The date the office files of the tests carry, fixed so that their text can be compared. */
export const OFFICE_DATE = '2026-12-03';

/** The data version the files name: the one `npm run data` wrote. */
export function dataVersion(): string {
  return (
    JSON.parse(readFileSync(resolve(ROOT, 'public/data/manifest.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

/** The text a reader gets: whitespace and the hyphens a line break may add or drop taken out. */
export const squeeze = (text: string) => text.replace(/[\s\u00a0\u202f\u2010-]+/g, '');

/**
 * Converts office files to PDF with LibreOffice (one process, its own profile in `out`), as a
 * reader's office suite opens them; returns each file's PDF.
 */
export function convertWithLibreOffice(out: string, files: string[]): Map<string, string> {
  const pdfDir = join(out, 'pdf');
  mkdirSync(pdfDir, { recursive: true });
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(out, 'lo-profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      pdfDir,
      ...files,
    ],
    { stdio: 'ignore', timeout: 240000 },
  );
  return new Map(
    files.map((file) => [file, join(pdfDir, basename(file).replace(/\.[a-z]+$/, '.pdf'))]),
  );
}

/**
 * One office-file test's set-up: a fresh folder for its files, the data version and date they
 * carry, and LibreOffice's PDF of each file, converted in that folder.
 */
export function officeTest(name: string) {
  const out = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  return {
    out,
    version: dataVersion(),
    date: OFFICE_DATE,
    root: ROOT,
    toPdf: (files: string[]) => convertWithLibreOffice(out, files),
  };
}
