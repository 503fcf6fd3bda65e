import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';
import { focusedIso3, openAtlas, waitForLive } from '../support/atlas-page';

const atlas = useBuiltAtlas();
const open = async (query: string) => {
  const opened = await openAtlas(atlas.browser, atlas.server.url, query);
  await waitForLive(opened.page);
  return opened.page;
};
const map = (page: Page) => page.locator('svg[data-figure="osce-map"]');

async function printPdf(page: Page): Promise<string> {
  await page.waitForFunction(() => document.querySelector('[data-pending]') === null, null, {
    timeout: 90000,
  });
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'atlas-pdf-'));
  const file = join(dir, 'profile.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  return file;
}

async function pdfText(page: Page): Promise<string> {
  return execFileSync('pdftotext', ['-layout', await printPdf(page), '-'], { encoding: 'utf8' });
}

/** How far down a PDF page its lowest ink is, as a share of the page (pdftoppm, greyscale). */
function inkDepth(pdf: string, pageNumber: number): number {
  const pgm = execFileSync(
    'pdftoppm',
    ['-f', String(pageNumber), '-l', String(pageNumber), '-r', '20', '-gray', pdf],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  // A binary PGM: "P5\n<width> <height>\n255\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm gave no PGM');
  const [whole = '', w = '0', h = '0'] = header;
  const [width, height] = [Number(w), Number(h)];
  const pixels = pgm.subarray(whole.length);
  for (let y = height - 1; y >= 0; y--)
    for (let x = 0; x < width; x++) if ((pixels[y * width + x] ?? 255) < 200) return y / height;
  return 0;
}

describe('a page for every State', () => {
  it('opens a profile from the map by mouse, through the tooltip’s link', async () => {
    const page = await open('');
    await page.locator('[data-figure-block="map"]').scrollIntoViewIfNeeded();
    await map(page).locator('[data-iso3="SWE"] path').first().hover();
    const link = page.locator('.map .tooltip a[data-profile-link="SWE"]');
    await link.click();
    await page.waitForSelector('[data-profile="SWE"]', { timeout: 90000 });
    // The State's own page (profile/SWE/), which the app then runs in.
    expect(new URL(page.url()).pathname).toBe('/profile/SWE/');
    expect(await page.locator('#profile-heading').textContent()).toBe('Sweden');
    await page.close();
  });

  it('opens a profile from the map by keyboard; Enter on the map still selects', async () => {
    const page = await open('');
    await page.locator('[data-figure-block="map"]').scrollIntoViewIfNeeded();
    await map(page).locator('[data-iso3]').first().waitFor();
    await map(page).locator('[tabindex="0"]').focus();
    await page.keyboard.type('alb');
    expect(await focusedIso3(page)).toBe('ALB');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe('ALB');
    // Selecting redraws the map (focus is kept on ALB): Tab once it holds still.
    await waitForLive(page);
    await page.waitForFunction(() => document.querySelector('[data-pending]') === null, null, {
      timeout: 90000,
    });
    await page.waitForSelector('[data-profile-link="ALB"]', { state: 'attached', timeout: 90000 });
    await expect.poll(() => focusedIso3(page)).toBe('ALB');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-profile-link')))
      .toBe('ALB');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-profile="ALB"]', { timeout: 90000 });
    await page.close();
  });

  it('holds trends, published figures, scores and coverage, a summary whose numbers carry their rows, all resolving to sources', async () => {
    const page = await open('profile=ALB');
    for (const view of ['profile-trends', 'profile-figures', 'profile-scores', 'profile-coverage'])
      expect(await page.locator(`#view-${view}`).count(), view).toBe(1);
    const summary = page.locator('[data-testid="profile-summary"]');
    expect(await summary.locator('p').count()).toBeGreaterThanOrEqual(3);
    expect(await summary.textContent()).toContain('2023 OSCE study');
    expect(await summary.textContent()).toMatch(/Drug-trafficking offences.*\(95% interval/);
    // Every number in the summary carries the rows behind it.
    const bare = await summary
      .locator('p')
      .evaluateAll((ps) =>
        ps.flatMap((p) =>
          [...p.childNodes]
            .filter((n) => n.nodeType === 3 && /\d/.test(n.textContent ?? ''))
            .map((n) => n.textContent),
        ),
      );
    // Years and the study's size are not figures; any other number must sit in a span with its rows.
    expect(
      bare.filter((t) =>
        /\d/.test((t ?? '').replace(/\b(19|20)\d\d\b/g, '').replace(/\b14 States\b/, '')),
      ),
    ).toEqual([]);
    const missing = await page.evaluate(() => {
      const listed = new Set(
        [...document.querySelectorAll('#sources [data-obs-ids]')].flatMap((e) =>
          (e.getAttribute('data-obs-ids') ?? '').split(' '),
        ),
      );
      return [...document.querySelectorAll('[data-profile] [data-obs-id]')]
        .flatMap((e) => (e.getAttribute('data-obs-id') ?? '').split(' '))
        .filter((id) => id && !listed.has(id));
    });
    expect(missing).toEqual([]);
    await page.close();
  });

  it('prints to A4 PDF with the State’s name and a source line', async () => {
    const page = await open('profile=ALB');
    const text = await pdfText(page);
    expect(text).toContain('Albania');
    expect(text).toMatch(/Sources?:/);
    expect(text).toContain('UNODC');
    await page.close();
  });

  it.each(['UZB', 'ALB'])(
    '%s: fills each printed page but the last rather than pushing a whole view to the next',
    async (iso3) => {
      const page = await open(`profile=${iso3}`);
      await page.setViewportSize({ width: 1440, height: 900 });
      const pdf = await printPdf(page);
      if (process.env.ATLAS_KEEP_PDF)
        writeFileSync(`${process.env.ATLAS_KEEP_PDF}-${iso3}.pdf`, readFileSync(pdf));
      // pdftotext ends every page with a form feed.
      const pages =
        execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').length - 1;
      expect(pages).toBeGreaterThan(1);
      for (let n = 1; n < pages; n++) expect(inkDepth(pdf, n), `page ${n}`).toBeGreaterThan(0.6);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).not.toMatch(/drug-trafficking offences \(all…/);
      await page.close();
    },
  );

  it('gives Kosovo a profile with the standard footnote, on screen and in print', async () => {
    const page = await open('profile=XKX');
    expect(await page.locator('[data-testid="kosovo-footnote"]').textContent()).toContain('1244');
    const text = (await pdfText(page)).replace(/\s+/g, ' ');
    expect(text).toContain('Kosovo');
    expect(text).toContain('Security Council Resolution 1244');
    await page.close();
  });

  it('says what is missing for a State with almost no data', async () => {
    const page = await open('profile=VAT');
    const summary = (await page.locator('[data-testid="profile-summary"]').textContent()) ?? '';
    expect(summary).toMatch(/no women's share can be computed|no figure|not published/i);
    await page.close();
  });

  it('reports an unknown profile code like any unknown value', async () => {
    const { page } = await openAtlas(atlas.browser, atlas.server.url, 'profile=QQQ');
    expect(await page.locator('[data-testid="url-warning"]').textContent()).toContain('QQQ');
    expect(await page.locator('[data-profile]').count()).toBe(0);
    await page.close();
  });
});
