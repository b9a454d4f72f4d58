// The Documenti section of a record (a worker file, an employer, a candidacy, a course enrolment, a
// venture): its documents read live, a file added by the picker or by dropping it on the section,
// opened in the app, downloaded through the DesktopBridge, replaced by a newer version, deleted
// after a confirmation. The repository audits every opening, addition and deletion.
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { MAX_DOCUMENT_BYTES, type DocumentOwner } from '../../shared/documents/types';
import { useServices } from '../app/services';
import { useRepository } from '../app/useRepository';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useErrorText } from '../ui/messages';
import { carriesFiles, draggedFile, readDroppedFile } from './chooseFile';
import { createDocumentRepository, type DocumentSummary } from './documentRepository';
import { DocumentFormDialog } from './DocumentFormDialog';
import { DocumentList, type DocumentActions } from './DocumentList';
import { downloadName, groupVersions, megabytes, type ChosenFile, type DocumentGroup } from './documentView';
import { DeleteDocumentDialog } from './DeleteDocumentDialog';
import { PreviewDialog } from './PreviewDialog';
import './documents.css';

interface Props {
  owner: DocumentOwner;
  /** The worker the documents are about ('' for an employer's own papers). */
  workerId: string;
  /** h2 on a screen, h3 inside a dialog that has its own h2. */
  headingLevel?: 2 | 3;
}

type Open =
  | { kind: 'add'; initial?: { file: ChosenFile | null; problem: unknown } }
  | { kind: 'replace'; group: DocumentGroup }
  | { kind: 'preview'; document: DocumentSummary }
  | { kind: 'delete'; group: DocumentGroup };

type Listing = { ok: true; groups: DocumentGroup[] } | { ok: false; error: unknown };

export const useDocumentRepository = () => useRepository(({ db, session, codec }) => createDocumentRepository(db, session, codec));

export function DocumentsSection({ owner, workerId, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const { bridge, programme } = useServices();
  const repository = useDocumentRepository();
  const errorText = useErrorText();
  const { kind, id } = owner;
  const listing = useLiveQuery(
    async (): Promise<Listing> => {
      try {
        return { ok: true, groups: groupVersions(await repository.listForOwner({ kind, id })) };
      } catch (error) {
        return { ok: false, error };
      }
    },
    [repository, kind, id],
  );
  const counselors = useLiveQuery(() => programme.counselors(), [programme]);
  const names = useMemo(() => new Map((counselors ?? []).map((counselor) => [counselor.id, counselor.data.displayName])), [counselors]);
  const [open, setOpen] = useState<Open | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // After a deletion the button that opened the dialog goes with its row: the focus goes to the heading.
  const deleted = useRef(false);
  const headingId = `documents-${kind}-${id}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const close = () => setOpen(null);
  const download = async (document: DocumentSummary) => {
    setNotice(null);
    try {
      const { bytes } = await repository.open(document.id);
      const saved = await bridge.saveFile({ suggestedName: downloadName(document.fileName, document.mediaType), bytes: new Uint8Array(bytes), filters: [] });
      if (saved.ok) setNotice({ kind: 'success', text: t('documents.done.saved', { location: saved.value.location }) });
      else if (saved.error !== 'cancelled') setNotice({ kind: 'error', text: t('documents.refusal.saveFailed', { detail: saved.detail ?? saved.error }) });
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error) });
    }
  };
  const actions: DocumentActions = {
    open: (document) => setOpen({ kind: 'preview', document }),
    download: (document) => void download(document),
    replace: (group) => setOpen({ kind: 'replace', group }),
    remove: (group) => {
      deleted.current = false;
      setOpen({ kind: 'delete', group });
    },
  };
  const remove = async (group: DocumentGroup) => {
    // Oldest first: if one fails midway, the document is still there with its current version.
    for (const version of [...group.earlier].reverse()) await repository.remove(version.id);
    await repository.remove(group.current.id);
    deleted.current = true;
    setNotice({ kind: 'success', text: t('documents.done.deleted', { name: group.current.fileName }) });
    setOpen(null);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = draggedFile(event.dataTransfer);
    if (!file) return;
    setNotice(null);
    readDroppedFile(file).then(
      (chosen) => setOpen({ kind: 'add', initial: { file: chosen, problem: null } }),
      (problem: unknown) => setOpen({ kind: 'add', initial: { file: null, problem } }),
    );
  };

  return (
    <section
      className={`form-section documents-section${dragging ? ' dragging' : ''}`}
      aria-labelledby={headingId}
      data-testid="documents-section"
      onDragOver={(event) => {
        // Only a drag carrying files, and not while a dialog (with its own drop zone) is open.
        if (open || !carriesFiles(event.dataTransfer)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => (open ? undefined : onDrop(event))}
    >
      <div className="documents-header">
        <Heading id={headingId} ref={headingRef} tabIndex={-1}>
          {t('documents.title')}
        </Heading>
        <button ref={addRef} type="button" className="primary" onClick={() => setOpen({ kind: 'add' })}>
          {t('documents.add')}
        </button>
      </div>
      <p className="hint documents-drop-hint">
        {dragging ? t('documents.dropNow') : t('documents.hint', { limit: megabytes(MAX_DOCUMENT_BYTES) })}
      </p>
      <div role="status" aria-live="polite" className="documents-announcer">
        {notice?.kind === 'success' && <p className="notice success">{notice.text}</p>}
      </div>
      {notice?.kind === 'error' && (
        <p role="alert" className="error-banner">
          {notice.text}
        </p>
      )}
      {listing === undefined ? (
        <p role="status">{t('documents.loading')}</p>
      ) : !listing.ok ? (
        <ErrorBanner error={listing.error} />
      ) : listing.groups.length === 0 ? (
        <p className="hint" data-testid="documents-none">
          {t('documents.none')}
        </p>
      ) : (
        <DocumentList groups={listing.groups} names={names} actions={actions} />
      )}
      {(open?.kind === 'add' || open?.kind === 'replace') && (
        <DocumentFormDialog
          owner={owner}
          workerId={workerId}
          repository={repository}
          replacing={open.kind === 'replace' ? open.group : undefined}
          initialFile={open.kind === 'add' ? open.initial : undefined}
          onClose={close}
          returnFocus={(opener) => opener ?? addRef.current}
          onSaved={(document, replaced) => {
            setNotice({ kind: 'success', text: t(replaced ? 'documents.done.replaced' : 'documents.done.added', { name: document.fileName }) });
            setOpen(null);
          }}
        />
      )}
      {open?.kind === 'preview' && <PreviewDialog document={open.document} repository={repository} onDownload={actions.download} onClose={close} />}
      {open?.kind === 'delete' && <DeleteDocumentDialog group={open.group} onConfirm={() => remove(open.group)} onClose={close} returnFocus={(opener) => (deleted.current ? headingRef.current : opener)} />}
    </section>
  );
}
