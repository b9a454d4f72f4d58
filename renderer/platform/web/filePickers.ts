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
