// Getting a file for a document, by the picker (the DesktopBridge: Electron's native dialog, the
// browser's picker or a file input) or by drag and drop, and refusing it early with the reason:
// a file over the limit is refused from its size, before a byte of it is read.
import { MAX_DOCUMENT_BYTES } from '../../shared/documents/types';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import { DocumentFileError } from './documentRepository';
import { chosenFileProblem, DOCUMENT_FILE_FILTERS, type ChosenFile } from './documentView';
import { DocumentPickError } from './errors';

/** The head a media type is told from (the PDF signature may sit anywhere in the first KiB). */
const HEAD_BYTES = 1024;

function checked(name: string, bytes: Uint8Array): ChosenFile {
  const problem = chosenFileProblem(bytes.length, bytes.subarray(0, HEAD_BYTES));
  if (problem) throw new DocumentFileError(problem);
  return { name, size: bytes.length, bytes };
}

/** A file dropped on the page (or chosen in a file input); throws DocumentFileError / DocumentPickError. */
export async function readDroppedFile(file: File): Promise<ChosenFile> {
  const early = file.size > MAX_DOCUMENT_BYTES || file.size === 0 ? chosenFileProblem(file.size) : null;
  if (early) throw new DocumentFileError(early);
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch (error) {
    throw new DocumentPickError('unreadable', MAX_DOCUMENT_BYTES, error instanceof Error ? error.message : String(error));
  }
  return checked(file.name, new Uint8Array(buffer));
}

/** The file chosen in the picker; null when the user cancelled. Throws DocumentFileError / DocumentPickError. */
export async function pickFile(bridge: DesktopBridge): Promise<ChosenFile | null> {
  const result = await bridge.openFile({ filters: DOCUMENT_FILE_FILTERS, maxBytes: MAX_DOCUMENT_BYTES });
  if (result.ok) return checked(result.value.name, result.value.bytes);
  if (result.error === 'cancelled') return null;
  if (result.error === 'tooLarge') {
    if (result.sizeBytes !== undefined) throw new DocumentFileError({ problem: 'tooLarge', bytes: result.sizeBytes, max: MAX_DOCUMENT_BYTES });
    throw new DocumentPickError('tooLargeUnknown', MAX_DOCUMENT_BYTES);
  }
  throw new DocumentPickError('unreadable', MAX_DOCUMENT_BYTES, result.detail);
}

/** The first file of a drag, if it carries files at all (text or a link dragged in is not ours). */
export function draggedFile(transfer: DataTransfer): File | null {
  return transfer.files.length > 0 ? (transfer.files[0] ?? null) : null;
}

/** Whether a drag over the page carries files, so that the drop zone lights up for those only. */
export const carriesFiles = (transfer: DataTransfer): boolean => Array.from(transfer.types).includes('Files');
