// Dossier (coordinator): every placement with its dossier's state, complete or what is missing,
// checked against the funding scheme's thresholds; the list to Excel, each dossier as a ZIP (its
// PDF and the files of the worker's file, audited as an export), and the signed Patto attached from
// here when it is what is missing.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import i18next, { type TFunction } from 'i18next';
import { DEFAULT_FUNDING_SCHEME, FUNDING_SCHEME_SETTING, fundingSchemeSchema } from '../../shared/documents/dossier/scheme';
import { dossierFileName } from '../../shared/documents/dossier/zip';
import { PROGRAMME_TEXTS_SETTING, programmeTextsSchema, type ProgrammeTexts } from '../../shared/documents/templates/programmeTexts';
import { MAX_DOCUMENT_BYTES } from '../../shared/documents/types';
import { formatNumber } from '../../shared/i18n/locale';
import { xlsxBytes } from '../../shared/reports/files';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import { useRepository } from '../app/useRepository';
import { createProgrammeSettingsRepository } from '../db/repositories/programmeSettingsRepository';
import { createDocumentRepository } from '../documents/documentRepository';
import { ErrorBanner } from '../ui/ErrorBanner';
import { createDossierSource, type PlacementDossier } from './dossierSource';
import { dossierSheet, dossierZip, gapText } from './dossierFiles';
import { SchemeCard } from './SchemeCard';
import './dossier.css';

const SIGNED_FILES = [{ name: 'PDF, JPEG, PNG', extensions: ['pdf', 'jpg', 'jpeg', 'png'] }];

function DossierRow({ dossier, t, language, onDownload, onAttach }: { dossier: PlacementDossier; t: TFunction; language: string; onDownload: () => void; onAttach: () => void }) {
  const { facts, check } = dossier;
  const missingPact = check.gaps.some((gap) => gap.kind === 'signedPact');
  return (
    <tr data-testid="dossier-row">
      <td>
        <Link to={`/workers/${dossier.worker.id}`}>{dossier.fullName}</Link>
      </td>
      <td>{facts.hiring.employerName}</td>
      <td>
        {t(`vocab.contract.${facts.hiring.contractType}`)}
        {facts.hiring.fixedTermMonths !== undefined && <span className="hint"> · {t('dossier.months', { count: facts.hiring.fixedTermMonths })}</span>}
      </td>
      <td>{formatItalianDate(facts.hiring.hiredOn)}</td>
      <td className="number">{formatNumber(check.hours, language)}</td>
      <td className="number">{check.amount === null ? <span className="hint">{t('dossier.toBeDetermined')}</span> : `€ ${formatNumber(check.amount, language)}`}</td>
      <td>
        {check.complete ? (
          <span className="badge dossier-complete">{t('dossier.complete')}</span>
        ) : (
          <>
            <span className="badge dossier-incomplete">{t('dossier.incomplete')}</span>
            <ul className="dossier-gaps">
              {check.gaps.map((gap) => (
                <li key={gap.kind}>{gapText(t, gap)}</li>
              ))}
            </ul>
          </>
        )}
      </td>
      <td className="dossier-actions">
        <button type="button" onClick={onDownload} aria-label={t('dossier.downloadFor', { name: dossier.fullName })}>
          {t('dossier.download')}
        </button>
        {missingPact && (
          <button type="button" onClick={onAttach} aria-label={t('dossier.attachPactFor', { name: dossier.fullName })}>
            {t('dossier.attachPact')}
          </button>
        )}
      </td>
    </tr>
  );
}

