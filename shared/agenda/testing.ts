// An agenda input for the agenda's tests: the workers given, nothing else unless overridden.
import type { AgendaInput } from './types';

export function agendaInput(workers: AgendaInput['workers'], overrides: Partial<AgendaInput> = {}): AgendaInput {
  return { workers, appointments: [], employerContacts: [], interviews: [], plans: [], meetings: [], candidacies: [], stageChanges: [], placements: [], ...overrides };
}
