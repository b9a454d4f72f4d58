// The page every template draws on: A4, the programme's letterhead (logo, name, controller and
// address) at the top of the first page, then headings, paragraphs, lists, tables and signature
// lines, top to bottom, with a new page whenever the next piece would cross the bottom margin.
// Each page ends with the document's footer and "Pagina n di N". Helvetica, a standard font:
// nothing to embed, and the characters it cannot write are replaced (shared/cv/pdfText.ts).
// Pure: the same input gives the same bytes, in Node (tests) and in the renderer.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import { makeEncodable, wrap } from '../../cv/pdfText';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 56, right: 56, top: 50, bottom: 62 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const SIZE = { title: 14, heading: 11, text: 10, small: 8.5, footer: 8 };
const COLOUR = { accent: rgb(0.06, 0.25, 0.53), muted: rgb(0.35, 0.35, 0.38), text: rgb(0.1, 0.1, 0.12), rule: rgb(0.62, 0.7, 0.82), grid: rgb(0.55, 0.55, 0.58) };
const LOGO = { maxWidth: 120, maxHeight: 48 };

export interface PdfImageInput {
  readonly mediaType: 'image/png' | 'image/jpeg';
  readonly bytes: Uint8Array;
}

/** The top of the first page: who sends the document. */
export interface Letterhead {
  readonly programmeName: string;
  /** Smaller lines under the name (controller, address). */
  readonly lines: readonly string[];
  readonly logo: PdfImageInput | null;
}

export interface DocumentMeta {
  /** The PDF's title (metadata): never a worker's name on a document that must not carry one. */
  readonly title: string;
  /** ISO day the document is dated: its creation date, so the bytes do not depend on the clock. */
  readonly date: string;
  /** Left of every footer (the document and its version). */
  readonly footer: string;
}

export interface TableColumn {
  readonly title: string;
  /** Share of the content width. */
  readonly share: number;
  readonly align?: 'left' | 'right' | 'center';
}

interface TextStyle {
  readonly bold?: boolean;
  readonly size?: number;
  readonly indent?: number;
  readonly muted?: boolean;
}

