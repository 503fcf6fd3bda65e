import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';
import { openAtlas, waitForLive } from '../support/atlas-page';

const atlas = useBuiltAtlas();
const open = async (query: string) => {
  const opened = await openAtlas(atlas.browser, atlas.server.url, query);
  await waitForLive(opened.page);
  await opened.page.locator('[data-testid="points"] ol.chosen > li').first().waitFor();
  return opened.page;
};
const pointIds = (page: Page) =>
  page
    .locator('[data-testid="points"] ol.chosen > li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-point-id') ?? ''));
const squeeze = (text: string) => text.replace(/[\s\u00a0\u202f\u2010-]+/g, '');

describe('talking points', () => {
  it('copies the chosen points and their notes as rich text and as plain text', async () => {
    const page = await open('profile=UZB');
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: atlas.server.url });
    // The comparison with the subregion comes from a query of its own once the engine is up.
    await page.locator('[data-point-id="compare.human_trafficking.convicted"]').waitFor();
    const share = page.locator('[data-point-id="share.human_trafficking.convicted"]');
    expect(await share.textContent()).toMatch(/109 women among the 154 persons convicted, 70\.8%/);
    expect(
      await share.locator('[data-obs-id]', { hasText: /^109$/ }).getAttribute('data-obs-id'),
    ).toMatch(/GLOTIP-UZB-2021-convicted-female/);
    await page.locator('[data-testid="points-copy"]').click();
    await expect
      .poll(() => page.locator('[data-testid="points-status"]').textContent())
      .toMatch(/Copied/);
    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const read = async (type: string) => (await item.getType(type)).text();
      return { types: item.types, html: await read('text/html'), text: await read('text/plain') };
    });
    expect(clipboard?.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(clipboard?.text).toMatch(
      /109 women among the 154 persons convicted, 70\.8% \(95% interval 63–78%\)\. \[\d\]/,
    );
    expect(clipboard?.text).toMatch(
      /\[\d\] United Nations Office on Drugs and Crime \(UNODC\), Global Report on Trafficking in Persons/,
    );
    expect(clipboard?.html).toMatch(/<sup>\d<\/sup>/);
    expect(clipboard?.html).toMatch(
      /data-obs-id="[^"]*GLOTIP-UZB-2021-convicted-female[^"]*">109</,
    );
    expect(clipboard?.html).toContain('Global Report on Trafficking in Persons');
    await page.close();
  });

  it('keeps points unticked and reordered in the address, and a reload shows the same choice', async () => {
    const page = await open('profile=UZB&lang=ru');
    await page.locator('[data-point-id="compare.human_trafficking.convicted"]').waitFor();
    const before = await pointIds(page);
    expect(before.length).toBeGreaterThanOrEqual(3);
    await page.locator(`[data-point-id="${before[0]}"] input[type="checkbox"]`).uncheck();
    await page.locator(`[data-point-id="${before[2]}"] button`).first().click();
    const expected = [before[2], before[1], ...before.slice(3)];
    await expect.poll(() => pointIds(page)).toEqual(expected);
    const address = new URL(page.url());
    expect(address.searchParams.get('points')?.split(',')).toEqual(expected);
    await expect
      .poll(() => page.locator('[data-testid="points"] .rest li').getAttribute('data-point-id'))
      .toBe(before[0]);
    const again = await open(address.search.slice(1));
    await expect.poll(() => pointIds(again)).toEqual(expected);
    await again.close();
    await page.close();
  });

  it('makes a briefing note: a Word file, and an A4 print page that pdftotext reads', async () => {
    const page = await open('profile=UZB&lang=ru');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90000 }),
      page.locator('[data-testid="brief-docx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^brief-UZB-\d{4}-\d{2}-\d{2}\.docx$/);
    const dir = mkdtempSync(join(tmpdir(), 'atlas-brief-'));
    const docx = join(dir, 'brief.docx');
    await download.saveAs(docx);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(execFileSync('unzip', ['-l', docx], { encoding: 'utf8' })).toMatch(
      /word\/media\/.+\.png/,
    );

    await page.locator('[data-testid="brief-pdf"]').click();
    const sheet = page.locator('[data-testid="brief-print"]');
    await sheet.locator('img').first().waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="brief-print"] img')].every(
        (img) => (img as HTMLImageElement).complete,
      ),
    );
    const points = await sheet.locator('article > ul').first().locator('li').allTextContents();
    const notes = await sheet.locator('ol.notes li').allTextContents();
    const title = (await sheet.locator('h1').textContent()) ?? '';
    await page.emulateMedia({ media: 'print' });
    const pdf = join(dir, 'brief.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const text = squeeze(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    expect(title).toMatch(/^Справочная записка: Узбекистан/);
    expect(text).toContain(squeeze(title));
    expect(points.length).toBeGreaterThanOrEqual(3);
    for (const point of points) expect(text).toContain(squeeze(point));
    for (const note of notes) expect(text).toContain(squeeze(note));
    // The print page leaves the atlas out: no filter panel, no other section.
    expect(text).not.toContain(squeeze('Предложения, которые атлас составляет'));
    await page.close();
  });
});
