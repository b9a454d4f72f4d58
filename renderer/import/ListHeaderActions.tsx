// The buttons at the right of a list's header: Importa (the coordinator's, to the spreadsheet
// import) and the list's own "new" link.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';

export function ListHeaderActions({ importTo, newTo, newLabel }: { importTo: string; newTo: string; newLabel: string }) {
  const { t } = useTranslation();
  const { session } = useServices();
  return (
    <div className="header-actions">
      {session.role === 'coordinator' && (
        <Link className="button" to={importTo}>
          {t('import.open')}
        </Link>
      )}
      <Link className="button primary" to={newTo}>
        {newLabel}
      </Link>
    </div>
  );
}
