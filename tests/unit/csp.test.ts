import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CSP_HEADER, CSP_META } from '../../src/build/csp';

describe('the Content-Security-Policy', () => {
  it('is exactly the policy the README documents, with the meta fallback lacking frame-ancestors', () => {
    expect(CSP_HEADER).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(readFileSync('README.md', 'utf8')).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_META).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});

describe('the header of each path', () => {
  it('lets only the embed page be framed, as the README says', async () => {
    const { EMBED_CSP_HEADER, cspHeaderFor } = await import('../../src/build/csp');
    expect(EMBED_CSP_HEADER).toBe(
      CSP_HEADER.replace("frame-ancestors 'none'", 'frame-ancestors *'),
    );
    expect(readFileSync('README.md', 'utf8')).toContain(
      `Content-Security-Policy: ${EMBED_CSP_HEADER}`,
    );
    expect(cspHeaderFor('/embed.html')).toBe(EMBED_CSP_HEADER);
    expect(cspHeaderFor('/atlas/embed.html')).toBe(EMBED_CSP_HEADER);
    for (const path of ['/', '/index.html', '/embed.html.map', '/notembed.html', '/sw.js'])
      expect(cspHeaderFor(path)).toBe(CSP_HEADER);
  });
});
