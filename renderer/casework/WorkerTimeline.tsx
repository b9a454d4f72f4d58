// The worker's whole story in one list, newest first, filterable by kind of event: the file's one
// history (status, consent, interviews, candidacies, placements, courses), read live.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { describeEvent } from '../../shared/domain/eventText';
import { formatItalianDate } from '../../shared/time/dates';
import type { EventRecord } from '../db/rows';
import { useTimeline } from './useCasework';
import { GROUP_OF, TIMELINE_GROUPS, type TimelineGroup } from './timelineGroups';
import { LoadingSection } from './LoadingSection';

/** Free text that belongs with an event: shown under its line, never inside it. */
function freeText(event: EventRecord): string {
  const payload = event.payload;
  switch (payload.kind) {
    case 'worker.statusChanged':
      return payload.note;
    case 'worker.interviewHeld':
      return payload.outcomes;
    case 'candidacy.stageChanged':
      return payload.reason;
    case 'course.ended':
      return payload.note;
    default:
      return '';
  }
}

export function WorkerTimeline({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const timeline = useTimeline();
  const events = useLiveQuery(() => timeline.events(workerId), [timeline, workerId]);
  const [shown, setShown] = useState<ReadonlySet<TimelineGroup>>(() => new Set(TIMELINE_GROUPS));
  if (!events) return <LoadingSection className="casework-timeline" title={t('casework.timeline.title')} />;
  const present = TIMELINE_GROUPS.filter((group) => events.some((event) => GROUP_OF[event.kind] === group));
  const visible = events.filter((event) => shown.has(GROUP_OF[event.kind]));
  const toggle = (group: TimelineGroup) => {
    const next = new Set(shown);
    if (next.has(group)) next.delete(group);
    else next.add(group);
    setShown(next);
  };

  return (
    <section className="form-section casework-timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('casework.timeline.title')}</h2>
      <p className="hint">{t('casework.timeline.intro')}</p>
      <fieldset className="timeline-filter">
        <legend>{t('casework.timeline.filter')}</legend>
        {present.map((group) => (
          <label key={group} className="inline chip">
            <input type="checkbox" checked={shown.has(group)} onChange={() => toggle(group)} /> {t(`casework.timeline.groups.${group}`)} (
            {events.filter((event) => GROUP_OF[event.kind] === group).length})
          </label>
        ))}
      </fieldset>
      {visible.length === 0 ? (
        <p>{t('casework.timeline.none')}</p>
      ) : (
        <ol className="timeline" data-testid="worker-timeline">
          {visible.map((event) => {
            const note = freeText(event);
            return (
              <li key={event.id} className={`timeline-${GROUP_OF[event.kind]}`}>
                <time dateTime={event.occurredOn}>{formatItalianDate(event.occurredOn)}</time>
                <span className="timeline-group">{t(`casework.timeline.groups.${GROUP_OF[event.kind]}`)}</span>
                <span className="timeline-text">{describeEvent(event, (key) => t(key as 'app.name'))}</span>
                {note && <span className="timeline-note">{note}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
