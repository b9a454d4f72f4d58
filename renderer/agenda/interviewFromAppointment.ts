// "Registra colloquio" from an appointment: the worker's file opens with the interview form
// prefilled from it (day, kind, place). What travels is the navigation state below; once the
// interview is saved the appointment is linked to it (and the agenda shows it once).
import type { Appointment } from '../../shared/domain/appointment';
import { interviewTypeSchema } from '../../shared/domain/vocabulary';
import type { InterviewType } from '../../shared/agenda/types';

export interface InterviewFromAppointment {
  readonly appointmentId: string;
  readonly occurredOn: string;
  readonly interviewType: InterviewType | '';
  readonly place: string;
}

export function interviewFromState(appointmentId: string, appointment: Pick<Appointment, 'date' | 'interviewType' | 'place'>): { interviewFrom: InterviewFromAppointment } {
  return { interviewFrom: { appointmentId, occurredOn: appointment.date, interviewType: appointment.interviewType, place: appointment.place } };
}

/** The prefill carried by a navigation's state, if any. */
export function interviewFromOf(state: unknown): InterviewFromAppointment | undefined {
  if (typeof state !== 'object' || state === null || !('interviewFrom' in state)) return undefined;
  const value: unknown = state.interviewFrom;
  if (typeof value !== 'object' || value === null) return undefined;
  const { appointmentId, occurredOn, interviewType, place } = value as Record<string, unknown>;
  if (typeof appointmentId !== 'string' || typeof occurredOn !== 'string') return undefined;
  return { appointmentId, occurredOn, interviewType: interviewTypeSchema.safeParse(interviewType).data ?? '', place: typeof place === 'string' ? place : '' };
}
