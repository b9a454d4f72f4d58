// The dossier as one ZIP: the PDF first, then the files kept on the worker's file, each named by its
// place, its type and its own name, so the list in the PDF and the folder read in the same order.
// Stored without compressing (scans and PDFs are compressed already). Pure (fflate).
import { zipSync } from 'fflate';
import { formatItalianDate } from '../../time/dates';
import { safeFileName } from '../fileNames';

export interface DossierAttachment {
  /** The type's name in Italian ("Patto di servizio firmato"). */
  readonly typeLabel: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** Where each attachment goes in the ZIP, in order: allegati/01 - Patto di servizio firmato - patto.pdf. */
export function attachmentNames(attachments: readonly Pick<DossierAttachment, 'typeLabel' | 'fileName'>[]): string[] {
  return attachments.map((attachment, index) => `allegati/${String(index + 1).padStart(2, '0')} - ${safeFileName(attachment.typeLabel)} - ${safeFileName(attachment.fileName)}`);
}

/** The ZIP's own name: dossier, the worker's name and the day. */
export function dossierFileName(fullName: string, date: string): string {
  return `Dossier ${safeFileName(fullName)} ${formatItalianDate(date).replace(/\//g, '-')}.zip`;
}

export function buildDossierZip(pdf: Uint8Array, attachments: readonly DossierAttachment[], date: string): Uint8Array<ArrayBuffer> {
  // Entries dated the dossier's day, not the clock: the same dossier gives the same bytes.
  const mtime = new Date(`${date}T12:00:00Z`);
  const names = attachmentNames(attachments);
  const entries: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = { 'dossier.pdf': [pdf, { level: 0, mtime }] };
  attachments.forEach((attachment, index) => {
    entries[names[index] ?? `allegati/${index + 1}`] = [attachment.bytes, { level: 0, mtime }];
  });
  // fflate types its result over any buffer; a save takes bytes over a plain ArrayBuffer (one copy).
  return zipSync(entries).slice();
}
