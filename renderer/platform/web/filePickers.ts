// Minimal types for the File System Access API pickers (Chromium; not in lib.dom) and the
// conversions from our FileFilter to what the pickers and <input accept> expect.
import type { FileFilter } from '../../../shared/platform/desktopBridge';

export interface FilePickerAcceptType {
  readonly description?: string;
  readonly accept: Record<string, string[]>;
}

export interface SaveFilePickerOptions {
  readonly suggestedName?: string;
  readonly types?: FilePickerAcceptType[];
  readonly excludeAcceptAllOption?: boolean;
}

export interface OpenFilePickerOptions {
  readonly multiple?: false;
  readonly types?: FilePickerAcceptType[];
  readonly excludeAcceptAllOption?: boolean;
}

/** The optional picker functions a browser window may have. */
export interface FilePickerHost {
  readonly showSaveFilePicker?: (options?: SaveFilePickerOptions) => Promise<FileSystemFileHandle>;
  readonly showOpenFilePicker?: (options?: OpenFilePickerOptions) => Promise<FileSystemFileHandle[]>;
}

/** Our filters as picker accept types; the MIME key is generic because bundles have none. */
export function toPickerTypes(filters: readonly FileFilter[]): FilePickerAcceptType[] {
  return filters.map((filter) => ({
    description: filter.name,
    accept: { 'application/octet-stream': filter.extensions.map((extension) => `.${extension}`) },
  }));
}

/** Our filters as an <input type=file accept> value ('' accepts anything). */
export function toAcceptAttribute(filters: readonly FileFilter[]): string {
  return [...new Set(filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)))].join(',');
}

/** True for the DOMException a picker throws when the user closes it. */
export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
}

/** How long a download's blob URL stays alive; the browser has copied it long before. */
const BLOB_URL_LIFETIME_MS = 60_000;

export function pickers(): FilePickerHost {
  return window as unknown as FilePickerHost;
}

/** A copy backed by a plain ArrayBuffer, as Blob and writable streams require. */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

/** Hands `blob` to the browser as a download named `name` (browsers without a save picker). */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

/** Resolves with the chosen file, or null when the user cancels (the input's 'cancel' event). */
function chooseWithInput(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** The file the user picks (open picker, or a hidden input where there is none); null when cancelled. Rejects with the picker's AbortError too. */
export async function chooseFileToOpen(filters: readonly FileFilter[]): Promise<File | null> {
  const { showOpenFilePicker } = pickers();
  if (!showOpenFilePicker) return chooseWithInput(toAcceptAttribute(filters));
  const [handle] = await showOpenFilePicker({ multiple: false, types: toPickerTypes(filters), excludeAcceptAllOption: filters.length > 0 });
  return handle ? handle.getFile() : null;
}
