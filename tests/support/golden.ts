import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const GOLDEN_DIR = resolve(import.meta.dirname, '..', 'golden');

export function createDocument(): Document {
  return new JSDOM('<!doctype html><html><body></body></html>').window.document;
}

/** Rounds long decimals, renumbers generated ids and pretty-prints, so goldens diff line by line. */
export function normaliseSvg(markup: string): string {
  const ids = new Map<string, string>();
  let text = markup.replace(/(\d+\.\d{3,})/g, (m) => String(Math.round(Number(m) * 100) / 100));
  text = text.replace(/\bid="(plot-[^"]+|clip[^"]*\d[^"]*)"/g, (_, id: string) => {
    const next = `gen-${ids.size + 1}`;
    ids.set(id, next);
    return `id="${next}"`;
  });
  for (const [from, to] of ids) text = text.split(`#${from})`).join(`#${to})`);
  const lines: string[] = [];
  let depth = 0;
  for (const token of text.replace(/>\s*</g, '>\n<').split('\n')) {
    const closing = token.startsWith('</');
    if (closing) depth = Math.max(0, depth - 1);
    lines.push('  '.repeat(depth) + token);
    const selfClosing = token.endsWith('/>') || /^<[^/!?][^>]*>.*<\/[^>]+>$/.test(token);
    if (!closing && !selfClosing && token.startsWith('<') && !token.startsWith('<?')) depth++;
  }
  return lines.join('\n') + '\n';
}

/** Compares with tests/golden/NAME.svg; rewrites only when UPDATE_GOLDENS=1. */
export function expectGolden(name: string, svg: Element): { ok: boolean; message: string } {
  const path = resolve(GOLDEN_DIR, `${name}.svg`);
  const changedPath = resolve(GOLDEN_DIR, `${name}-changed.svg`);
  const serializer = new (
    svg.ownerDocument.defaultView as unknown as { XMLSerializer: typeof XMLSerializer }
  ).XMLSerializer();
  const actual = normaliseSvg(serializer.serializeToString(svg));
  if (process.env.UPDATE_GOLDENS === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (existsSync(changedPath)) rmSync(changedPath);
    return { ok: true, message: `updated ${name}.svg` };
  }
  if (!existsSync(path)) {
    writeFileSync(changedPath, actual);
    return {
      ok: false,
      message: `no golden ${name}.svg; wrote ${name}-changed.svg (run with UPDATE_GOLDENS=1 to accept)`,
    };
  }
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) {
    if (existsSync(changedPath)) rmSync(changedPath);
    return { ok: true, message: 'matches' };
  }
  writeFileSync(changedPath, actual);
  return {
    ok: false,
    message: `${name}.svg differs; see ${name}-changed.svg (UPDATE_GOLDENS=1 to accept)`,
  };
}
