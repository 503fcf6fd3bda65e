import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';
import { openAtlas, waitForLive } from '../support/atlas-page';
import { englishLines, withoutSourceWords } from '../support/english';

const atlas = useBuiltAtlas();

/**
 * Everything a reader sees or hears on the page, except the titles and publishers of sources:
 * text of elements marked `data-source-words` is left out, and a figure's source line
 * (`data-source-line`) is read without the titles and publishers it names.
 */
async function readable(page: Page): Promise<{ text: string[]; sourceLines: string[] }> {
  return page.evaluate(() => {
    const skip = (node: Node) => {
      const element = node instanceof Element ? node : node.parentElement;
      return (
        element === null ||
        element.closest(
          // The language picker names each language in itself.
          'script, style, noscript, [data-source-words], [data-source-line], [data-testid="lang"] option',
        ) !== null
      );
    };
    const text: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!skip(node) && (node.textContent ?? '').trim()) text.push(node.textContent ?? '');
    for (const element of document.body.querySelectorAll(
      '[aria-label], [title], [alt], [placeholder]',
    ))
      if (!element.closest('[data-source-words]'))
        for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
          const value = element.getAttribute(name);
          if (value) text.push(value);
        }
    const sourceLines = [...document.querySelectorAll('svg')].map((svg) =>
      [...svg.querySelectorAll('[data-source-line]')].map((t) => t.textContent ?? '').join(' '),
    );
    return { text, sourceLines };
  });
}

describe('the page in each language', () => {
  it.each([
    ['ru', ''],
    ['fr', ''],
    ['de', ''],
    ['it', ''],
    ['es', ''],
    ['ru', 'profile=UZB'],
    ['de', 'profile=SWE'],
  ] as const)(
    'has no English outside source titles and publishers: %s %s',
    async (lang, query) => {
      const { page } = await openAtlas(
        atlas.browser,
        atlas.server.url,
        `lang=${lang}${query ? `&${query}` : ''}`,
      );
      await waitForLive(page);
      await page.waitForFunction(() => document.querySelector('[data-pending]') === null, null, {
        timeout: 90000,
      });
      const { text, sourceLines } = await readable(page);
      await page.close();
      const problems = englishLines(
        [...text, ...sourceLines.map((line) => withoutSourceWords(line))],
        lang,
      );
      expect(problems).toEqual([]);
    },
    180000,
  );
});

describe('a State profile', () => {
  it('does not say that the States picked are not applied, on a page about one State', async () => {
    const { page } = await openAtlas(atlas.browser, atlas.server.url, 'profile=UZB&state=UZB,KAZ');
    await waitForLive(page);
    expect(await page.locator('[data-profile]').count()).toBe(1);
    expect(await page.locator('[data-not-applied~="selected"]').count()).toBe(0);
    const summary = (await page.locator('[data-testid="profile-summary"]').textContent()) ?? '';
    expect(summary).toMatch(/109 women of 154 persons, 70\.8% \(95% interval 63–78%\)/);
    expect(summary).toContain('Source: United Nations Office on Drugs and Crime');
    // The Sources panel says what its counts count.
    expect(await page.locator('#sources .count').first().textContent()).toMatch(
      /^\(\d[\d,]* data rows? behind the figures in view\)$/,
    );
    await page.close();
  }, 180000);
});
