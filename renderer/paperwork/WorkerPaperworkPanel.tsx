// Modulistica on the worker file: the privacy notice and the Patto di servizio to print and sign,
// with the signed scans back (the consent date and the plan's signature date follow from them),
// the letters of convocation and the candidate sheets for employers.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router-dom';
import { CONTACT_FREQUENCIES, privacyNoticeVersion, type ContactFrequency } from '../../shared/documents/templates/facts';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import type { WorkerRecord } from '../db/rows';
import { useActionPlans } from '../casework/useCasework';
import { GeneratedDocuments } from './GeneratedDocuments';
import { ConvocationSection } from './ConvocationSection';
import { CandidateSheetSection } from './CandidateSheetSection';
import { SectionStatus } from './SectionStatus';
import { useSectionAction } from './useAction';
import { privacyNoticePdf, servicePactPdf } from './build';
import { attachSigned, generatedEntries, storeGenerated, usePaperworkContext, usePaperworkDocuments, useProgrammeTexts } from './usePaperwork';
import { pdfFileName } from '../../shared/documents/fileNames';
import './paperwork.css';

export function WorkerPaperworkPanel({ worker }: { worker: WorkerRecord }) {
  const { t } = useTranslation();
  const documents = usePaperworkDocuments();
  // Everything on the worker's own file (notice, pact, interview letters), live: a new version shows at once.
  const onFile = useLiveQuery(() => documents.listForOwner({ kind: 'worker', id: worker.id }).catch(() => []), [documents, worker.id]);
  return (
    <section className="form-section paperwork" aria-labelledby="paperwork-title" data-testid="worker-paperwork">
      <h2 id="paperwork-title">{t('paperwork.title')}</h2>
      <p className="hint">{t('paperwork.intro')}</p>
      <PrivacySection worker={worker} onFile={onFile ?? []} />
      <PactSection worker={worker} onFile={onFile ?? []} />
      <ConvocationSection worker={worker} onFile={onFile ?? []} />
      <CandidateSheetSection worker={worker} />
    </section>
  );
}

type OnFile = Parameters<typeof generatedEntries>[0];

function PrivacySection({ worker, onFile }: { worker: WorkerRecord; onFile: OnFile }) {
  const { t } = useTranslation();
  const { bridge, workers } = useServices();
  const documents = usePaperworkDocuments();
  const texts = useProgrammeTexts();
  const context = usePaperworkContext();
  const action = useSectionAction();
  const { surname, name, privacyConsentDate } = worker.data;

  const generate = () =>
    action.run(async () => {
      if (!texts || !context) return null;
      const date = todayIso();
      const bytes = await privacyNoticePdf({ programmeName: context.programmeName, texts, counselorName: context.counselorName(worker.data.counselorId ?? ''), date }, texts, worker.data);
      const fileName = pdfFileName('Informativa privacy', surname, name, date);
      const { saved } = await storeGenerated(documents, bridge, { owner: { kind: 'worker', id: worker.id }, workerId: worker.id, template: 'privacyNotice', sourceId: worker.id }, { fileName, date, note: privacyNoticeVersion(texts) }, bytes);
      return saved.ok ? t('paperwork.generatedSaved', { location: saved.value.location }) : t('paperwork.generatedKept');
    });

  return (
    <section className="paperwork-section" aria-labelledby="paperwork-privacy">
      <div className="paperwork-section-header">
        <h3 id="paperwork-privacy">{t('paperwork.privacy.title')}</h3>
        <span className={privacyConsentDate ? 'badge status-placed' : 'badge'} data-testid="paperwork-consent">
          {privacyConsentDate ? t('paperwork.privacy.consentOn', { date: formatItalianDate(privacyConsentDate) }) : t('paperwork.privacy.noConsent')}
        </span>
      </div>
      {texts === null ? (
        <p className="hint">
          {t('paperwork.privacy.noTexts')} <Link to="/settings">{t('paperwork.privacy.toSettings')}</Link>
        </p>
      ) : (
        <div className="paperwork-actions">
          <button type="button" onClick={() => void generate()} disabled={action.busy || !texts || !context}>
            {t('paperwork.privacy.generate')}
          </button>
          {texts && <span className="hint">{t('paperwork.privacy.version', { version: privacyNoticeVersion(texts) })}</span>}
        </div>
      )}
      <SectionStatus action={action} />
      <GeneratedDocuments
        entries={generatedEntries(onFile, 'privacyNotice')}
        name={t('paperwork.privacy.name')}
        describe={(document) => document.note}
        sign={{
          askCvConsent: true,
          hint: t('paperwork.privacy.signHint'),
          onAttach: async (generated, scan) => {
            const note = `${generated.note}. ${t(scan.cvConsent ? 'paperwork.privacy.cvConsentYes' : 'paperwork.privacy.cvConsentNo')}`;
            await attachSigned(documents, generated, 'privacyConsent', { name: scan.file.name, bytes: scan.file.bytes, date: scan.date, note });
            await workers.recordConsent(worker.id, true, scan.date);
            await action.run(async () => t('paperwork.privacy.consentRecorded', { date: formatItalianDate(scan.date) }));
          },
        }}
      />
    </section>
  );
}

