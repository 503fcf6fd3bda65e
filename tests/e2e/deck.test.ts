import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBuiltAtlas } from '../support/atlas-browser';
import { openAtlas, openTools, waitForLive } from '../support/atlas-page';

const atlas = useBuiltAtlas();
const dir = mkdtempSync(join(tmpdir(), 'atlas-deck-e2e-'));
const squeeze = (text: string) => text.replace(/[\s\u00a0\u202f\u2010-]+/g, '');
const unzip = (file: string, part: string) =>
  execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const xmlText = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1] ?? '')
    .join(' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function pdfPages(pdf: string) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    ratio: Number(w) / Number(h),
    text: (page: number) =>
      execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], {
        encoding: 'utf8',
      }),
  };
}

describe('the deck, taken away', () => {
  it('downloads the default figures as a PowerPoint deck that LibreOffice reads: 16:9 pages with titles, figures and sources', async () => {
    const { page } = await openAtlas(atlas.browser, atlas.server.url, '');
    await waitForLive(page);
    await openTools(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 180000 }),
      page.locator('[data-testid="deck-download"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('atlas-deck.pptx');
    const pptx = join(dir, 'atlas-deck.pptx');
    await download.saveAs(pptx);
    await expect
      .poll(() => page.locator('[data-testid="deck-message"]').textContent())
      .toMatch(/Deck of \d+ slides written/);
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        pptx,
      ],
      { stdio: 'ignore', timeout: 240000 },
    );
    const pdf = pdfPages(join(dir, 'atlas-deck.pdf'));
    const slides = execFileSync('unzip', ['-Z1', pptx], { encoding: 'utf8' })
      .split('\n')
      .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
    expect(pdf.pages).toBe(slides.length);
    expect(pdf.pages).toBeGreaterThanOrEqual(8);
    expect(pdf.ratio).toBeCloseTo(16 / 9, 2);
    const images = execFileSync('pdfimages', ['-list', join(dir, 'atlas-deck.pdf')], {
      encoding: 'utf8',
    })
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cells) => cells.length > 4 && cells[2] === 'image');
    for (let n = 1; n <= pdf.pages; n++) {
      const xml = unzip(pptx, `ppt/slides/slide${n}.xml`);
      const title = xmlText(/<p:sp>.*?type="title".*?<\/p:sp>/s.exec(xml)?.[0] ?? '');
      const text = squeeze(pdf.text(n));
      expect(title.length).toBeGreaterThan(10);
      expect(text).toContain(squeeze(title));
      expect(text).toMatch(/Sources?:/);
      // The figure is the browser's 1920x1080 PNG (a broken image is 100x119 pixels).
      expect(images.filter((c) => Number(c[0]) === n).map((c) => `${c[3]}x${c[4]}`)).toEqual([
        '1920x1080',
      ]);
    }
    const notes = unzip(pptx, 'ppt/notesSlides/notesSlide1.xml');
    expect(notes).toContain('Talking points');
    expect(notes).toContain('United Nations Office on Drugs and Crime');
    await page.close();
  }, 400000);

  it('prints a saved deck in Russian as a 16:9 PDF, one slide a page', async () => {
    const { page } = await openAtlas(atlas.browser, atlas.server.url, 'lang=ru');
    await waitForLive(page);
    await openTools(page);
    await page.setInputFiles('[data-testid="deck-load"]', {
      name: 'deck.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          kind: 'women-in-organized-crime-atlas-deck',
          datasetVersion: '',
          slides: [
            { query: 'stage=prosecuted', figure: 'pipeline' },
            { query: 'profile=UZB', figure: 'profile-trends' },
          ],
        }),
      ),
    });
    await expect.poll(() => page.locator('[data-testid="deck-count"]').textContent()).toMatch(/2/);
    await page.locator('[data-testid="deck-print-open"]').click();
    const sheet = page.locator('[data-testid="deck-print"]');
    await sheet.locator('section.slide img').first().waitFor({ timeout: 120000 });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="deck-print"] img')].every(
        (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      ),
    );
    const titles = await sheet.locator('section.slide h2').allTextContents();
    const sources = await sheet.locator('section.slide p.source').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(2);
    expect(titles[0]).toMatch(/[а-я]/);
    await page.emulateMedia({ media: 'print' });
    const file = join(dir, 'deck-ru.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(readFileSync(file).subarray(0, 4).toString()).toBe('%PDF');
    const pdf = pdfPages(file);
    expect(pdf.pages).toBe(titles.length);
    expect(pdf.ratio).toBeCloseTo(16 / 9, 2);
    for (const [i, title] of titles.entries()) {
      const text = squeeze(pdf.text(i + 1));
      expect(text).toContain(squeeze(title));
      expect(text).toContain(squeeze(sources[i] ?? '').slice(0, 60));
      expect(squeeze(sources[i] ?? '')).toMatch(/Источник/);
    }
    // The print leaves the atlas out: no filter panel.
    expect(squeeze(pdf.text(1))).not.toContain(squeeze('Сохранить презентацию'));
    await page.close();
  }, 300000);
});