/** Draws a document top to bottom; `save()` adds the footers and returns the PDF's bytes. */
export class PdfComposer {
  private page!: PDFPage;
  private y = 0;
  private readonly pages: PDFPage[] = [];
  private readonly clean: (text: string) => string;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly meta: DocumentMeta,
  ) {
    this.clean = makeEncodable(regular);
    this.newPage();
  }

  static async start(meta: DocumentMeta, letterhead: Letterhead): Promise<PdfComposer> {
    // No automatic metadata: pdf-lib would stamp its own name and the current time.
    const doc = await PDFDocument.create({ updateMetadata: false });
    const composer = new PdfComposer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold), meta);
    const logo = letterhead.logo ? await embedImage(doc, letterhead.logo) : null;
    composer.letterhead(letterhead, logo);
    return composer;
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - MARGIN.top;
  }

  /** Makes room for `height` points, on a new page if needed. */
  private room(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  private font(style: TextStyle): PDFFont {
    return style.bold ? this.bold : this.regular;
  }

  private lines(text: string, style: TextStyle, width: number): string[] {
    return wrap(this.clean(text), this.font(style), style.size ?? SIZE.text, width);
  }

  private letterhead(head: Letterhead, logo: PDFImage | null): void {
    let x = MARGIN.left;
    let logoHeight = 0;
    if (logo) {
      const scale = Math.min(LOGO.maxWidth / logo.width, LOGO.maxHeight / logo.height, 1);
      logoHeight = logo.height * scale;
      this.page.drawImage(logo, { x, y: this.y - logoHeight + 10, width: logo.width * scale, height: logoHeight });
      x += logo.width * scale + 14;
    }
    const width = PAGE.width - MARGIN.right - x;
    let y = this.y;
    for (const line of wrap(this.clean(head.programmeName), this.bold, SIZE.heading + 1, width)) {
      this.page.drawText(line, { x, y, font: this.bold, size: SIZE.heading + 1, color: COLOUR.accent });
      y -= 14;
    }
    for (const text of head.lines.filter((line) => line.trim() !== '')) {
      for (const line of wrap(this.clean(text), this.regular, SIZE.small, width)) {
        this.page.drawText(line, { x, y, font: this.regular, size: SIZE.small, color: COLOUR.muted });
        y -= 11;
      }
    }
    this.y = Math.min(y, this.y - logoHeight + 4) - 4;
    this.page.drawLine({ start: { x: MARGIN.left, y: this.y }, end: { x: PAGE.width - MARGIN.right, y: this.y }, thickness: 0.6, color: COLOUR.rule });
    this.y -= 26;
  }

  /** The document's title, bold, in the accent colour. */
  title(text: string): void {
    for (const line of this.lines(text, { bold: true, size: SIZE.title }, CONTENT_WIDTH)) {
      this.room(SIZE.title + 4);
      this.page.drawText(line, { x: MARGIN.left, y: this.y, font: this.bold, size: SIZE.title, color: COLOUR.accent });
      this.y -= SIZE.title + 4;
    }
    this.y -= 8;
  }

  /** A section heading, kept on the page of the line after it. */
  heading(text: string): void {
    this.y -= 6;
    this.room(SIZE.heading + 4 + 14 * 2);
    for (const line of this.lines(text, { bold: true, size: SIZE.heading }, CONTENT_WIDTH)) {
      this.page.drawText(line, { x: MARGIN.left, y: this.y, font: this.bold, size: SIZE.heading, color: COLOUR.accent });
      this.y -= SIZE.heading + 4;
    }
    this.y -= 2;
  }

  /** A paragraph, wrapped; new lines in `text` start new lines. */
  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? SIZE.text;
    const indent = style.indent ?? 0;
    const leading = size + 3.5;
    for (const line of this.lines(text, style, CONTENT_WIDTH - indent)) {
      this.room(leading);
      this.page.drawText(line, { x: MARGIN.left + indent, y: this.y, font: this.font(style), size, color: style.muted ? COLOUR.muted : COLOUR.text });
      this.y -= leading;
    }
    this.y -= 5;
  }

  /** A list, each item after a dash and wrapped under its own first word. */
  bullets(items: readonly string[], style: TextStyle = {}): void {
    const size = style.size ?? SIZE.text;
    const leading = size + 3.5;
    for (const item of items) {
      this.lines(item, style, CONTENT_WIDTH - 14).forEach((line, index) => {
        this.room(leading);
        if (index === 0) this.page.drawText('–', { x: MARGIN.left + 3, y: this.y, font: this.regular, size, color: COLOUR.text });
        this.page.drawText(line, { x: MARGIN.left + 14, y: this.y, font: this.font(style), size, color: COLOUR.text });
        this.y -= leading;
      });
    }
    this.y -= 5;
  }

  /** Label and value pairs: the label on the left, bold, the value beside it. */
  fields(rows: readonly (readonly [string, string])[], labelWidth = 130): void {
    const leading = SIZE.text + 4;
    for (const [label, value] of rows) {
      const labels = this.lines(label, { bold: true }, labelWidth - 8);
      const values = this.lines(value, {}, CONTENT_WIDTH - labelWidth);
      for (let i = 0; i < Math.max(labels.length, values.length); i += 1) {
        this.room(leading);
        const labelLine = labels[i];
        const valueLine = values[i];
        if (labelLine) this.page.drawText(labelLine, { x: MARGIN.left, y: this.y, font: this.bold, size: SIZE.text, color: COLOUR.text });
        if (valueLine) this.page.drawText(valueLine, { x: MARGIN.left + labelWidth, y: this.y, font: this.regular, size: SIZE.text, color: COLOUR.text });
        this.y -= leading;
      }
    }
    this.y -= 6;
  }

  /** A square box with its text: ticked when `checked`, empty for the signer to tick. */
  checkbox(text: string, checked = false): void {
    const leading = SIZE.text + 3.5;
    const lines = this.lines(text, {}, CONTENT_WIDTH - 22);
    this.room(leading * Math.min(lines.length, 3));
    this.page.drawRectangle({ x: MARGIN.left + 2, y: this.y - 2, width: 10, height: 10, borderColor: COLOUR.text, borderWidth: 0.8 });
    if (checked) this.page.drawText('X', { x: MARGIN.left + 4, y: this.y, font: this.bold, size: 9, color: COLOUR.text });
    for (const line of lines) {
      this.room(leading);
      this.page.drawText(line, { x: MARGIN.left + 22, y: this.y, font: this.regular, size: SIZE.text, color: COLOUR.text });
      this.y -= leading;
    }
    this.y -= 4;
  }

  /**
   * A ruled table; cells wrap, rows grow to their tallest cell and to `minRowHeight` (room to sign),
   * and the header row is drawn again on each new page.
   */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], minRowHeight = 16): void {
    const total = columns.reduce((sum, column) => sum + column.share, 0);
    const widths = columns.map((column) => (column.share / total) * CONTENT_WIDTH);
    const size = SIZE.text - 0.5;
    const leading = size + 3;
    const drawRow = (cells: readonly string[], bold: boolean, minHeight: number) => {
      const wrapped = cells.map((cell, i) => this.lines(cell, { bold, size }, (widths[i] ?? 0) - 8));
      const height = Math.max(minHeight, ...wrapped.map((lines) => lines.length * leading + 7));
      if (this.y - height < MARGIN.bottom) {
        this.newPage();
        if (!bold) drawRow(columns.map((column) => column.title), true, 16);
      }
      let x = MARGIN.left;
      wrapped.forEach((lines, i) => {
        const width = widths[i] ?? 0;
        const align = columns[i]?.align ?? 'left';
        this.page.drawRectangle({ x, y: this.y - height, width, height, borderColor: COLOUR.grid, borderWidth: 0.5, ...(bold ? { color: rgb(0.93, 0.95, 0.98) } : {}) });
        lines.forEach((line, n) => {
          const font = bold ? this.bold : this.regular;
          const lineWidth = font.widthOfTextAtSize(line, size);
          const dx = align === 'right' ? width - 4 - lineWidth : align === 'center' ? (width - lineWidth) / 2 : 4;
          this.page.drawText(line, { x: x + dx, y: this.y - 11 - n * leading, font, size, color: COLOUR.text });
        });
        x += width;
      });
      this.y -= height;
    };
    this.room(16 + minRowHeight);
    drawRow(columns.map((column) => column.title), true, 16);
    for (const row of rows) drawRow(row, false, minRowHeight);
    this.y -= 10;
  }

  /** Lines to sign on, side by side, each with what it is for under it and a name when known. */
  signatures(slots: readonly { readonly label: string; readonly name?: string }[]): void {
    const gap = 24;
    // Never wider than half the page: a lone signature line is as long as each of a pair.
    const width = Math.min((CONTENT_WIDTH - gap * (slots.length - 1)) / slots.length, (CONTENT_WIDTH - gap) / 2);
    this.y -= 8;
    this.room(70);
    this.y -= 34;
    slots.forEach((slot, i) => {
      const x = MARGIN.left + i * (width + gap);
      this.page.drawLine({ start: { x, y: this.y }, end: { x: x + width, y: this.y }, thickness: 0.7, color: COLOUR.text });
      const under = [slot.label, ...(slot.name ? [slot.name] : [])];
      under.forEach((text, n) => {
        const [line = ''] = wrap(this.clean(text), n === 0 ? this.regular : this.bold, SIZE.small, width);
        this.page.drawText(line, { x, y: this.y - 11 - n * 11, font: n === 0 ? this.regular : this.bold, size: SIZE.small, color: n === 0 ? COLOUR.muted : COLOUR.text });
      });
    });
    this.y -= 40;
  }

  gap(points: number): void {
    this.y -= points;
  }

  async save(): Promise<Uint8Array> {
    const footer = this.clean(this.meta.footer);
    this.pages.forEach((page, index) => {
      const pageText = `Pagina ${index + 1} di ${this.pages.length}`;
      const y = MARGIN.bottom - 32;
      page.drawLine({ start: { x: MARGIN.left, y: y + 12 }, end: { x: PAGE.width - MARGIN.right, y: y + 12 }, thickness: 0.4, color: COLOUR.rule });
      const [footerLine = ''] = wrap(footer, this.regular, SIZE.footer, CONTENT_WIDTH - 80);
      page.drawText(footerLine, { x: MARGIN.left, y, font: this.regular, size: SIZE.footer, color: COLOUR.muted });
      page.drawText(pageText, { x: PAGE.width - MARGIN.right - this.regular.widthOfTextAtSize(pageText, SIZE.footer), y, font: this.regular, size: SIZE.footer, color: COLOUR.muted });
    });
    this.doc.setTitle(this.clean(this.meta.title));
    this.doc.setLanguage('it');
    this.doc.setCreator('PCO Desk');
    this.doc.setProducer('PCO Desk');
    const date = new Date(`${this.meta.date}T12:00:00Z`);
    this.doc.setCreationDate(date);
    this.doc.setModificationDate(date);
    return this.doc.save();
  }
}

function embedImage(doc: PDFDocument, image: PdfImageInput): Promise<PDFImage> {
  return image.mediaType === 'image/png' ? doc.embedPng(image.bytes) : doc.embedJpg(image.bytes);
}
