// The week by time of day: a column per day, appointments and timed meetings placed at their hours.
// An appointment moves by dragging it to another day and time (the length is kept), or from the
// keyboard once focused: ↑ and ↓ a quarter of an hour, ← and → a day. Each move is announced.
import { useRef, type DragEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { AgendaEntry } from '../../shared/agenda/types';
import { minutesOf, timeOf } from '../../shared/domain/appointment';
import { addDaysIso } from '../../shared/time/dates';
import { EntryMarks } from './AgendaEntryItem';

type Timed = Extract<AgendaEntry, { kind: 'appointment' | 'meeting' }>;
export type AppointmentEntry = Extract<AgendaEntry, { kind: 'appointment' }>;

export interface MoveTarget {
  date: string;
  start: string;
  end: string;
}

/** Pixels for a quarter of an hour. */
const QUARTER_PX = 14;
const MEETING_MINUTES = 90;
const DEFAULT_HOURS = { from: 8, to: 19 };

const startOf = (entry: Timed) => minutesOf(entry.kind === 'appointment' ? entry.start : entry.time);
const endOf = (entry: Timed) => (entry.kind === 'appointment' ? minutesOf(entry.end) : startOf(entry) + MEETING_MINUTES);

export function isTimed(entry: AgendaEntry): entry is Timed {
  return entry.kind === 'appointment' || (entry.kind === 'meeting' && entry.time !== '');
}

/** Side-by-side lanes for entries of one day whose times overlap. */
function lanes(entries: readonly Timed[]): Map<string, { lane: number; of: number }> {
  const sorted = [...entries].sort((a, b) => startOf(a) - startOf(b));
  const placed = new Map<string, { lane: number; of: number }>();
  let group: Timed[] = [];
  let groupEnd = -1;
  const laneEnds: number[] = [];
  const close = () => {
    for (const entry of group) placed.set(entry.key, { lane: placed.get(entry.key)?.lane ?? 0, of: Math.max(laneEnds.length, 1) });
    group = [];
    laneEnds.length = 0;
  };
  for (const entry of sorted) {
    if (startOf(entry) >= groupEnd) close();
    let lane = laneEnds.findIndex((end) => end <= startOf(entry));
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = endOf(entry);
    placed.set(entry.key, { lane, of: 1 });
    group.push(entry);
    groupEnd = Math.max(groupEnd, endOf(entry));
  }
  close();
  return placed;
}

/** A move of `entry` by the arrow key pressed, or undefined for another key. */
export function keyMove(entry: AppointmentEntry, key: string): MoveTarget | undefined {
  const length = minutesOf(entry.end) - minutesOf(entry.start);
  const shift = (days: number, minutes: number): MoveTarget | undefined => {
    const start = minutesOf(entry.start) + minutes;
    if (start < 0 || start + length > 24 * 60 - 1) return undefined;
    return { date: addDaysIso(entry.date, days), start: timeOf(start), end: timeOf(start + length) };
  };
  if (key === 'ArrowUp') return shift(0, -15);
  if (key === 'ArrowDown') return shift(0, 15);
  if (key === 'ArrowLeft') return shift(-1, 0);
  if (key === 'ArrowRight') return shift(1, 0);
  return undefined;
}

interface Props {
  days: readonly string[];
  entries: readonly AgendaEntry[];
  dayLabel: (day: string) => string;
  today: string;
  onMove: (entry: AppointmentEntry, to: MoveTarget) => void;
}

export function WeekGrid({ days, entries, dayLabel, today, onMove }: Props) {
  const { t } = useTranslation();
  const dragged = useRef<AppointmentEntry | null>(null);
  const timed = entries.filter(isTimed);
  const from = Math.min(DEFAULT_HOURS.from, ...timed.map((entry) => Math.floor(startOf(entry) / 60)));
  const to = Math.max(DEFAULT_HOURS.to, ...timed.map((entry) => Math.ceil(endOf(entry) / 60)));
  const hours = Array.from({ length: to - from }, (_, index) => from + index);
  const height = (to - from) * 4 * QUARTER_PX;

  const dropOn = (day: string) => (event: DragEvent<HTMLDivElement>) => {
    const entry = dragged.current;
    dragged.current = null;
    if (!entry) return;
    event.preventDefault();
    const offset = event.clientY - event.currentTarget.getBoundingClientRect().top;
    const length = minutesOf(entry.end) - minutesOf(entry.start);
    // The quarter of an hour under the pointer, kept within the day.
    const start = Math.min(Math.max(from * 60 + Math.floor(offset / QUARTER_PX) * 15, 0), 24 * 60 - 1 - length);
    onMove(entry, { date: day, start: timeOf(start), end: timeOf(start + length) });
  };

  const onKey = (entry: AppointmentEntry) => (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = keyMove(entry, event.key);
    if (!target) return;
    // Taken here: the screen's own arrows (previous and next week) must not see it.
    event.preventDefault();
    event.stopPropagation();
    if (!entry.cancelled) onMove(entry, target);
  };

  return (
    <div className="week-grid" role="group" aria-label={t('agenda.timeGrid')}>
      <div className="week-grid-head" aria-hidden="true">
        <span />
        {days.map((day) => (
          <span key={day} className={day === today ? 'today' : undefined}>
            {dayLabel(day)}
          </span>
        ))}
      </div>
      <div className="week-grid-body">
        <div className="week-grid-hours" style={{ height }} aria-hidden="true">
          {hours.map((hour) => (
            <span key={hour} style={{ top: (hour - from) * 4 * QUARTER_PX }}>
              {`${String(hour).padStart(2, '0')}:00`}
            </span>
          ))}
        </div>
        {days.map((day) => {
          const ofDay = timed.filter((entry) => entry.date === day);
          const placed = lanes(ofDay);
          return (
            <div
              key={day}
              className={`week-grid-day${day === today ? ' today' : ''}`}
              style={{ height, backgroundSize: `100% ${4 * QUARTER_PX}px` }}
              data-day={day}
              onDragOver={(event) => dragged.current && event.preventDefault()}
              onDrop={dropOn(day)}
            >
              <ul aria-label={dayLabel(day)}>
                {ofDay.map((entry) => {
                  const place = placed.get(entry.key) ?? { lane: 0, of: 1 };
                  const style = { top: (startOf(entry) - from * 60) * (QUARTER_PX / 15), height: Math.max((endOf(entry) - startOf(entry)) * (QUARTER_PX / 15), 2 * QUARTER_PX), left: `${(place.lane / place.of) * 100}%`, width: `${100 / place.of}%` };
                  const names = entry.workers.map((worker) => worker.name).join(', ');
                  if (entry.kind === 'meeting') {
                    return (
                      <li key={entry.key} className="week-block agenda-entry agenda-meeting" data-testid="agenda-entry" style={style}>
                        <Link to="/meetings">
                          <span className="week-block-time">{entry.time}</span>
                          {t('agenda.kinds.meeting')} · {entry.employerName}
                          {names && ` · ${names}`}
                        </Link>
                      </li>
                    );
                  }
                  const classes = ['week-block', 'agenda-entry', 'agenda-appointment', entry.cancelled ? 'cancelled' : '', !entry.cancelled && entry.conflicts.length > 0 ? 'conflict' : ''].filter(Boolean).join(' ');
                  return (
                    <li key={entry.key} className={classes} data-testid="agenda-entry" style={style}>
                      <Link
                        to={`/agenda/appointments/${entry.appointmentId}`}
                        data-appointment-id={entry.appointmentId}
                        draggable={!entry.cancelled}
                        aria-describedby="agenda-move-hint"
                        aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight"
                        title={[t('agenda.timeRange', { start: entry.start, end: entry.end }), t(`agenda.types.${entry.type}`), names, entry.employerName].filter(Boolean).join(' · ')}
                        onDragStart={(event) => {
                          dragged.current = entry;
                          event.dataTransfer.effectAllowed = 'move';
                          event.dataTransfer.setData('text/plain', entry.appointmentId);
                        }}
                        onDragEnd={() => (dragged.current = null)}
                        onKeyDown={onKey(entry)}
                      >
                        <span className="week-block-time">{t('agenda.timeRange', { start: entry.start, end: entry.end })}</span>
                        {t(`agenda.types.${entry.type}`)}
                        {names && ` · ${names}`}
                        {entry.employerName && ` · ${entry.employerName}`} <EntryMarks entry={entry} />
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  );
}
