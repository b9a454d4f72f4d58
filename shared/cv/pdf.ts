// The CV as a PDF in the Europass layout: a narrow left column of headings and labels, aligned
// right against a thin rule, and the content in the right column. A4, Helvetica (a standard
// font: nothing to embed, see pdfText.ts for the characters it cannot write). Pure: the same
// content and labels give the same bytes, in Node (tests) and in the renderer.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { CV_SECTIONS, type CvContent, type CvLine } from './content';
import { fill, type CvPdfLabels } from './texts';
import { formatItalianDate } from '../time/dates';
import { makeEncodable, wrap } from './pdfText';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64 };
const LEFT = { x: 40, right: 190 };
const RULE_X = 201;
const RIGHT = { x: 212, right: 555 };
const SIZE = { title: 15, heading: 17, section: 11, label: 8.5, text: 10, footer: 8 };
const LEADING = 13;
const COLOUR = { accent: rgb(0.06, 0.25, 0.53), label: rgb(0.35, 0.35, 0.38), text: rgb(0.1, 0.1, 0.12), rule: rgb(0.62, 0.7, 0.82) };

interface RowStyle {
  /** The label is a section heading (bold, accent colour) with its text beside it. */
  heading?: boolean;
  textSize?: number;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Draws top to bottom, opening a new page when the next line would cross the bottom margin. */
class Writer {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
    readonly clean: (text: string) => string,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.page.drawLine({ start: { x: RULE_X, y: PAGE.height - MARGIN.top + 8 }, end: { x: RULE_X, y: MARGIN.bottom - 4 }, thickness: 0.6, color: COLOUR.rule });
    this.y = PAGE.height - MARGIN.top;
  }

  /** Makes room for `height` points, on a new page if needed. */
  room(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  leftAligned(text: string, font: PDFFont, size: number, colour = COLOUR.label): void {
    const width = font.widthOfTextAtSize(text, size);
    this.page.drawText(text, { x: LEFT.right - width, y: this.y, font, size, color: colour });
  }

  rightColumn(text: string, font: PDFFont, size: number, colour = COLOUR.text): void {
    this.page.drawText(text, { x: RIGHT.x, y: this.y, font, size, color: colour });
  }

  /** A label (left) beside its text (right), both wrapped; long rows continue on the next page. */
  row(label: string, text: string, style: RowStyle = {}): void {
    const labelFont = style.heading ? this.fonts.bold : this.fonts.regular;
    const labelSize = style.heading ? SIZE.section : SIZE.label;
    const textSize = style.textSize ?? SIZE.text;
    const labelLines = wrap(this.clean(label), labelFont, labelSize, LEFT.right - LEFT.x);
    const textLines = wrap(this.clean(text), this.fonts.regular, textSize, RIGHT.right - RIGHT.x);
    const count = Math.max(labelLines.length, textLines.length);
    for (let i = 0; i < count; i += 1) {
      this.room(LEADING);
      const labelLine = labelLines[i];
      const textLine = textLines[i];
      if (labelLine) this.leftAligned(labelLine, labelFont, labelSize, style.heading ? COLOUR.accent : COLOUR.label);
      if (textLine) this.rightColumn(textLine, this.fonts.regular, textSize);
      this.y -= LEADING;
    }
  }

  /** A section heading in the left column, kept on the same page as the first line after it. */
  section(title: string): void {
    this.y -= 10;
    this.room(LEADING * 3);
    for (const [i, part] of wrap(this.clean(title), this.fonts.bold, SIZE.section, LEFT.right - LEFT.x).entries()) {
      if (i > 0) this.y -= LEADING;
      this.leftAligned(part, this.fonts.bold, SIZE.section, COLOUR.accent);
    }
    this.y -= LEADING + 2;
  }
}

function drawHeader(writer: Writer, content: CvContent, labels: CvPdfLabels): void {
  const { bold, regular } = writer.fonts;
  writer.leftAligned(writer.clean(labels.documentTitle), bold, SIZE.title, COLOUR.accent);
  for (const [i, part] of wrap(writer.clean(content.heading), bold, SIZE.heading, RIGHT.right - RIGHT.x).entries()) {
    if (i > 0) writer.y -= SIZE.heading + 4;
    writer.rightColumn(part, bold, SIZE.heading);
  }
  writer.y -= LEADING + 6;
  if (content.variant === 'anonymous') {
    for (const part of wrap(writer.clean(labels.anonymousNotice), regular, SIZE.label, RIGHT.right - RIGHT.x)) {
      writer.rightColumn(part, regular, SIZE.label, COLOUR.label);
      writer.y -= LEADING - 2;
    }
  }
}

function drawFooters(writer: Writer, content: CvContent, labels: CvPdfLabels): void {
  const { regular } = writer.fonts;
  const reference = writer.clean(fill(labels.reference, { reference: content.reference }));
  const prepared = writer.clean(fill(labels.preparedOn, { date: formatItalianDate(content.preparedOn) }));
  writer.pages.forEach((page, index) => {
    const pageText = writer.clean(fill(labels.page, { page: index + 1, pages: writer.pages.length }));
    const y = MARGIN.bottom - 30;
    page.drawText(reference, { x: LEFT.x, y, font: regular, size: SIZE.footer, color: COLOUR.label });
    page.drawText(prepared, { x: RIGHT.x, y, font: regular, size: SIZE.footer, color: COLOUR.label });
    page.drawText(pageText, { x: RIGHT.right - regular.widthOfTextAtSize(pageText, SIZE.footer), y, font: regular, size: SIZE.footer, color: COLOUR.label });
  });
}

const visible = (lines: readonly CvLine[]) => lines.filter((entry) => entry.text.trim() !== '' || entry.label.trim() !== '');

export async function buildCvPdf(content: CvContent, labels: CvPdfLabels): Promise<Uint8Array> {
  // No automatic metadata: pdf-lib would stamp its own name and the current time.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const writer = new Writer(doc, fonts, makeEncodable(fonts.regular));

  drawHeader(writer, content, labels);
  const bySection = new Map(content.sections.map((section) => [section.key, section]));
  const personal = bySection.get('personal');
  if (personal && visible(personal.lines).length > 0) {
    writer.section(labels.sections.personal);
    for (const entry of visible(personal.lines)) writer.row(entry.label, entry.text);
  }
  if (content.summary.trim() !== '') {
    writer.y -= 10;
    writer.room(LEADING * 3);
    writer.row(labels.sections.summary, content.summary, { heading: true });
  }
  for (const key of CV_SECTIONS.filter((k) => k !== 'personal')) {
    const lines = visible(bySection.get(key)?.lines ?? []);
    if (lines.length === 0) continue;
    writer.section(labels.sections[key]);
    for (const entry of lines) writer.row(entry.label, entry.text);
  }
  if (content.variant === 'full') {
    writer.y -= 12;
    writer.row('', labels.privacyConsent, { textSize: SIZE.label });
  }
  drawFooters(writer, content, labels);

  // The title names the person only on the full CV: an anonymised file says nothing in its metadata.
  doc.setTitle(`${labels.documentTitle} — ${content.variant === 'full' ? content.heading : content.reference}`);
  doc.setLanguage(content.language);
  doc.setCreator('PCO Desk');
  doc.setProducer('PCO Desk');
  const date = new Date(`${content.preparedOn}T12:00:00Z`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return doc.save();
}
