// The import's own refusal, apart from the readers so that the app's error mapping
// (renderer/ui/messages.ts) does not bring the spreadsheet libraries into every screen.

/** The file is damaged, or of a format the app does not read (`xls`: Excel 97–2003, to save again as .xlsx). */
export class NotASpreadsheetError extends Error {
  constructor(readonly format: 'damaged' | 'xls' = 'damaged') {
    super(`not a spreadsheet this app reads (${format})`);
    this.name = 'NotASpreadsheetError';
  }
}
