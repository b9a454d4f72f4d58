// An empty programme says where to begin: add the counselors, import the workers, prepare the
// laptops (the coordinator); a counselor's new laptop waits for its caseload from the first exchange.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../app/services';
import { HelpDialog } from './HelpDialog';

export function FirstSteps() {
  const { t } = useTranslation();
  const { db, session } = useServices();
  const empty = useLiveQuery(async () => (await db.workers.count()) === 0, [db]);
  const [guide, setGuide] = useState(false);
  if (!empty) return null;
  return (
    <section className="first-steps card" aria-labelledby="first-steps-title">
      <h2 id="first-steps-title">{t('help.firstSteps.title')}</h2>
      {session.role === 'coordinator' ? (
        <>
          <p>{t('help.firstSteps.intro')}</p>
          <ol>
            <li>
              <Link to="/settings">{t('help.firstSteps.counselors')}</Link> <span className="hint">{t('help.firstSteps.counselorsHint')}</span>
            </li>
            <li>
              <Link to="/workers/import">{t('help.firstSteps.import')}</Link> <span className="hint">{t('help.firstSteps.importHint')}</span>
            </li>
            <li>
              <Link to="/sync/devices">{t('help.firstSteps.laptops')}</Link> <span className="hint">{t('help.firstSteps.laptopsHint')}</span>
            </li>
          </ol>
          <button type="button" className="link" onClick={() => setGuide(true)}>
            {t('help.firstSteps.guide')}
          </button>
          {guide && <HelpDialog first="setup" onClose={() => setGuide(false)} />}
        </>
      ) : (
        <>
          <p>{t('help.firstSteps.counselorIntro')}</p>
          <Link to="/sync">{t('help.firstSteps.counselorExport')}</Link>
        </>
      )}
    </section>
  );
}
