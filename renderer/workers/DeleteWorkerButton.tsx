// Deleting a worker file (a duplicate, a file opened by mistake): asks for confirmation and leaves
// a tombstone that travels through sync; the audit log records it. Not the GDPR erasure, which
// wipes the personal data: a deleted file keeps it, sealed, until erased.
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import type { WorkerRecord } from '../db/rows';

export function DeleteWorkerButton({ worker }: { worker: WorkerRecord }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { workers } = useServices();
  const remove = async () => {
    if (!window.confirm(t('worker.deleteConfirm', { name: `${worker.data.surname} ${worker.data.name}` }))) return;
    await workers.remove(worker.id);
    navigate('/workers', { replace: true });
  };
  return (
    <button type="button" className="danger" onClick={() => void remove()}>
      {t('worker.delete')}
    </button>
  );
}
