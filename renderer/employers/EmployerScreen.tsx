// An employer's page: create or edit its record, log contacts, see its offers, delete it.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Employer, EmployerInput } from '../../shared/domain/employer';
import { todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import { DuplicatePartitaIvaError } from '../db/repositories/employerRepository';
import { EmployerForm } from './EmployerForm';
import { ContactLog } from './ContactLog';
import { EmployerOffers } from './EmployerOffers';
import { useEmployerRepository } from './catalogue';
import { DocumentsSection } from '../documents/DocumentsSection';
import { employerHistory } from './history';
import { DraftRestoredNotice } from '../ui/DraftRestoredNotice';
import { RecordNotFound } from '../ui/RecordNotFound';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useRecordWithDraft } from '../ui/useRecordWithDraft';

/** ATECO 2025 applies from 1 April 2025; earlier records stay in ATECO 2007. */
export function emptyEmployer(today = todayIso()): EmployerInput {
  return {
    legalName: '', partitaIva: '', comuneCode: '', address: '', contactName: '', phone: '', email: '', incentives: [],
    ateco: { code: '', section: '', version: today >= '2025-04-01' ? '2025' : '2007', description: '' },
  };
}

export function EmployerScreen() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { drafts } = useServices();
  const employers = useEmployerRepository();
  const draftKey = `employer:${id ?? 'new'}`;
  const loaded = useRecordWithDraft({
    draftKey,
    load: async () => ({ row: id ? await employers.get(id) : null, extra: null }),
    formValues: (row): EmployerInput => (row ? { ...row.data, incentives: row.data.incentives ?? [] } : emptyEmployer()),
    deps: [id, employers],
  });
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state !== 'ready') return <RecordNotFound message={t('employers.file.notFound')} backTo="/employers" backLabel={t('employers.file.backToList')} />;

  const { row } = loaded;
  const save = async (employer: Employer): Promise<boolean> => {
    setDuplicateOf(null);
    setSaved(false);
    setFailure(null);
    try {
      const stored = row ? await employers.update(row.id, employer) : await employers.create(employer);
      await drafts.discard(draftKey);
      setSaved(true);
      if (row) loaded.saved(stored);
      else navigate(`/employers/${stored.id}`, { replace: true });
      return true;
    } catch (error) {
      if (error instanceof DuplicatePartitaIvaError) setDuplicateOf(error.existingId);
      else setFailure(error);
      return false;
    }
  };
  const remove = async () => {
    if (!row) return;
    const history = employerHistory(t, await employers.usage(row.id));
    const question = history ? t('employers.file.deleteConfirmHistory', { name: row.data.legalName, history }) : t('employers.file.deleteConfirm', { name: row.data.legalName });
    if (!window.confirm(question)) return;
    await employers.remove(row.id);
    await drafts.discard(draftKey);
    navigate('/employers', { replace: true });
  };

  const status = (
    <>
      {loaded.draftRestored && <DraftRestoredNotice onDiscard={() => void loaded.discardDraft()} />}
      {duplicateOf && (
        <p role="alert" className="error-banner">
          {t('employers.file.duplicate')} <Link to={`/employers/${duplicateOf}`}>{t('employers.file.openExisting')}</Link>
        </p>
      )}
      <ErrorBanner error={failure} />
      {saved && (
        <p role="status" className="notice success">
          {t('employers.file.saved')}
        </p>
      )}
    </>
  );
  const deleteButton = row && (
    <button type="button" className="danger push-end" onClick={() => void remove()}>
      {t('employers.file.delete')}
    </button>
  );

  return (
    <section className="screen employer-file" aria-labelledby="employer-title">
      <div className="screen-header">
        <h1 id="employer-title">{row ? row.data.legalName : t('employers.file.newTitle')}</h1>
        <Link to="/employers">{t('employers.file.backToList')}</Link>
      </div>
      <div className="worker-layout">
        <div className="main-column">
          <EmployerForm key={loaded.formKey} initial={loaded.initial} draftKey={draftKey} onSave={save} status={status} actions={deleteButton} />
          {row && <EmployerOffers employerId={row.id} />}
          {row && <DocumentsSection owner={{ kind: 'employer', id: row.id }} workerId="" />}
        </div>
        {row && (
          <aside className="side-column">
            <ContactLog employerId={row.id} />
          </aside>
        )}
      </div>
    </section>
  );
}
