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

/** As a <meta http-equiv> fallback in index.html; browsers ignore frame-ancestors there. */
export const CSP_META = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
