// A small table of counts by kind (records by table, events, audit…), for export summaries and import previews.
import { useTranslation } from 'react-i18next';

type Column = 'added' | 'changed' | 'unchanged';

export function CountsTable({ counts, columns }: { counts: Record<string, Partial<Record<Column, number>>>; columns: readonly Column[] }) {
  const { t } = useTranslation();
  const rows = Object.entries(counts).filter(([, value]) => columns.some((column) => (value[column] ?? 0) > 0));
  const label = (kind: string) => (kind in KIND_KEYS ? t(`sync.kinds.${kind as keyof typeof KIND_KEYS}`) : kind);
  return (
    <table className="sync-counts">
      <thead>
        <tr>
          <th scope="col">{t('sync.import.columns.kind')}</th>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {columns.length === 1 ? t('sync.export.lines') : t(`sync.import.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([kind, value]) => (
          <tr key={kind}>
            <th scope="row">{label(kind)}</th>
            {columns.map((column) => (
              <td key={column}>{value[column] ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const KIND_KEYS = {
  programme: 1, counselors: 1, workers: 1, employers: 1, offers: 1, actionPlans: 1, courses: 1, enrolments: 1, ventures: 1, candidacies: 1,
  meetings: 1, appointments: 1, cvs: 1, devices: 1, programmeSettings: 1, events: 1, audit: 1, statistics: 1, caseload: 1, recoveryKey: 1, record: 1, event: 1, statistic: 1,
} as const;
