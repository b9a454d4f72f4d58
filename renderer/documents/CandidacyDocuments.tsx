// A candidacy's documents (the hiring contract, the UNILAV), from its row in the worker file: a
// button that opens them in a dialog, the Documenti section inside.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { DocumentsSection } from './DocumentsSection';

interface Props {
  candidacyId: string;
  workerId: string;
  /** The offer's role, to name the candidacy. */
  role: string;
}

export function CandidacyDocumentsButton({ candidacyId, workerId, role }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-label={t('documents.candidacy.buttonLabel', { role })}>
        {t('documents.candidacy.button')}
      </button>
      {open && (
        <Dialog title={t('documents.candidacy.title', { role })} onClose={() => setOpen(false)} wide>
          <DocumentsSection owner={{ kind: 'candidacy', id: candidacyId }} workerId={workerId} headingLevel={3} />
          <div className="document-dialog-actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('documents.candidacy.close')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
