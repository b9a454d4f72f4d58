// The CV part of a worker's file: "Crea CV" and the saved versions.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { WorkerRecord } from '../db/rows';
import { CvVersionList } from './CvVersionList';

export function WorkerCvPanel({ worker }: { worker: WorkerRecord }) {
  const { t } = useTranslation();
  return (
    <section className="form-section cv-panel" aria-labelledby="cv-panel-title">
      <h2 id="cv-panel-title">{t('cv.panel.title')}</h2>
      <p className="hint">{t('cv.panel.intro')}</p>
      <Link className="button primary" to={`/workers/${worker.id}/cv`}>
        {t('cv.panel.create')}
      </Link>
      <CvVersionList workerId={worker.id} />
    </section>
  );
}
