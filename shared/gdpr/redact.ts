// What an event keeps after its worker's personal data is erased: its kind, dates and codes
// (the reports count them), never free text that may describe the person.
import type { EventPayload } from '../domain/events';

export function redactPayload(payload: EventPayload): EventPayload {
  switch (payload.kind) {
    case 'worker.statusChanged':
      return { ...payload, note: '' };
    case 'worker.interviewHeld':
      return { ...payload, place: '', participants: '', notes: '', outcomes: '', nextSteps: '', skillsFound: [] };
    case 'employer.contactLogged':
      return { ...payload, outcome: '', note: '' };
    case 'candidacy.stageChanged':
      return { ...payload, reason: '' };
    case 'course.ended':
      return { ...payload, note: '' };
    case 'worker.created':
    case 'worker.consentRecorded':
    case 'worker.placed':
    case 'course.attendance':
    case 'programme.cigsPeriodsChanged':
      return payload;
  }
}
