// Test helper: a PDF's text as pdf.js reads it (what a reader or a search sees), pages and title.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfReading {
  /** Every page's text, pieces joined by single spaces. */
  readonly text: string;
  readonly pages: number;
  readonly title: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  const { info } = await pdf.getMetadata();
  const title = (info as { Title?: string }).Title ?? '';
  const pages = pdf.numPages;
  await pdf.destroy();
  return { text: parts.join(' ').replace(/\s+/g, ' '), pages, title };
}
