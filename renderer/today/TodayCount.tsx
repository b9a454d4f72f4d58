// The menu's counter after "Oggi": what needs doing today (appointments still standing, reminders
// due or late). The number shows; the words after it are for screen readers, so the link reads
// "Oggi 5 cose da fare oggi" and its name starts with what is seen.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeToday, todayCount } from '../../shared/agenda/today';
import { todayIso } from '../../shared/time/dates';
import { useTodayInput, useViewer } from '../agenda/useAgenda';
import { useFirstScreenShown } from '../app/startupMarks';
import './today.css';

export function TodayCount() {
  return useFirstScreenShown() ? <TodayCountNow /> : null;
}

function TodayCountNow() {
  const { t } = useTranslation();
  const today = todayIso();
  const input = useTodayInput(today);
  const viewer = useViewer(null);
  const count = useMemo(() => (input ? todayCount(computeToday(input, viewer, today)) : undefined), [input, viewer, today]);
  if (!count) return null;
  return (
    <>
      {' '}
      <span className="menu-count" aria-hidden="true" data-testid="today-count">
        {count}
      </span>
      <span className="visually-hidden">{` ${t('today.navCount', { count })}`}</span>
    </>
  );
}
