// A file that could not even be read for a document: the picker refused it before reading (over the
// limit, size not told) or the disk failed. The file itself is judged by DocumentFileError.
export class DocumentPickError extends Error {
  constructor(
    readonly reason: 'tooLargeUnknown' | 'unreadable',
    readonly limitBytes: number,
    readonly detail = '',
  ) {
    super(`Document file not read: ${reason}${detail ? ` (${detail})` : ''}`);
    this.name = 'DocumentPickError';
  }
}
