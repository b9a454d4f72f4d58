// Lavoratori → Importa and Aziende → Importa (coordinator): file, columns, preview, result. The file
// is read and its rows checked in a Web Worker with progress and Cancel; nothing is written before
// Apply, and then all or nothing.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../shared/i18n/locale';
import type { PreviewRow } from '../../shared/import/preview';
import { useServices } from '../app/services';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ProgressBar } from '../ui/ProgressBar';
import { ColumnsStep } from './ColumnsStep';
import { PreviewStep } from './PreviewStep';
import { fieldLabeller, rowLines, type FieldLabel } from './rowText';
import { useImportSession, type Busy, type ImportSession } from './useImportSession';
import { rejectedTable, tableWorkbook, templateTable } from './workbooks';
import type { PageEntity } from './pageEntities';
import { formatBytes, isQuotaError } from '../../shared/storage/space';
import { StorageFullError } from '../storage/space';
import './import.css';

const SPREADSHEETS = [{ name: 'Fogli di calcolo', extensions: ['xlsx', 'ods', 'csv', 'txt', 'tsv'] }];
const MAX_FILE_BYTES = 128 * 1024 * 1024;
const XLSX_FILTER = [{ name: 'Excel', extensions: ['xlsx'] }];

function busyLabel(t: TFunction, busy: NonNullable<Busy>, fileName: string): string {
  const percent = Math.round((busy.done / Math.max(1, busy.total)) * 100);
  if (busy.kind === 'reading') return t('import.reading', { file: fileName, percent });
  if (busy.kind === 'rows') return t('import.readingRows', { percent });
  if (busy.kind === 'held') return t('import.checkingHeld');
  return t('import.writing', { percent });
}

function rejectedRows<F extends string>(t: TFunction, language: string, label: FieldLabel, rows: readonly PreviewRow<F, unknown>[]) {
  return rows
    .filter((row) => row.fate === 'rejected' || row.fate === 'excluded')
    .map((row) => ({ ...row, errors: row.fate === 'excluded' ? t('import.workbook.excludedByUser') : rowLines(t, language, label, { ...row, changes: [] }).join('\n') }));
}

