// Fixtures for the GDPR unit tests: one fully filled worker file and an event builder.
import type { DomainEvent, EventPayload } from '../domain/events';
import { workerSchema, type Worker, type WorkerInput } from '../domain/worker';
import { computeCodiceFiscale } from '../validation/codiceFiscale';

export const WORKER_ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

const PERSON = { surname: 'Bianchini', name: 'Lorella', birthDate: '1968-05-14', sex: 'F', birthplaceCode: 'D612' } as const;

/**
 * A placed worker with every field filled, optional ones included. The codice fiscale follows
 * the personal data (overrides included) unless it is overridden itself.
 */
export function fullWorker(overrides: Partial<WorkerInput> = {}): Worker {
  const person = { ...PERSON, ...overrides };
  return workerSchema.parse({
    ...PERSON,
    codiceFiscale: computeCodiceFiscale({ surname: person.surname, name: person.name, birthDate: person.birthDate, sex: person.sex, birthplaceCode: person.birthplaceCode }),
    residenceCode: 'M321',
    address: 'Via del Ferro 12',
    phone: '+39 333 123 4567',
    email: 'lorella.b@example.org',
    enrolmentDate: '2019-01-15',
    privacyConsentDate: '2019-01-10',
    consentWithdrawnOn: '2019-12-20',
    profilingBand: 'high',
    profilingDate: '2019-01-08',
    cigsPeriods: [
      { start: '2019-01-01', end: '2019-12-31', cause: 'cessazione' },
      { start: '2020-01-01', end: '2020-06-30', cause: 'proroga' },
    ],
    primaryTrack: 'relocation',
    secondaryTracks: ['retraining'],
    status: 'placed',
    exitReason: 'placed',
    counselorId: 'counselor-anna',
    formerRole: 'Trafilatrice',
    department: 'Trafileria',
    yearsAtPlant: 22,
    educationLevel: 'lower_secondary',
    licences: ['patente_b', 'forklift'],
    languages: [{ language: 'Rumeno', level: 'B2' }],
    skills: ['trafilatura', 'controllo qualità'],
    notes: 'Livello CCNL: 3',
    commuteLimitKm: 40,
    preferredContracts: ['permanent'],
    refusedContracts: ['occasional'],
    acceptedShifts: ['day', 'two_shifts'],
    availableFrom: '2019-02-01',
    protectedCategory: true,
    protectedCategoryNote: 'Invalidità civile 46%',
    ...overrides,
  } satisfies WorkerInput);
}

let sequence = 0;

/** An event about `subjectId`, recorded in call order (increasing HLC). */
export function event(occurredOn: string, payload: EventPayload, subjectId = WORKER_ID, recordedBy = 'counselor-anna'): DomainEvent {
  sequence += 1;
  const n = String(sequence).padStart(12, '0');
  return {
    id: `0190a1b2-0000-7000-8000-${n}`,
    subjectId,
    occurredOn,
    hlc: `${String(1_560_000_000_000 + sequence).padStart(15, '0')}-0000-device-1`,
    recordedBy,
    deviceId: 'device-1',
    payload,
  };
}

export const created: EventPayload = { kind: 'worker.created' };
export const status = (from: Worker['status'] | null, to: Worker['status'], note = '', exitReason?: Worker['exitReason']): EventPayload => ({
  kind: 'worker.statusChanged',
  from,
  to,
  note,
  ...(exitReason ? { exitReason } : {}),
});
export const consent = (given: boolean): EventPayload => ({ kind: 'worker.consentRecorded', given });
