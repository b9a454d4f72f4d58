// The menu's counter after "Oggi": what needs doing today (appointments still standing, reminders
// due or late). The number shows; the words after it are for screen readers, so the link reads
// "Oggi 5 cose da fare oggi" and its name starts with what is seen.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeToday, todayCount } from '../../shared/agenda/today';
import { todayIso } from '../../shared/time/dates';
import { useAgendaInput, useViewer } from '../agenda/useAgenda';
import './today.css';

/**
 * True once the page first has nothing else to do. The counter reads the whole agenda, which at
 * 30,000 workers takes seconds: it waits until the screen the user came for is drawn.
 */
function useOnceIdle(): boolean {
  // Where the browser cannot say (no requestIdleCallback), at once.
  const [idle, setIdle] = useState(() => typeof requestIdleCallback !== 'function');
  useEffect(() => {
    if (idle) return;
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }, [idle]);
  return idle;
}

export function TodayCount() {
  return useOnceIdle() ? <TodayCountNow /> : null;
}

function TodayCountNow() {
  const { t } = useTranslation();
  const input = useAgendaInput();
  const viewer = useViewer(null);
  const count = useMemo(() => (input ? todayCount(computeToday(input, viewer, todayIso())) : undefined), [input, viewer]);
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