export function ImportScreen<F extends string, V, E extends object>({ entity }: { entity: PageEntity<F, V, E> }) {
  const { t, i18n } = useTranslation();
  const { bridge } = useServices();
  const session: ImportSession<F, V, E> = useImportSession(entity);
  const label = fieldLabeller(t, entity.name);
  const fields = entity.fields.map((field) => field.field);
  const number = (value: number) => formatNumber(value, i18n.language);

  async function chooseFile() {
    const opened = await bridge.openFile({ filters: SPREADSHEETS, maxBytes: MAX_FILE_BYTES });
    if (opened.ok) await session.openFile(opened.value.name, opened.value.bytes);
  }

  async function save(bytes: Uint8Array<ArrayBuffer>, suggestedName: string) {
    await bridge.saveFile({ suggestedName, bytes, filters: XLSX_FILTER });
  }

  async function downloadTemplate() {
    await save(await tableWorkbook(templateTable(t(`import.workbook.templateSheet.${entity.name}`), entity.fields, entity.example), 'PCO Desk'), t(`import.workbook.templateFile.${entity.name}`));
  }

  async function downloadRejected() {
    if (!session.columns) return;
    const rows = rejectedRows(t, i18n.language, label, session.settled);
    const labels = { sheetName: t('import.workbook.rejectedSheet'), row: t('import.workbook.rowColumn'), notes: t('import.workbook.notesColumn'), errors: t('import.workbook.errorsColumn') };
    await save(await tableWorkbook(rejectedTable(session.columns.layout.columns, session.columns.mapping, rows, labels), 'PCO Desk'), t('import.workbook.rejectedFile'));
  }

  const { busy, error, step, outcome } = session;
  // Out of space: the import's own sentence (nothing written), then the space needed and left.
  const storageFull = error instanceof StorageFullError || isQuotaError(error);
  // Writing can be cancelled until its transaction commits: a cancel aborts it whole.
  const cancellable = busy !== null && busy.kind !== 'held';

  return (
    <section className="screen import-screen" aria-labelledby="import-title">
      <div className="screen-header">
        <h1 id="import-title">{t(`import.title.${entity.name}`)}</h1>
        <ol className="import-steps" aria-label={t('import.open')}>
          {(['file', 'columns', 'preview', 'done'] as const).map((name) => (
            <li key={name} aria-current={step === name ? 'step' : undefined}>
              {t(`import.steps.${name}`)}
            </li>
          ))}
        </ol>
      </div>
      {storageFull ? (
        <p role="alert" className="error-banner">
          {t('import.storageFull')}
          {error instanceof StorageFullError && (
            <>
              {' '}
              {error.available === null
                ? t('storage.amountsUnknown', { needed: formatBytes(error.needed, i18n.language) })
                : t('storage.amounts', { needed: formatBytes(error.needed, i18n.language), available: formatBytes(error.available, i18n.language) })}
            </>
          )}
        </p>
      ) : (
        <ErrorBanner error={error} />
      )}
      {session.cancelled && <p role="status">{t('import.cancelled')}</p>}
      {busy && (
        <div className="card import-busy">
          <ProgressBar label={busyLabel(t, busy, session.columns?.fileName ?? '')} value={busy.done} max={busy.total} />
          {cancellable && (
            <button type="button" onClick={session.cancel}>
              {t('import.cancel')}
            </button>
          )}
        </div>
      )}
      {step === 'file' && !busy && (
        <div className="card import-step">
          <p>{t(`import.intro.${entity.name}`)}</p>
          <p className="count">{t('import.formats')}</p>
          <div className="import-actions">
            <button type="button" className="primary" onClick={() => void chooseFile()}>
              {t('import.chooseFile')}
            </button>
            <button type="button" onClick={() => void downloadTemplate()}>
              {t('import.template')}
            </button>
          </div>
        </div>
      )}
      {step === 'columns' && session.columns && (
        <ColumnsStep
          columns={session.columns}
          fields={fields}
          dateFields={new Set(entity.fields.filter((field) => field.date).map((field) => field.field))}
          label={label}
          missing={session.missing}
          notesKept={entity.name === 'workers'}
          busy={busy !== null}
          onSheet={(sheet) => void session.chooseSheet(sheet)}
          onMap={session.mapColumn}
          onBack={session.restart}
          onPreview={() => void session.toPreview()}
        />
      )}
      {step === 'preview' && session.preview && (
        <PreviewStep
          rows={session.settled}
          fields={fields.filter((field) => session.columns?.mapping.includes(field))}
          label={label}
          updateExisting={session.preview.updateExisting}
          busy={busy !== null}
          onUpdateExisting={session.setUpdateExisting}
          onEdit={session.editCell}
          onExclude={session.exclude}
          onBack={() => session.setStep('columns')}
          onApply={() => void session.apply()}
          onRejected={() => void downloadRejected()}
        />
      )}
      {step === 'done' && outcome && (
        <div className="card import-step" role="status" data-testid="import-done">
          <h2>{t('import.doneTitle')}</h2>
          <p>{t('import.done', { new: number(outcome.new), update: number(outcome.update), unchanged: number(outcome.unchanged), skip: number(outcome.skip), rejected: number(outcome.rejected), excluded: number(outcome.excluded) })}</p>
          <div className="import-actions">
            {outcome.rejected + outcome.excluded > 0 && (
              <button type="button" onClick={() => void downloadRejected()}>
                {t('import.rejectedFile')}
              </button>
            )}
            <Link className="button primary" to={`/${entity.name}`}>
              {t(`import.toList.${entity.name}`)}
            </Link>
            <button type="button" onClick={session.restart}>
              {t('import.again')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