export function DossierScreen() {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const { bridge, programme, db, session, codec } = services;
  const settings = useRepository((s) => createProgrammeSettingsRepository(s.db, s.session));
  const source = useRepository(createDossierSource);
  const scheme = useLiveQuery(() => settings.get(FUNDING_SCHEME_SETTING, fundingSchemeSchema, DEFAULT_FUNDING_SCHEME), [settings]);
  const dossiers = useLiveQuery(async () => (scheme ? source.list(scheme) : undefined), [source, scheme]);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  async function run(task: () => Promise<string | null>) {
    setNotice(null);
    setFailure(null);
    try {
      setNotice(await task());
    } catch (problem) {
      setFailure(problem);
    }
  }

  const saved = (result: Awaited<ReturnType<typeof bridge.saveFile>>) => (result.ok ? t('dossier.saved', { file: result.value.location }) : result.error === 'cancelled' ? t('dossier.cancelled') : null);

  const download = (dossier: PlacementDossier) =>
    run(async () => {
      if (!scheme) return null;
      const today = todayIso();
      const texts = await settings.get<ProgrammeTexts | null>(PROGRAMME_TEXTS_SETTING, programmeTextsSchema, null);
      const context = { programmeName: (await programme.get())?.data.name ?? '', texts, scheme, today };
      // The dossier goes to the funder in Italian, whatever language the screen is in.
      const bytes = await dossierZip(i18next.getFixedT('it'), dossier, await source.attachments(dossier), context);
      const result = await bridge.saveFile({ suggestedName: dossierFileName(dossier.fullName, today), bytes, filters: [{ name: 'ZIP', extensions: ['zip'] }] });
      if (result.ok) await source.recordExport(dossier);
      return saved(result);
    });

  const attachPact = (dossier: PlacementDossier) =>
    run(async () => {
      const file = await bridge.openFile({ filters: SIGNED_FILES, maxBytes: MAX_DOCUMENT_BYTES });
      if (!file.ok) return file.error === 'cancelled' ? null : t('platform.ioError');
      const documents = createDocumentRepository(db, session, codec);
      const owner = { kind: 'worker' as const, id: dossier.worker.id };
      await documents.add({ workerId: dossier.worker.id, owner, type: 'servicePact', fileName: file.value.name, date: todayIso(), note: '' }, file.value.bytes);
      return t('dossier.attached', { name: dossier.fullName });
    });

  const exportList = () =>
    run(async () => {
      if (!dossiers) return null;
      const bytes = await xlsxBytes([dossierSheet(t, dossiers)], (await programme.get())?.data.name ?? 'PCO Desk');
      const result = await bridge.saveFile({ suggestedName: t('dossier.sheet.file'), bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
      if (result.ok) await source.recordListExport(dossiers.length);
      return saved(result);
    });

  const complete = dossiers?.filter((dossier) => dossier.check.complete).length ?? 0;
  return (
    <section className="screen dossier-screen" aria-labelledby="dossier-title">
      <div className="screen-header">
        <h1 id="dossier-title">{t('dossier.title')}</h1>
        {dossiers && (
          <p className="count" data-testid="dossier-count">
            {t('dossier.count', { count: dossiers.length, complete })}
          </p>
        )}
        <div className="header-actions">
          <button type="button" onClick={() => void exportList()} disabled={!dossiers || dossiers.length === 0}>
            {t('dossier.exportXlsx')}
          </button>
        </div>
      </div>
      <p className="hint dossier-intro">{t('dossier.intro')}</p>
      <ErrorBanner error={failure} />
      {notice && (
        <p role="status" className="notice success">
          {notice}
        </p>
      )}
      {scheme && <SchemeCard key={JSON.stringify(scheme)} scheme={scheme} />}
      {!dossiers && <p>{t('dossier.loading')}</p>}
      {dossiers && dossiers.length === 0 && <p className="empty">{t('dossier.empty')}</p>}
      {dossiers && dossiers.length > 0 && (
        <div className="dossier-table-wrap">
          <table className="data-table dossier-table" aria-label={t('dossier.table')}>
            <thead>
              <tr>
                {(['worker', 'employer', 'contract', 'hiredOn', 'hours', 'amount', 'state', 'actions'] as const).map((column) => (
                  <th key={column} scope="col">
                    {t(`dossier.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dossiers.map((dossier) => (
                <DossierRow key={dossier.id} dossier={dossier} t={t} language={i18n.language} onDownload={() => void download(dossier)} onAttach={() => void attachPact(dossier)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
