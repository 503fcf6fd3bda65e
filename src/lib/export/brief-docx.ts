import type { BriefDocument } from './brief';

/** A4 text width in CSS pixels (96 to the inch) between 2 cm margins: 17 cm. */
const TEXT_WIDTH_PX = Math.round((17 / 2.54) * 96);
const CM = 567;

/**
 * The briefing note as a Word document (DOCX): title, date and dataset version, the talking
 * points with real Word footnotes, figures as PNG images with their source lines, how to cite
 * and the terms of reuse. The `docx` library is loaded only when a note is made. This is the
 * entry an export registry calls; it returns the file's bytes in Node and in the browser.
 */
export async function briefDocx(doc: BriefDocument): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, FootnoteReferenceRun, ImageRun } =
    await import('docx');
  const text = (value: string) => new Paragraph({ children: [new TextRun(value)] });
  const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ heading: level, children: [new TextRun(value)] });
  const footnotes: Record<number, { children: InstanceType<typeof Paragraph>[] }> = {};
  const points = doc.points.map((p) => {
    const runs = p.note.segments.map(
      (s) => new TextRun({ text: s.text, italics: s.source === 'title' }),
    );
    footnotes[p.note.number] = { children: [new Paragraph({ children: runs })] };
    return new Paragraph({
      bullet: { level: 0 },
      spacing: { after: 120 },
      children: [new TextRun(p.text), new FootnoteReferenceRun(p.note.number)],
    });
  });
  const figures = doc.figures.flatMap((f) => {
    const scale = Math.min(1, TEXT_WIDTH_PX / f.width);
    return [
      new Paragraph({
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: f.png,
            transformation: {
              width: Math.round(f.width * scale),
              height: Math.round(f.height * scale),
            },
            altText: { name: f.title, description: f.title, title: f.title },
          }),
        ],
      }),
      new Paragraph({
        spacing: { after: 200 },
        children: [new TextRun({ text: f.sourceLine, size: 16 })],
      }),
    ];
  });
  const document = new Document({
    creator: 'Women in Organized Crime Atlas',
    title: doc.title,
    styles: {
      default: {
        document: { run: { font: 'Noto Sans', size: 21, language: { value: doc.lang } } },
      },
    },
    footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(21 * CM), height: Math.round(29.7 * CM) },
            margin: { top: 2 * CM, bottom: 2 * CM, left: 2 * CM, right: 2 * CM },
          },
        },
        children: [
          heading(doc.title, HeadingLevel.TITLE),
          text(doc.dated),
          heading(doc.headings.points, HeadingLevel.HEADING_1),
          ...points,
          heading(doc.headings.figures, HeadingLevel.HEADING_1),
          ...(doc.noFigures ? [text(doc.noFigures)] : figures),
          heading(doc.headings.cite, HeadingLevel.HEADING_1),
          text(doc.citation),
          heading(doc.headings.terms, HeadingLevel.HEADING_1),
          text(doc.termsIntro),
          ...doc.terms.map(
            (x) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(x)] }),
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
