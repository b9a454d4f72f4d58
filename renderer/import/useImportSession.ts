// One import from choosing the file to the result: the worker reads the file and the rows, the page
// keeps the mapping, the preview rows (recomputed whole after each edit: a fixed row may free or
// take an identity another row has) and writes through the bulk path. Every step can go back;
// reading and sealing can be cancelled, and nothing is written until Apply.
import { useEffect, useMemo, useRef, useState } from 'react';
import { autoMapping, findLayout, headerMatcher, mappingToRemember, type ColumnTarget, type SheetLayout } from '../../shared/import/headers';
import { readRow, settle, type FateCounts, type PreviewRow, type ReadRow } from '../../shared/import/preview';
import { missingRequired } from '../../shared/import/sheetRows';
import { todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import { createImportRunner, ImportCancelledError } from './importRunner';
import type { WorkbookSummary } from './importJob';
import type { PageEntity } from './pageEntities';
import type { Held } from './held';
import { readRememberedMapping, rememberMapping } from './rememberedMapping';

export type Busy = { readonly kind: 'reading' | 'rows' | 'held' | 'writing'; readonly done: number; readonly total: number } | null;

export interface ColumnsState<F extends string> {
  readonly fileName: string;
  readonly workbook: WorkbookSummary;
  readonly sheet: number;
  readonly layout: SheetLayout;
  readonly mapping: readonly ColumnTarget<F>[];
  /** The worker no longer holds the file (it was released for the writing): choose it again. */
  readonly stale?: boolean;
}

export interface PreviewState<F extends string, V, E extends object> {
  readonly rows: readonly ReadRow<F, V>[];
  readonly held: Held<E>;
  readonly updateExisting: boolean;
}

export type Step = 'file' | 'columns' | 'preview' | 'done';

/** The day the plant closed: the start of the programme's first CIGS period. */
async function closedOn(services: ReturnType<typeof useServices>): Promise<string> {
  const programme = await services.db.programme.toCollection().first();
  const starts = (programme?.data.cigsPeriods ?? []).map((period) => period.start).sort();
  return starts[0] ?? todayIso();
}

export function useImportSession<F extends string, V, E extends object>(entity: PageEntity<F, V, E>) {
  const services = useServices();
  const runner = useMemo(() => createImportRunner(), []);
  useEffect(() => () => runner.dispose(), [runner]);
  const matcher = useMemo(() => headerMatcher(entity.fields), [entity]);
  const [step, setStep] = useState<Step>('file');
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const [columns, setColumns] = useState<ColumnsState<F> | null>(null);
  const [preview, setPreview] = useState<PreviewState<F, V, E> | null>(null);
  const [outcome, setOutcome] = useState<FateCounts | null>(null);
  const [context, setContext] = useState<{ closedOn: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const rules = useMemo(() => (context ? entity.rules(context) : null), [entity, context]);

  const settled: PreviewRow<F, V>[] = useMemo(() => (preview && rules ? settle(rules, preview.rows, preview.held.byKey, { updateExisting: preview.updateExisting }) : []), [preview, rules]);

  const fail = (problem: unknown) => {
    setBusy(null);
    if (problem instanceof ImportCancelledError || (problem instanceof DOMException && problem.name === 'AbortError')) setCancelled(true);
    else setError(problem);
  };
  const progress = (kind: NonNullable<Busy>['kind']) => (done: number, total = 1) => setBusy({ kind, done, total });

  async function layoutFor(workbook: WorkbookSummary, sheet: number): Promise<Pick<ColumnsState<F>, 'layout' | 'mapping'>> {
    const layout = findLayout(workbook.sheets[sheet]?.head ?? [], matcher);
    const remembered = await readRememberedMapping(services.db, entity.name, entity.fields.map((field) => field.field));
    return { layout, mapping: autoMapping(layout.columns, matcher, remembered) };
  }

  async function openFile(name: string, bytes: Uint8Array): Promise<void> {
    setError(null);
    setCancelled(false);
    setBusy({ kind: 'reading', done: 0, total: 1 });
    try {
      const workbook = await runner.read(name, bytes, progress('reading'));
      // The sheet with most rows is the likely list (a first sheet of notes is common).
      const sheet = workbook.sheets.reduce((best, candidate, index) => (candidate.rowCount > (workbook.sheets[best]?.rowCount ?? 0) ? index : best), 0);
      setColumns({ fileName: name, workbook, sheet, ...(await layoutFor(workbook, sheet)) });
      setContext({ closedOn: await closedOn(services) });
      setBusy(null);
      setStep('columns');
    } catch (problem) {
      fail(problem);
    }
  }

  async function chooseSheet(sheet: number): Promise<void> {
    if (!columns) return;
    setColumns({ ...columns, sheet, ...(await layoutFor(columns.workbook, sheet)) });
  }

  function mapColumn(position: number, target: ColumnTarget<F>): void {
    if (!columns) return;
    // A field goes to one column: choosing it here frees it elsewhere.
    const mapping = columns.mapping.map((current, index) => (index === position ? target : target !== 'notes' && target !== 'ignore' && current === target ? 'ignore' : current));
    setColumns({ ...columns, mapping });
  }

  const missing = columns ? missingRequired(columns.mapping, entity.fields) : [];

  async function toPreview(): Promise<void> {
    if (!columns || !context || missing.length > 0) return;
    if (columns.stale) return restart();
    setError(null);
    setCancelled(false);
    setBusy({ kind: 'rows', done: 0, total: 1 });
    try {
      await rememberMapping(services.db, entity.name, mappingToRemember(columns.layout.columns, columns.mapping));
      // The worker's answer is plain data: its rows are this entity's (the same rules read them there).
      const rows = (await runner.rows({ kind: 'rows', sheet: columns.sheet, layout: columns.layout, mapping: columns.mapping, entity: entity.name, context }, progress('rows'))) as ReadRow<F, V>[];
      setBusy({ kind: 'held', done: 0, total: 1 });
      const keys = new Set(rows.flatMap((row) => (row.reading.key === undefined ? [] : [row.reading.key])));
      const held = await entity.held(services, keys);
      setPreview({ rows, held, updateExisting: false });
      setBusy(null);
      setStep('preview');
    } catch (problem) {
      fail(problem);
    }
  }

  function editCell(rowNumber: number, field: F, text: string): void {
    if (!preview || !rules) return;
    const rows = preview.rows.map((row) => (row.rowNumber === rowNumber && row.cells[field] !== text ? readRow(rules, { rowNumber, notes: row.notes, cells: { ...row.cells, [field]: text } }, row.excluded) : row));
    setPreview({ ...preview, rows });
  }

  function exclude(rowNumber: number, excluded: boolean): void {
    if (!preview) return;
    setPreview({ ...preview, rows: preview.rows.map((row) => (row.rowNumber === rowNumber ? { ...row, excluded } : row)) });
  }

  function setUpdateExisting(updateExisting: boolean): void {
    if (preview) setPreview({ ...preview, updateExisting });
  }

  async function apply(): Promise<void> {
    if (!preview) return;
    setError(null);
    setCancelled(false);
    const controller = new AbortController();
    abort.current = controller;
    setBusy({ kind: 'writing', done: 0, total: 1 });
    // The worker's sheets are not needed any more (the preview holds every row): its memory goes
    // back before the writing takes its own. Going back from here reads the file again.
    runner.dispose();
    setColumns((current) => current && { ...current, stale: true });
    try {
      setOutcome(await entity.apply(services, settled, preview.held, { onProgress: progress('writing'), signal: controller.signal }));
      setBusy(null);
      setStep('done');
    } catch (problem) {
      fail(problem);
    } finally {
      abort.current = null;
    }
  }

  function cancel(): void {
    abort.current?.abort();
    if (busy && busy.kind !== 'writing') {
      runner.cancel();
      setStep('file');
    }
  }

  function restart(): void {
    setStep('file');
    setColumns(null);
    setPreview(null);
    setOutcome(null);
    setError(null);
    setCancelled(false);
  }

  return { step, setStep, busy, error, cancelled, columns, preview, settled, outcome, missing, openFile, chooseSheet, mapColumn, toPreview, editCell, exclude, setUpdateExisting, apply, cancel, restart };
}

export type ImportSession<F extends string, V, E extends object> = ReturnType<typeof useImportSession<F, V, E>>;
