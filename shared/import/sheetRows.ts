// From a sheet and a chosen mapping to the rows the preview reads: each data row's text per field
// (dates from date cells or Excel serial numbers as dd/mm/yyyy), the columns sent to the notes, and
// the row's number as the spreadsheet shows it. Blank lines are left out.
import { cellText, dateCellText, isBlankRow, type SheetData } from './cells';
import type { ColumnTarget, SheetLayout } from './headers';
import type { SourceRow } from './preview';

export interface FieldDefinition<F extends string> {
  readonly field: F;
  readonly headers: readonly string[];
  /** A column the import cannot do without (the preview says so before reading any row). */
  readonly required?: boolean;
  /** Read date cells and Excel serial numbers as dates. */
  readonly date?: boolean;
}

export function sourceRows<F extends string>(sheet: SheetData, layout: SheetLayout, mapping: readonly ColumnTarget<F>[], fields: readonly FieldDefinition<F>[]): SourceRow<F>[] {
  const dates = new Set(fields.filter((field) => field.date).map((field) => field.field));
  const rows: SourceRow<F>[] = [];
  for (let index = layout.headerRow + 1; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? [];
    if (isBlankRow(row)) continue;
    const cells: Partial<Record<F, string>> = {};
    const notes: string[] = [];
    layout.columns.forEach((column, position) => {
      const target = mapping[position] ?? 'ignore';
      if (target === 'ignore') return;
      if (target === 'notes') {
        const text = cellText(row[column.index]);
        if (text) notes.push(column.label ? `${column.label}: ${text}` : text);
        return;
      }
      cells[target] = dates.has(target) ? dateCellText(row[column.index]) : cellText(row[column.index]);
    });
    rows.push({ rowNumber: index + 1, cells, notes: notes.join('\n') });
  }
  return rows;
}

/** Required fields no column is mapped to. */
export function missingRequired<F extends string>(mapping: readonly ColumnTarget<F>[], fields: readonly FieldDefinition<F>[]): F[] {
  return fields.filter((field) => field.required && !mapping.includes(field.field)).map((field) => field.field);
}
