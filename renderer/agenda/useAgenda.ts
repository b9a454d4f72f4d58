// The agenda's data for the screens that show it (the agenda, an appointment, Oggi, the menu's
// counter): the reader and the appointment repository of this unlock, and the live input.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AgendaInput, AgendaViewer } from '../../shared/agenda/types';
import { useServices, type Services } from '../app/services';
import { useRepository } from '../app/useRepository';
import { createAgendaReader, type AgendaReader } from './agendaReader';
import { createAppointmentRepository, type AppointmentRepository } from './appointmentRepository';

// One reader per unlock, shared by the screens and the menu's counter, so that the events it has
// opened are opened once; dropped with the services when the app locks.
const readers = new WeakMap<Services, AgendaReader>();

function readerOf(services: Services): AgendaReader {
  const known = readers.get(services);
  if (known) return known;
  const reader = createAgendaReader(services.db, services.session, services.codec, services.workers);
  readers.set(services, reader);
  return reader;
}

export function useAgendaReader(): AgendaReader {
  return useRepository(readerOf);
}

export function useAppointments(): AppointmentRepository {
  return useRepository((s) => createAppointmentRepository(s.db, s.session, s.codec));
}

/** Everything the agenda is computed from, kept live; undefined while loading. */
export function useAgendaInput(): AgendaInput | undefined {
  const reader = useAgendaReader();
  return useLiveQuery(() => reader.load(), [reader]);
}

/** What `day`'s Oggi digest is computed from, kept live; undefined while loading. */
export function useTodayInput(day: string): AgendaInput | undefined {
  const reader = useAgendaReader();
  return useLiveQuery(() => reader.today(day), [reader, day]);
}

/** Whose agenda: the session's own, or for the coordinator one counselor's (`counselorId`). */
export function useViewer(counselorId: string | null): AgendaViewer {
  const { session } = useServices();
  if (session.role === 'coordinator' && counselorId) return { role: 'counselor', counselorId };
  return { role: session.role, counselorId: session.counselorId };
}
