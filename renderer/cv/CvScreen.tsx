// A worker's CVs: prepare a new one (variant, language), review and edit it, save it as a
// version and download the PDF; the saved versions below.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { copyCvContent, cvContentSchema, type CvContent } from '../../shared/cv/content';
import { cvContentFromWorker } from '../../shared/cv/fromWorker';
import { todayIso } from '../../shared/time/dates';
import { useServices } from '../app/services';
import type { WorkerRecord } from '../db/rows';
import { NotAllowedError } from '../db/repositories/errors';
import { CvEditor } from './CvEditor';
import { CvVersionList } from './CvVersionList';
import { NewCvForm, type CvStart } from './NewCvForm';
import { cvPdf, savePdf } from './cvFile';
import { cvTexts } from './texts';
import { cvDraftKey } from './useCvDraft';
import { useCvRepository } from './useCvRepository';

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' | 'forbidden' }
  | { state: 'ready'; worker: WorkerRecord; review: CvContent | null; draftRestored: boolean };

export function CvScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { workers, drafts, bridge } = useServices();
  const cvs = useCvRepository();
  const draftKey = cvDraftKey(id);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  // Bumped for every new review, so the editor starts from its own initial values.
  const [reviewKey, setReviewKey] = useState(0);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      // Audited like opening the file: this screen shows the worker's personal data too.
      const worker = await workers.open(id);
      const draft = cvContentSchema.safeParse(await drafts.load(draftKey));
      if (!cancelled) setLoaded({ state: 'ready', worker, review: draft.success ? draft.data : null, draftRestored: draft.success });
    })().catch((error: unknown) => {
      if (!cancelled) setLoaded({ state: error instanceof NotAllowedError ? 'forbidden' : 'missing' });
    });
    return () => {
      cancelled = true;
    };
  }, [id, draftKey, workers, drafts]);

  if (loaded.state === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.state !== 'ready') {
    return (
      <section className="screen">
        <p role="alert" className="error-banner">
          {t(loaded.state === 'forbidden' ? 'cv.screen.notAllowed' : 'cv.screen.notFound')}
        </p>
        <Link to="/workers">{t('worker.backToList')}</Link>
      </section>
    );
  }

  const { worker, review } = loaded;
  const prepare = async ({ variant, language, fromVersionId, namePlant }: CvStart) => {
    if (review && !window.confirm(t('cv.screen.replaceConfirm'))) return;
    const reference = await cvs.newReference();
    const content = fromVersionId
      ? copyCvContent((await cvs.get(fromVersionId)).data.content, reference, todayIso())
      : cvContentFromWorker(worker.data, { reference, preparedOn: todayIso(), courses: await cvs.completedCourses(worker.id), texts: cvTexts(language), namePlant }, variant, language);
    await drafts.save(draftKey, content);
    setMessage(null);
    setReviewKey((key) => key + 1);
    setLoaded({ ...loaded, review: content, draftRestored: false });
  };
  const discard = async () => {
    await drafts.discard(draftKey);
    setLoaded({ ...loaded, review: null, draftRestored: false });
  };
  const save = async (content: CvContent) => {
    const bytes = await cvPdf(content);
    await cvs.save(worker.id, content);
    await drafts.discard(draftKey);
    setLoaded({ ...loaded, review: null, draftRestored: false });
    const result = await savePdf(bridge, content, bytes);
    setMessage(
      result.ok
        ? { text: t('cv.editor.saved', { reference: content.reference, location: result.value.location }), ok: true }
        : { text: t('cv.editor.savedNotDownloaded', { reference: content.reference }), ok: false },
    );
  };

  return (
    <section className="screen cv-screen" aria-labelledby="cv-title">
      <div className="screen-header">
        <h1 id="cv-title">{t('cv.screen.title', { name: `${worker.data.surname} ${worker.data.name}` })}</h1>
        <Link to={`/workers/${worker.id}`}>{t('cv.screen.backToFile')}</Link>
      </div>
      {message && (
        <p role="status" className={message.ok ? 'notice success' : 'notice'}>
          {message.text}
        </p>
      )}
      <NewCvForm workerId={worker.id} onPrepare={prepare} />
      {review && (
        <>
          {loaded.draftRestored && (
            <p role="status" className="notice">
              {t('cv.editor.draftRestored')}
            </p>
          )}
          <CvEditor key={reviewKey} worker={worker.data} initial={review} draftKey={draftKey} onSave={save} onDiscard={() => void discard()} />
        </>
      )}
      <section className="card" aria-labelledby="cv-versions-title">
        <h2 id="cv-versions-title">{t('cv.list.caption')}</h2>
        <CvVersionList workerId={worker.id} />
      </section>
    </section>
  );
}
