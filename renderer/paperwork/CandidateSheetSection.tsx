// Schede di presentazione on the worker file, one line per candidacy: the anonymised sheet (to
// show a profile before the employer knows who it is) or the full one, each stored on the
// candidacy. Only a participant's data may leave the programme (participation.ts).
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CvVariant } from '../../shared/cv/content';
import { proposalBlock } from '../../shared/domain/participation';
import { CANDIDACY_ENDINGS, type CandidacyStage } from '../../shared/domain/casework';
import { formatItalianDate, todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import type { WorkerRecord } from '../db/rows';
import { NotEligibleError } from '../db/repositories/errors';
import { useCandidacyRepositories } from '../candidacies/useCandidacies';
import { useCvRepository } from '../cv/useCvRepository';
import { GeneratedDocuments } from './GeneratedDocuments';
import { SectionStatus } from './SectionStatus';
import { useSectionAction } from './useAction';
import { candidateSheetPdf, sheetCv } from './build';
import { generatedEntries, storeGenerated, usePaperworkContext, usePaperworkDocuments, useProgrammeTexts } from './usePaperwork';
import { pdfFileName } from '../../shared/documents/fileNames';

const ended = (stage: CandidacyStage) => (CANDIDACY_ENDINGS as readonly string[]).includes(stage);

export function CandidateSheetSection({ worker }: { worker: WorkerRecord }) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const documents = usePaperworkDocuments();
  const cvs = useCvRepository();
  const texts = useProgrammeTexts();
  const context = usePaperworkContext();
  const { candidacies } = useCandidacyRepositories();
  const action = useSectionAction();
  const rows = useLiveQuery(async () => {
    const views = await candidacies.forWorker(worker.id);
    const offers = new Map((await candidacies.offers()).map((o) => [o.id, o.data]));
    const employers = new Map((await candidacies.employers()).map((e) => [e.id, e.data.legalName]));
    return views
      .filter((view) => !ended(view.stage))
      .map((view) => {
        const offer = offers.get(view.offerId);
        return { view, role: offer?.role ?? '', employerName: (offer && employers.get(offer.employerId)) || '' };
      });
  }, [candidacies, worker.id]);
  const allDocuments = useLiveQuery(() => documents.listForWorker(worker.id).catch(() => []), [documents, worker.id]);

  const generate = (row: NonNullable<typeof rows>[number], variant: CvVariant) =>
    action.run(async () => {
      if (!context || texts === undefined) return null;
      const block = proposalBlock(worker.data);
      if (block) throw new NotEligibleError(`paperwork.refusal.${block}`);
      const date = todayIso();
      const cv = await sheetCv(cvs, worker.id, worker.data, variant, date);
      const bytes = await candidateSheetPdf({ programmeName: context.programmeName, texts, counselorName: context.counselorName(worker.data.counselorId ?? ''), date }, worker.data, cv, { role: row.role, employerName: row.employerName });
      // The anonymised file's name says no more than its content: the reference only.
      const fileName = variant === 'anonymous' ? pdfFileName('Scheda', cv.reference) : pdfFileName('Scheda', worker.data.name, worker.data.surname, cv.reference);
      const note = t(`paperwork.sheet.note.${variant}`, { reference: cv.reference, employer: row.employerName });
      const target = { owner: { kind: 'candidacy', id: row.view.id }, workerId: worker.id, template: 'candidateSheet', sourceId: row.view.id } as const;
      const { saved } = await storeGenerated(documents, bridge, target, { fileName, date, note }, bytes);
      return saved.ok ? t('paperwork.generatedSaved', { location: saved.value.location }) : t('paperwork.generatedKept');
    });

  return (
    <section className="paperwork-section" aria-labelledby="paperwork-sheet">
      <div className="paperwork-section-header">
        <h3 id="paperwork-sheet">{t('paperwork.sheet.title')}</h3>
      </div>
      {rows && rows.length === 0 && <p className="hint">{t('paperwork.sheet.none')}</p>}
      {rows && rows.length > 0 && (
        <ul className="paperwork-list">
          {rows.map((row) => (
            <li key={row.view.id} data-testid="paperwork-candidacy">
              <div className="paperwork-row">
                <span className="paperwork-what">
                  {t('paperwork.sheet.candidacy', { role: row.role, employer: row.employerName })}
                  <span className="hint"> · {t('paperwork.sheet.since', { date: formatItalianDate(row.view.proposedOn) })}</span>
                </span>
                <button type="button" onClick={() => void generate(row, 'anonymous')} disabled={action.busy} aria-label={t('paperwork.sheet.generateAnonymousLabel', { role: row.role, employer: row.employerName })}>
                  {t('paperwork.sheet.generateAnonymous')}
                </button>
                <button type="button" onClick={() => void generate(row, 'full')} disabled={action.busy} aria-label={t('paperwork.sheet.generateFullLabel', { role: row.role, employer: row.employerName })}>
                  {t('paperwork.sheet.generateFull')}
                </button>
              </div>
              <GeneratedDocuments entries={generatedEntries((allDocuments ?? []).filter((doc) => doc.owner.id === row.view.id), 'candidateSheet')} name={t('paperwork.sheet.name')} describe={(document) => document.note} />
            </li>
          ))}
        </ul>
      )}
      <SectionStatus action={action} />
    </section>
  );
}
