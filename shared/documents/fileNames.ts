// Names for the files the app writes (PDFs it makes, documents saved, entries of a ZIP): whatever a
// name, a title or a typed file name holds, one no file system refuses.

/** Path separators, the characters Windows refuses in a name, and control characters. */
export const UNSAFE_IN_FILE_NAME = /[/\\:*?"<>|\p{Cc}]+/gu;

/** `words` joined into a PDF's file name: unsafe characters become spaces, at most 150 characters before `.pdf`. */
export function pdfFileName(...words: string[]): string {
  const name = words.filter((word) => word.trim() !== '').join(' ').replace(UNSAFE_IN_FILE_NAME, ' ').replace(/\s+/g, ' ').trim();
  return `${name.slice(0, 150)}.pdf`;
}

/** A name any file system accepts, kept recognisable: each unsafe character an underscore, no leading dot, at most 120 characters. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[/\\:*?"<>|\p{Cc}]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return (cleaned || 'file').slice(0, 120);
}
