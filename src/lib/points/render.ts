import { translator } from '../i18n';
import type { Lang } from '../model/filters';
import type { NotedPoint } from './notes';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The chosen points and their notes as plain text, for the clipboard and e-mail. */
export function pointsPlainText(points: readonly NotedPoint[], lang: Lang): string {
  const t = translator(lang);
  const body = points.map((p) => `${p.text} [${p.note.number}]`);
  const notes = points.map((p) => `[${p.note.number}] ${p.note.text}`);
  return [...body, '', `${t('pointsNotes')}:`, ...notes].join('\n');
}

/** The same as rich text: one paragraph per point with a superscript note number; numbers keep their rows. */
export function pointsHtml(points: readonly NotedPoint[], lang: Lang): string {
  const t = translator(lang);
  const body = points.map((p) => {
    const sentence = p.point.segments
      .map((s) =>
        s.obsIds?.length
          ? `<span data-obs-id="${escapeHtml(s.obsIds.join(' '))}">${escapeHtml(s.text)}</span>`
          : escapeHtml(s.text),
      )
      .join('');
    return `<p>${sentence}<sup>${p.note.number}</sup></p>`;
  });
  const notes = points.map((p) => `<li value="${p.note.number}">${escapeHtml(p.note.text)}</li>`);
  return `<div lang="${lang}">${body.join('')}<p><strong>${escapeHtml(t('pointsNotes'))}</strong></p><ol>${notes.join('')}</ol></div>`;
}

/** As Markdown with footnotes ([^1]), for the briefing note's text file. */
export function pointsMarkdown(points: readonly NotedPoint[]): string {
  const body = points.map((p) => `- ${p.text}[^${p.note.number}]`);
  const notes = points.map((p) => `[^${p.note.number}]: ${p.note.text}`);
  return [...body, '', ...notes].join('\n');
}
