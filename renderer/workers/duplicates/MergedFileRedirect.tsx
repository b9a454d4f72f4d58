// A worker file opened by the id of a file merged into another (a link, a bookmark, a laptop that
// learnt of the merge after the fact) opens the survivor, and says so.
import type { ReactNode } from 'react';
import { Navigate, useLocation, useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { survivorId } from '../../db/mergedFiles';

export function MergedFileRedirect({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { id } = useParams();
  const { db } = useServices();
  const location = useLocation();
  const survivor = useLiveQuery(async () => (id ? survivorId(db, id) : null), [db, id]);
  if (survivor === undefined) return <p role="status">{t('app.loading')}</p>;
  if (survivor !== null && survivor !== id) return <Navigate to={`/workers/${survivor}`} replace state={{ mergedFrom: id }} />;
  const mergedFrom = (location.state as { mergedFrom?: unknown } | null)?.mergedFrom;
  return (
    <>
      {typeof mergedFrom === 'string' && (
        <p role="status" className="notice" data-testid="merged-redirect">
          {t('duplicates.redirected')}
        </p>
      )}
      {children}
    </>
  );
}
