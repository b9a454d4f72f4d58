// The worker's data-protection rights on their file: access (export, with the whole case work),
// consent, erasure.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildSubjectAccessExport } from '../../shared/gdpr/subjectAccess';
import { buildSubjectAccessArchive } from '../../shared/gdpr/subjectAccessArchive';
import { readDocumentBytes } from '../documents/documentRepository';
import { erasureEligibility } from '../../shared/gdpr/retention';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import type { WorkerRecord } from '../db/rows';
import { NotEligibleError } from '../db/repositories/errors';
import { describeAuditDetail } from '../audit/auditDetail';
import { readSubjectAccessCasework } from './subjectAccessCasework';
import { ErrorBanner } from '../ui/ErrorBanner';

export function GdprPanel({ worker }: { worker: WorkerRecord }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const services = useServices();
  const { workers, audit, programme, bridge, session, settings } = services;
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  /** Runs a button's action; a refusal or failure is shown above the buttons. */
  const run = (action: () => Promise<void>) => () => {
    setFailure(null);
    action().catch(setFailure);
  };
  const events = useLiveQuery(() => workers.history(worker.id), [workers, worker.id]);
  const retention = useLiveQuery(() => settings.get(), [settings]);
  if (!events || !retention) return null;

  const today = todayIso();
  const eligibility = erasureEligibility(worker.data, events, today, retention.retentionMonths);
  const consents = events.filter((e) => e.payload.kind === 'worker.consentRecorded');
  const lastConsent = consents.at(-1);
  const consentGiven = lastConsent?.payload.kind === 'worker.consentRecorded' ? lastConsent.payload.given : false;

  const exportAll = async () => {
    const { record, events: history } = await workers.exportData(worker.id, 'html+json');
    const [{ entries }, programmeRow, counselors, casework] = await Promise.all([
      audit.list({ subjectId: worker.id }, 100_000),
      programme.get(),
      programme.counselors(),
      readSubjectAccessCasework(services, worker.id),
    ]);
    const names = new Map(counselors.map((c) => [c.id, c.data.displayName]));
    const language = i18n.language === 'en' ? 'en' : 'it';
    const result = buildSubjectAccessExport({
      worker: { id: record.id, data: record.data, meta: record },
      events: history,
      audit: entries,
      programmeName: programmeRow?.data.name ?? '',
      counselorName: (id) => names.get(id) ?? id,
      generatedAt: new Date().toISOString(),
      generatedBy: session.counselorId,
      language,
      label: (key) => t(key as 'app.name'),
      casework,
      describeDetail: (entry) => describeAuditDetail(entry, { t: (key, values) => t(key as 'audit.title', values), exists: (key) => i18n.exists(key) }),
    });
    // One archive: the page, the JSON and every document's file, read back and checked against its hash.
    const files = new Map(await Promise.all(casework.documents.map(async (doc) => [doc.path, await readDocumentBytes(services.db, services.codec, doc.id, doc)] as const)));
    const archive = buildSubjectAccessArchive({ fileBaseName: result.fileBaseName, html: result.html, json: result.json, files, generatedAt: new Date().toISOString() });
    const saved = await bridge.saveFile({ suggestedName: `${result.fileBaseName}.zip`, bytes: new Uint8Array(archive), filters: [{ name: 'ZIP', extensions: ['zip'] }] });
    setMessage(saved.ok ? t('gdprPanel.exported', { files: saved.value.location }) : t('gdprPanel.exportCancelled'));
  };

  const toggleConsent = async () => {
    await workers.recordConsent(worker.id, !consentGiven, today);
    setMessage(consentGiven ? t('gdprPanel.consentWithdrawnNow') : t('gdprPanel.consentGivenNow'));
  };

  const erase = async () => {
    if (!window.confirm(t('gdprPanel.eraseConfirm', { name: `${worker.data.surname} ${worker.data.name}` }))) return;
    try {
      await workers.erase(worker.id, today, retention.retentionMonths);
      navigate('/workers', { replace: true });
    } catch (error) {
      if (error instanceof NotEligibleError) setMessage(t('gdprPanel.notEligible'));
      else setFailure(error);
    }
  };

  return (
    <section className="form-section gdpr" aria-labelledby="gdpr-title">
      <h2 id="gdpr-title">{t('gdprPanel.title')}</h2>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <ErrorBanner error={failure} />
      <button type="button" onClick={run(exportAll)}>
        {t('gdprPanel.export')}
      </button>
      <p className="hint">{consentGiven ? t('gdprPanel.consentActive', { date: formatItalianDate(lastConsent?.occurredOn) }) : t('gdprPanel.consentNotActive')}</p>
      <button type="button" onClick={run(toggleConsent)}>
        {consentGiven ? t('gdprPanel.withdrawConsent') : t('gdprPanel.giveConsent')}
      </button>
      <p className="hint">
        {eligibility.eligible
          ? t('gdprPanel.erasable')
          : eligibility.reason === 'stillInProgramme'
            ? t('gdprPanel.stillInProgramme')
            : t('gdprPanel.retentionNotEnded', { date: formatItalianDate(eligibility.availableOn) })}
      </p>
      <button type="button" className="danger" disabled={!eligibility.eligible} onClick={run(erase)}>
        {t('gdprPanel.erase')}
      </button>
    </section>
  );
}
