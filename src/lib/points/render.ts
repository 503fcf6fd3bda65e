import { translator } from '../i18n';
import type { Lang } from '../model/filters';
import type { NotedPoint } from './notes';
import type { Segment } from './types';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sentence or note as HTML: numbers keep their rows; a source's publisher, title and address are marked as its own. */
export function segmentsHtml(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      const text = escapeHtml(s.text);
      if (s.source === 'title') return `<cite data-source-words="title">${text}</cite>`;
      if (s.source === 'publisher') return `<span data-source-words="publisher">${text}</span>`;
      if (s.source === 'url') return `<a href="${text}">${text}</a>`;
      return s.obsIds?.length
        ? `<span data-obs-id="${escapeHtml(s.obsIds.join(' '))}">${text}</span>`
        : text;
    })
    .join('');
}

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
  const body = points.map(
    (p) => `<p>${segmentsHtml(p.point.segments)}<sup>${p.note.number}</sup></p>`,
  );
  const notes = points.map(
    (p) => `<li value="${p.note.number}">${segmentsHtml(p.note.segments)}</li>`,
  );
  return `<div lang="${lang}">${body.join('')}<p><strong>${escapeHtml(t('pointsNotes'))}</strong></p><ol>${notes.join('')}</ol></div>`;
}

/** As Markdown with footnotes ([^1]), for the briefing note's text file. */
export function pointsMarkdown(points: readonly NotedPoint[]): string {
  const body = points.map((p) => `- ${p.text}[^${p.note.number}]`);
  const notes = points.map((p) => `[^${p.note.number}]: ${p.note.text}`);
  return [...body, '', ...notes].join('\n');
}
