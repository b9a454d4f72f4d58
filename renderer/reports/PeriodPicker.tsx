// The period of the report: a month (default) or any range, kept in the address so a reload or a
// return to the screen shows the same period.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { monthPeriod } from '../../shared/reports/period';
import { addDays } from '../../shared/time/days';
import type { Period } from '../../shared/reports/types';
import { DateInput } from '../ui/DateInput';
import { MonthInput } from '../ui/MonthInput';

export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const month = period.start.slice(0, 7);
  const step = (direction: -1 | 1) => onChange(monthPeriod(direction < 0 ? addDays(period.start, -1) : addDays(monthPeriod(period.start).end, 1)));
  return (
    <fieldset className="report-period">
      <legend>{t('reports.report.period')}</legend>
      <button type="button" onClick={() => step(-1)}>
        ‹ {t('reports.report.previous')}
      </button>
      <div className="field">
        <label htmlFor={`${id}-month`}>{t('reports.report.month')}</label>
        <MonthInput id={`${id}-month`} className="report-month" value={month} onChange={(picked) => onChange(monthPeriod(`${picked}-01`))} />
      </div>
      <button type="button" onClick={() => step(1)}>
        {t('reports.report.next')} ›
      </button>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('reports.report.from')}</label>
        <DateInput id={`${id}-from`} value={period.start} onChange={(start) => onChange({ ...period, start })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('reports.report.to')}</label>
        <DateInput id={`${id}-to`} value={period.end} onChange={(end) => onChange({ ...period, end })} />
      </div>
    </fieldset>
  );
}
