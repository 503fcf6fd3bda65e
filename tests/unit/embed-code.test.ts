import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { atlasRoot, embedCode, embedUrl } from '../../src/lib/export/embed-code';
import { DEFAULT_FILTERS } from '../../src/lib/model/filters';

describe('the embed code of a figure', () => {
  it('points to the embed page at the atlas’s public address, with the filters and language', () => {
    for (const base of [
      'https://x.org/atlas',
      'https://x.org/atlas/',
      'https://x.org/atlas/index.html?v=1',
    ])
      expect(atlasRoot(base).href).toBe('https://x.org/atlas/');
    const url = new URL(
      embedUrl('https://x.org/atlas', 'regions', {
        ...DEFAULT_FILTERS,
        selected: ['BEL', 'DEU'],
        lang: 'ru',
      }),
    );
    expect(url.pathname).toBe('/atlas/embed.html');
    expect(url.searchParams.get('view')).toBe('regions');
    expect(url.searchParams.get('state')).toBe('BEL,DEU');
    expect(url.searchParams.get('lang')).toBe('ru');
  });

  it('is a titled frame and a listener that sizes only the frame that posted, from the atlas’s origin', () => {
    const code = embedCode('https://x.org/atlas/embed.html?view=map&x="<', 'Map "of" <States>');
    expect(code).toContain('src="https://x.org/atlas/embed.html?view=map&amp;x=&quot;&lt;"');
    expect(code).toContain('title="Map &quot;of&quot; &lt;States>"');
    const dom = new JSDOM(`<body>${code}</body>`, { runScripts: 'dangerously' });
    const frames = dom.window.document.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0] as HTMLIFrameElement;
    const post = (origin: string, data: unknown, source: unknown) =>
      dom.window.dispatchEvent(
        new dom.window.MessageEvent('message', { origin, data, source: source as null }),
      );
    post('https://x.org', { type: 'atlas-embed-height', height: 321.2 }, frame.contentWindow);
    expect(frame.style.height).toBe('322px');
    expect(frame.style.borderStyle).toBe('none');
    post('https://evil.example', { type: 'atlas-embed-height', height: 5 }, frame.contentWindow);
    post('https://x.org', { type: 'other', height: 5 }, frame.contentWindow);
    expect(frame.style.height).toBe('322px');
  });
});
