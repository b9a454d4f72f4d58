// The agenda's data for the screens that show it (the agenda, an appointment, Oggi, the menu's
// counter): the reader and the appointment repository of this unlock, and the live input.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AgendaInput, AgendaViewer } from '../../shared/agenda/types';
import { useServices } from '../app/services';
import { useRepository } from '../app/useRepository';
import { createAgendaReader, type AgendaReader } from './agendaReader';
import { createAppointmentRepository, type AppointmentRepository } from './appointmentRepository';

export function useAgendaReader(): AgendaReader {
  return useRepository((s) => createAgendaReader(s.db, s.session, s.codec, s.workers));
}

export function useAppointments(): AppointmentRepository {
  return useRepository((s) => createAppointmentRepository(s.db, s.session, s.codec));
}

/** Everything the agenda is computed from, kept live; undefined while loading. */
export function useAgendaInput(): AgendaInput | undefined {
  const reader = useAgendaReader();
  return useLiveQuery(() => reader.load(), [reader]);
}

/** Whose agenda: the session's own, or for the coordinator one counselor's (`counselorId`). */
export function useViewer(counselorId: string | null): AgendaViewer {
  const { session } = useServices();
  if (session.role === 'coordinator' && counselorId) return { role: 'counselor', counselorId };
  return { role: session.role, counselorId: session.counselorId };
}
