// Spreadsheet formula injection ("CSV injection", OWASP): a text cell that begins with =, +, -, @,
// a tab or a carriage return is run as a formula when a CSV is opened in Excel or LibreOffice, so a
// worker named =HYPERLINK(…) would become a link, or worse. Such a text gets a leading apostrophe,
// which the spreadsheet shows and keeps as text. Full-width =, +, -, @ too: some spreadsheets fold
// them to the ASCII ones. Only text goes through here: numbers (negative ones too) stay numbers.
// Every CSV writer calls it; XLSX needs it not, since its text cells are typed as strings.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The text behind a neutralised one: the apostrophe `neutraliseFormula` put before a formula
 * character is taken off again when a file the app wrote (rejected rows of an import) comes back.
 */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
