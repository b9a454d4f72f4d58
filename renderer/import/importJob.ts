// What the import's Web Worker does, as plain messages: read a file into sheets (kept in the worker),
// then read the rows of a chosen sheet with a mapping into preview rows. The same engine runs on the
// caller's thread where no worker exists (unit tests). Progress is a share from 0 to 1.
import { sourceRows } from '../../shared/import/sheetRows';
import { readRow, type ReadRow } from '../../shared/import/preview';
import type { ColumnTarget, SheetLayout } from '../../shared/import/headers';
import type { Cell, SheetData } from '../../shared/import/cells';
import { importEntity, type EntityContext, type ImportEntityName } from './entities';
import { readWorkbook, type ReadWorkbook } from './readers';

export type ImportRequest =
  | { readonly id: number; readonly kind: 'read'; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly id: number; readonly kind: 'rows'; readonly sheet: number; readonly layout: SheetLayout; readonly mapping: readonly ColumnTarget<string>[]; readonly entity: ImportEntityName; readonly context: EntityContext };

/** A sheet as the page sees it before the rows are read: its first rows (to find the header and show samples). */
export interface SheetSummary {
  readonly name: string;
  readonly rowCount: number;
  readonly head: readonly (readonly Cell[])[];
}

export interface WorkbookSummary {
  readonly format: ReadWorkbook['format'];
  readonly encoding?: string;
  readonly sheets: readonly SheetSummary[];
}

/** Rows the page gets of each sheet before choosing a mapping. */
export const HEAD_ROWS = 40;

export type ImportReply = { readonly kind: 'read'; readonly workbook: WorkbookSummary } | { readonly kind: 'rows'; readonly rows: ReadRow<string, unknown>[] };

export type ImportResponse =
  | { readonly id: number; readonly type: 'progress'; readonly done: number }
  | { readonly id: number; readonly type: 'done'; readonly reply: ImportReply }
  | { readonly id: number; readonly type: 'failed'; readonly error: { readonly name: string; readonly message: string; readonly format?: string } };

const PROGRESS_EVERY = 2000;

export interface ImportEngine {
  handle(request: ImportRequest, onProgress: (done: number) => void): Promise<ImportReply>;
}

export function createImportEngine(): ImportEngine {
  let sheets: readonly SheetData[] = [];
  return {
    async handle(request, onProgress) {
      if (request.kind === 'read') {
        sheets = [];
        const workbook = await readWorkbook(request.bytes, request.fileName, onProgress);
        sheets = workbook.sheets;
        onProgress(1);
        const summaries = sheets.map((sheet) => ({ name: sheet.name, rowCount: sheet.rows.length, head: sheet.rows.slice(0, HEAD_ROWS) }));
        return { kind: 'read', workbook: { format: workbook.format, encoding: workbook.encoding, sheets: summaries } };
      }
      const sheet = sheets[request.sheet];
      if (!sheet) throw new Error('No such sheet');
      const entity = importEntity(request.entity, request.context);
      const sources = sourceRows(sheet, request.layout, request.mapping, entity.fields);
      const rows: ReadRow<string, unknown>[] = [];
      sources.forEach((source, index) => {
        rows.push(readRow(entity.rules, source));
        if (index % PROGRESS_EVERY === 0) onProgress(index / sources.length);
      });
      onProgress(1);
      return { kind: 'rows', rows };
    },
  };
}
