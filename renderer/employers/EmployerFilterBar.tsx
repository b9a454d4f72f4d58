// Search and filters of the employer list; the choices live in the UI store.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerRecord } from '../db/rows';
import { comuneOptions } from './catalogue';
import { sectionKeyOf } from './employerQuery';
import { useCatalogueFilters } from './filtersStore';

export function EmployerFilterBar({ records }: { records: readonly EmployerRecord[] }) {
  const { t } = useTranslation();
  const filters = useCatalogueFilters((s) => s.employerFilters);
  const setFilters = useCatalogueFilters((s) => s.setEmployerFilters);
  const clear = useCatalogueFilters((s) => s.clearEmployerFilters);
  const comuni = useMemo(() => comuneOptions(records.map((r) => r.data.comuneCode)), [records]);
  // Only the sections in use, grouped by classification: letters changed meaning in ATECO 2025.
  const sections = useMemo(() => [...new Set(records.map(sectionKeyOf))].sort(), [records]);
  const sectionLabel = (key: string) => {
    const [version, letter] = key.split(':');
    return `${letter} — ${t(`employers.ateco.sections${version === '2025' ? '2025' : '2007'}.${letter}` as 'employers.ateco.sections2025.A')}`;
  };

  return (
    <form className="filters" role="search" aria-label={t('employers.list.filters')} onSubmit={(event) => event.preventDefault()}>
      <label className="field grow">
        <span>{t('employers.list.search')}</span>
        <input type="search" value={filters.search} placeholder={t('employers.list.searchPlaceholder')} onChange={(event) => setFilters({ search: event.target.value })} data-testid="employer-search" />
      </label>
      <label className="field">
        <span>{t('employers.fields.comune')}</span>
        <select value={filters.comuneCode} onChange={(event) => setFilters({ comuneCode: event.target.value })}>
          <option value="">{t('employers.list.anyComune')}</option>
          {comuni.map((comune) => (
            <option key={comune.code} value={comune.code}>
              {comune.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('employers.fields.atecoSection')}</span>
        <select value={filters.sectionKey} onChange={(event) => setFilters({ sectionKey: event.target.value })}>
          <option value="">{t('employers.list.anySection')}</option>
          {(['2007', '2025'] as const).map((version) => {
            const inVersion = sections.filter((key) => key.startsWith(`${version}:`));
            return inVersion.length === 0 ? null : (
              <optgroup key={version} label={t(`employers.ateco.version.${version}`)}>
                {inVersion.map((key) => (
                  <option key={key} value={key}>
                    {sectionLabel(key)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </label>
      <button type="button" className="link" onClick={clear}>
        {t('employers.list.clearFilters')}
      </button>
    </form>
  );
}
