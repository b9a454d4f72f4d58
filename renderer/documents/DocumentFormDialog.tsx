// Adding a document, or a new version of one: the file (picked or dropped), its type, the date it
// bears and a note. A refused file is said next to the file, naming the problem and the limit; the
// type, date and note typed stay, and so does the dialog, until a file that fits is chosen.
import { useEffect, useId, useState, type DragEvent } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { typesFor, type DocumentOwner } from '../../shared/documents/types';
import { todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import { DateInput } from '../ui/DateInput';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Field } from '../ui/Field';
import { useErrorText } from '../ui/messages';
import { useFormDraft } from '../ui/useFormDraft';
import { carriesFiles, draggedFile, pickFile, readDroppedFile } from './chooseFile';
import { Dialog } from './Dialog';
import type { DocumentRepository, DocumentSummary } from './documentRepository';
import { documentDraftSchema, documentFormSchema, formatFileSize, type ChosenFile, type DocumentFormValues, type DocumentGroup } from './documentView';

interface Props {
  owner: DocumentOwner;
  workerId: string;
  repository: DocumentRepository;
  /** The document a new version is for; absent when adding one. */
  replacing?: DocumentGroup;
  /** A file dropped on the section before the dialog opened (or its refusal). */
  initialFile?: { file: ChosenFile | null; problem: unknown };
  onClose: () => void;
  /** Where the focus goes when it closes (see Dialog). */
  returnFocus?: (opener: HTMLElement | null) => HTMLElement | null | undefined;
  onSaved: (document: DocumentSummary, replaced: boolean) => void;
}

/** The longest file name kept (the schema's limit); a longer one keeps its end, where the extension is. */
const MAX_NAME = 200;
const keptName = (name: string) => (name.length > MAX_NAME ? name.slice(name.length - MAX_NAME) : name);

export function DocumentFormDialog({ owner, workerId, repository, replacing, initialFile, onClose, returnFocus, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { bridge, drafts } = useServices();
  const errorText = useErrorText();
  const [file, setFile] = useState<ChosenFile | null>(initialFile?.file ?? null);
  const [fileProblem, setFileProblem] = useState<unknown>(initialFile?.problem ?? null);
  const [missingFile, setMissingFile] = useState(false);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const current = replacing?.current;
  const form = useForm<DocumentFormValues>({
    resolver: zodResolver(documentFormSchema),
    defaultValues: { type: current?.type ?? ('' as DocumentFormValues['type']), date: todayIso(), note: current?.note ?? '' },
  });
  const { register, control, handleSubmit, formState } = form;
  // What is typed survives a lock or a closed window; the file does not (its bytes are never kept in clear).
  const draftKey = `document:${owner.kind}:${owner.id}:${current?.id ?? 'new'}`;
  const draft = useFormDraft(form, draftKey);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let live = true;
    drafts.load(draftKey).then(
      (value) => {
        const parsed = documentDraftSchema.safeParse(value);
        if (!live || !parsed.success) return;
        // The draft's type may still be unchosen (''), as the form's own default is.
        form.reset(parsed.data as DocumentFormValues, { keepDefaultValues: true });
        setRestored(true);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [drafts, draftKey, form]);
  // Annulla forgets what was typed; Escape (or a lock) only closes, and the draft is there next time.
  const abandon = () => {
    void draft.discard();
    onClose();
  };
  const startOver = () => {
    void draft.discard();
    form.reset();
    setRestored(false);
  };

  const take = async (read: () => Promise<ChosenFile | null>) => {
    setReading(true);
    setMissingFile(false);
    try {
      const chosen = await read();
      if (chosen) {
        setFile(chosen);
        setFileProblem(null);
      }
    } catch (error) {
      // A refused file replaces the one chosen before: what is shown is what would be saved.
      setFile(null);
      setFileProblem(error);
    } finally {
      setReading(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = draggedFile(event.dataTransfer);
    if (dropped) void take(() => readDroppedFile(dropped));
  };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    if (!file) {
      setMissingFile(true);
      return;
    }
    try {
      const note = values.note ?? '';
      const saved = current
        ? await repository.replace(current.id, file.bytes, { fileName: keptName(file.name), date: values.date, note })
        : await repository.add({ workerId, owner, type: values.type, fileName: keptName(file.name), date: values.date, note }, file.bytes);
      await draft.discard();
      onSaved(saved, current !== undefined);
    } catch (error) {
      setFailure(error);
    }
  });

  const title = current ? t('documents.form.replaceTitle', { name: current.fileName }) : t('documents.form.addTitle');
  const fileMessageId = useId();
  return (
    <Dialog title={title} onClose={onClose} returnFocus={returnFocus} className="document-form-dialog">
      <form className="document-form" noValidate onSubmit={(event) => void submit(event)}>
        {current && <p className="hint">{t('documents.form.replaceHint')}</p>}
        {restored && (
          <p className="notice" role="status">
            {t('documents.form.draftRestored')}{' '}
            <button type="button" className="link" onClick={startOver}>
              {t('documents.form.discardDraft')}
            </button>
          </p>
        )}
        <ErrorBanner error={failure} />
        <fieldset
          className={`document-drop field${dragging ? ' dragging' : ''}`}
          aria-describedby={fileMessageId}
          onDragOver={(event) => {
            if (!carriesFiles(event.dataTransfer)) return;
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <legend>{t('documents.fields.file')}</legend>
          <p className="document-drop-line">
            {t('documents.form.dropInside')}{' '}
            <button type="button" onClick={() => void take(() => pickFile(bridge))} disabled={reading}>
              {t('documents.choose')}
            </button>
          </p>
          <div id={fileMessageId}>
            {reading ? (
              <p role="status">{t('documents.form.reading')}</p>
            ) : fileProblem ? (
              <p role="alert" className="field-error" data-testid="document-file-problem">
                {errorText(fileProblem)}
              </p>
            ) : file ? (
              <p className="document-chosen" data-testid="document-chosen">
                {t('documents.form.chosen', { name: file.name, size: formatFileSize(file.size, i18n.language) })}
              </p>
            ) : (
              <p className={missingFile ? 'field-error' : 'hint'} role={missingFile ? 'alert' : undefined}>
                {missingFile ? t('documents.form.fileRequired') : t('documents.form.noFile')}
              </p>
            )}
          </div>
        </fieldset>
        {current ? (
          <p>
            <span className="document-form-label">{t('documents.fields.type')}:</span> {t(`documents.types.${current.type}`)}
          </p>
        ) : (
          <Field label={t('documents.fields.type')} error={formState.errors.type}>
            {(controlProps) => (
              <select {...controlProps} {...register('type')}>
                <option value="">{t('documents.fields.chooseType')}</option>
                {typesFor(owner.kind).map((type) => (
                  <option key={type} value={type}>
                    {t(`documents.types.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('documents.fields.date')} error={formState.errors.date}>
          {(controlProps) => <Controller control={control} name="date" render={({ field }) => <DateInput {...controlProps} {...field} className="document-date" />} />}
        </Field>
        <Field label={t('documents.fields.note')} error={formState.errors.note}>
          {(controlProps) => <textarea rows={2} {...controlProps} {...register('note')} />}
        </Field>
        {formState.isSubmitting && <p role="status">{t('documents.form.saving')}</p>}
        <div className="document-dialog-actions">
          <button type="submit" className="primary" disabled={formState.isSubmitting || reading}>
            {current ? t('documents.form.saveVersion') : t('documents.form.add')}
          </button>
          <button type="button" onClick={abandon}>
            {t('documents.form.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
