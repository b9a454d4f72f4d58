// Writes a CV version as a PDF through the DesktopBridge (a "Save as" dialog in Electron and
// browsers that have one, a download otherwise).
import type { BridgeResult, DesktopBridge, SavedFile } from '../../shared/platform/desktopBridge';
import type { CvContent } from '../../shared/cv/content';
import { cvPdfLabels } from './texts';
import { pdfFileName } from '../../shared/documents/fileNames';

/**
 * The file name travels with the file to the employer: an anonymised CV is named by its
 * reference only; a full one by the name on it.
 */
export function cvFileName(content: CvContent): string {
  const words = content.variant === 'full' ? ['CV', content.heading, content.reference] : ['CV', content.reference];
  return pdfFileName(...words);
}

/** pdf-lib is loaded on the first CV written, not with the app. */
export async function cvPdf(content: CvContent): Promise<Uint8Array> {
  const { buildCvPdf } = await import('../../shared/cv/pdf');
  return buildCvPdf(content, cvPdfLabels(content.language));
}

export function savePdf(bridge: DesktopBridge, content: CvContent, bytes: Uint8Array): Promise<BridgeResult<SavedFile>> {
  return bridge.saveFile({ suggestedName: cvFileName(content), bytes: new Uint8Array(bytes), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
}
