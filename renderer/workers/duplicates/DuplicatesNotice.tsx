// On the worker list, for the coordinator: people with more than one file (two counselors
// registered them offline), and the way to Doppioni to merge them.
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { samePersonGroups } from '../../../shared/domain/samePerson';
import { useServices } from '../../app/services';
import type { WorkerSummary } from '../../db/workerList';
import { DUPLICATES_PATH } from './feature';

export function DuplicatesNotice({ rows }: { rows: readonly WorkerSummary[] | undefined }) {
  const { t } = useTranslation();
  const { session } = useServices();
  const count = useMemo(() => (session.role === 'coordinator' && rows ? samePersonGroups(rows).length : 0), [rows, session.role]);
  if (count === 0) return null;
  return (
    <p className="notice" role="status" data-testid="duplicates-notice">
      <Link to={DUPLICATES_PATH}>{t('duplicates.listLink', { count })}</Link>
    </p>
  );
}