function PactSection({ worker, onFile }: { worker: WorkerRecord; onFile: OnFile }) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const documents = usePaperworkDocuments();
  const plans = useActionPlans();
  const plan = useLiveQuery(() => plans.get(worker.id).then((record) => record ?? null), [plans, worker.id]);
  const texts = useProgrammeTexts();
  const context = usePaperworkContext();
  const action = useSectionAction();
  const [frequency, setFrequency] = useState<ContactFrequency>('fortnightly');
  const signedOn = plan?.data.signedOn;
  const empty = plan !== undefined && (plan === null || (plan.data.goals.length === 0 && plan.data.activities.length === 0));

  const generate = () =>
    action.run(async () => {
      if (!context || texts === undefined) return null;
      const date = todayIso();
      const bytes = await servicePactPdf({ programmeName: context.programmeName, texts, counselorName: context.counselorName(worker.data.counselorId ?? ''), date }, worker.data, plan?.data, frequency);
      const fileName = pdfFileName('Patto di servizio', worker.data.surname, worker.data.name, date);
      const { saved } = await storeGenerated(documents, bridge, { owner: { kind: 'worker', id: worker.id }, workerId: worker.id, template: 'servicePact', sourceId: worker.id }, { fileName, date }, bytes);
      return saved.ok ? t('paperwork.generatedSaved', { location: saved.value.location }) : t('paperwork.generatedKept');
    });

  return (
    <section className="paperwork-section" aria-labelledby="paperwork-pact">
      <div className="paperwork-section-header">
        <h3 id="paperwork-pact">{t('paperwork.pact.title')}</h3>
        <span className={signedOn ? 'badge status-placed' : 'badge'} data-testid="paperwork-plan-signed">
          {signedOn ? t('paperwork.pact.signedOn', { date: formatItalianDate(signedOn) }) : t('paperwork.pact.notSigned')}
        </span>
      </div>
      {empty && <p className="hint">{t('paperwork.pact.emptyPlan')}</p>}
      <div className="paperwork-actions">
        <label className="paperwork-inline-label">
          {t('paperwork.pact.frequency')}{' '}
          <select value={frequency} onChange={(event) => setFrequency(event.target.value as ContactFrequency)}>
            {CONTACT_FREQUENCIES.map((option) => (
              <option key={option} value={option}>
                {t(`paperwork.pact.frequencies.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void generate()} disabled={action.busy || !context || texts === undefined || plan === undefined}>
          {t('paperwork.pact.generate')}
        </button>
      </div>
      <SectionStatus action={action} />
      <GeneratedDocuments
        entries={generatedEntries(onFile, 'servicePact')}
        name={t('paperwork.pact.name')}
        sign={{
          hint: t('paperwork.pact.signHint'),
          onAttach: async (generated, scan) => {
            await attachSigned(documents, generated, 'servicePact', { name: scan.file.name, bytes: scan.file.bytes, date: scan.date });
            const current = await plans.get(worker.id);
            await plans.save(worker.id, { goals: current?.data.goals ?? [], activities: current?.data.activities ?? [], signedOn: scan.date });
            await action.run(async () => t('paperwork.pact.signedRecorded', { date: formatItalianDate(scan.date) }));
          },
        }}
      />
    </section>
  );
}
