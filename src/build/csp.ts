/**
 * The Content-Security-Policy the atlas runs under: nothing from another origin, no eval (only
 * WebAssembly compilation, which the engine needs), no inline script or style.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** As an HTTP header: what a host should send (README), and what `npm start` sends. */
export const CSP_HEADER = DIRECTIVES.join('; ');

/**
 * The embed page (embed.html) is the one page other sites may frame: the same policy, but any
 * http(s) page may be its ancestor.
 */
export const EMBED_CSP_HEADER = DIRECTIVES.map((d) =>
  d.startsWith('frame-ancestors') ? 'frame-ancestors *' : d,
).join('; ');

/** The header for a path: the embed page's, or the app's (which refuses to be framed). */
export function cspHeaderFor(pathname: string): string {
  return /(^|\/)embed\.html$/.test(pathname) ? EMBED_CSP_HEADER : CSP_HEADER;
}

/** As a <meta http-equiv> fallback in index.html; browsers ignore frame-ancestors there. */
export const CSP_META = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
