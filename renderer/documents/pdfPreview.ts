// PDF pages drawn inside the app with pdf.js, never handed to the browser's own viewer (which would
// need the plaintext as a URL). pdf.js and its worker are loaded on the first preview, not with the
// app; the worker is a file of the build (`?url`: copied by Vite into assets/, served by app://pco/
// in Electron), so a preview works offline and under the CSP (worker-src 'self'). No eval: the
// CSP has no 'unsafe-eval', and pdf.js is told so instead of finding out.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PDFDocumentProxy } from 'pdfjs-dist';

export interface PdfPreview {
  readonly pages: number;
  /** Draws page `number` (from 1) on `canvas`, `width` CSS pixels wide; resolves with the page's text. */
  renderPage(number: number, canvas: HTMLCanvasElement, width: number): Promise<string>;
  /** Stops any drawing and frees the document and its worker. */
  destroy(): Promise<void>;
}

/** Opens a PDF from its bytes (copied: pdf.js hands its buffer to the worker). */
export async function openPdf(bytes: Uint8Array): Promise<PdfPreview> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, enableXfa: false, verbosity: pdfjs.VerbosityLevel.ERRORS });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw error;
  }
  return {
    pages: pdf.numPages,
    async renderPage(number, canvas, width) {
      const page = await pdf.getPage(number);
      const scale = width / page.getViewport({ scale: 1 }).width;
      const viewport = page.getViewport({ scale });
      // Drawn at the screen's pixel density, shown at the CSS size: sharp on a HiDPI laptop.
      const density = Math.min(2, window.devicePixelRatio || 1);
      canvas.width = Math.floor(viewport.width * density);
      canvas.height = Math.floor(viewport.height * density);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      await page.render({ canvas, viewport, transform: density === 1 ? undefined : [density, 0, 0, density, 0, 0] }).promise;
      const content = await page.getTextContent();
      page.cleanup();
      return content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    },
    destroy: () => task.destroy(),
  };
}
