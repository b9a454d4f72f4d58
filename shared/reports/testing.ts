// A small programme for the report tests, March 2019, built so that every figure can be worked out
// by hand (the tests spell out the arithmetic). Who is who:
//   w1  relocation, placed 15/03 at E1 (Figline, permanent) after a follow-up; completes a course
//   w2  placed twice: a one-month contract in February, back to active 1/03, hired again 20/03 at E2
//   w3  fixed-term contract ended: placed 10/02 at E3, back to active 10/03; CIGS ends 15/05
//   w4  withdrawn 5/03; CIGS ends 10/04 (no alert: not looking for work)
//   w5  enrolled in March, retraining course, CIGS ends 20/04
//   w6  enrolled in April: outside every March figure
//   w7  self-employment: venture launched 25/03
//   x9  an erased file: a placement on 28/03 at E2 remains, its anonymous row is s1
import type { Course, Enrolment, Meeting, Venture } from '../domain/casework';
import type { Employer } from '../domain/employer';
import type { EventPayload } from '../domain/events';
import { createInterner, toReportEvent, type ReportEvent } from './reportEvent';
import type { Offer } from '../domain/offer';
import type { Worker } from '../domain/worker';
import type { StatisticalRecord } from '../gdpr/statisticalRecord';
import type { Keyed, Period, ReportInput, ReportWorker } from './types';

export const MARCH: Period = { start: '2019-03-01', end: '2019-03-31' };

let sequence = 0;
const intern = createInterner();
/** An event as the app's reader hands it to the reports (only the fields they read). */
export function event(subjectId: string, occurredOn: string, payload: EventPayload): ReportEvent {
  sequence += 1;
  const n = String(sequence).padStart(4, '0');
  const compact = toReportEvent({ id: `ev-${n}`, subjectId, occurredOn, hlc: `${occurredOn}T00:00:00.000Z_${n}_dev`, payload }, intern);
  if (!compact) throw new Error(`${payload.kind} is not read by reports`);
  return compact;
}

function worker(id: string, fields: Partial<Worker> & Pick<Worker, 'enrolmentDate' | 'sex' | 'birthDate' | 'primaryTrack' | 'status' | 'formerRole' | 'educationLevel' | 'counselorId'>, cigsEnd = '2019-12-31'): ReportWorker {
  const data: Worker = {
    surname: `Cognome ${id}`,
    name: `Nome ${id}`,
    codiceFiscale: 'RSSMRA70A01D612X',
    birthplaceCode: 'D612',
    residenceCode: 'M321',
    address: '',
    phone: '',
    email: '',
    cigsPeriods: [],
    secondaryTracks: [],
    department: '',
    licences: [],
    languages: [],
    skills: [],
    preferredContracts: [],
    refusedContracts: [],
    acceptedShifts: [],
    protectedCategory: false,
    protectedCategoryNote: '',
    privacyConsentDate: undefined,
    exitReason: undefined,
    availableFrom: undefined,
    profilingBand: undefined,
    profilingDate: undefined,
    ...fields,
  };
  // Every worker of the fixture joined with a consent on the day they enrolled.
  return { id, data, cigsEnd, participantSince: data.enrolmentDate ?? '' };
}

const status = (id: string, on: string, from: Worker['status'] | null, to: Worker['status']) => event(id, on, { kind: 'worker.statusChanged', from, to, note: '' });
const placed = (id: string, on: string, employerId: string, contractType: 'permanent' | 'fixed_term', extra: { offerId?: string; fixedTermMonths?: number } = {}) =>
  event(id, on, { kind: 'worker.placed', employerId, contractType, startDate: on, incentive: 'none', ...extra });
const interview = (id: string, on: string, interviewType: 'intake' | 'skills_assessment' | 'follow_up') =>
  event(id, on, { kind: 'worker.interviewHeld', interviewType, durationMinutes: 60, place: '', participants: '', notes: '', outcomes: '', nextSteps: '', skillsFound: [] });
const stage = (candidacyId: string, on: string, to: 'proposed' | 'cv_sent' | 'meeting_scheduled' | 'meeting_held' | 'trial' | 'hired' | 'rejected_by_employer' | 'withdrawn') =>
  event(candidacyId, on, { kind: 'candidacy.stageChanged', from: null, to, reason: '' });

function employer(id: string, comuneCode: string, section: string, code: string): Keyed<Employer> {
  return { id, data: { legalName: `Azienda ${id}`, partitaIva: '00000000000', ateco: { code, section, version: '2007', description: '' }, comuneCode, address: '', contactName: '', phone: '', email: '' } };
}

function offer(id: string, employerId: string, comuneCode: string, receivedOn: string, positions: number): Keyed<Offer> {
  return {
    id,
    data: { employerId, role: 'Operaio', description: '', positions, comuneCode, contractType: 'permanent', shifts: [], hard: { licences: [], requiredSkills: [] }, soft: { preferredSkills: [] }, source: 'employer_contact', receivedOn, state: 'open', deadline: undefined },
  };
}

const meeting = (id: string, employerId: string, date: string, heldOn: string | undefined, candidacyIds: string[]): Keyed<Meeting> => ({ id, data: { employerId, date, time: '', place: '', candidacyIds, notes: '', heldOn } });
const venture = (id: string, workerId: string, launchedOn?: string): Keyed<Venture> => ({ id, data: { workerId, idea: 'Officina', milestones: launchedOn ? [{ kind: 'launch', doneOn: launchedOn }] : [{ kind: 'business_plan', doneOn: '2019-02-01' }], funding: [] } });
const enrolment = (id: string, workerId: string, enrolledOn: string): Keyed<Enrolment> => ({ id, data: { courseId: 'K1', workerId, enrolledOn } });

export const ERASED_STATISTICS: StatisticalRecord = {
  id: 's1',
  enrolmentMonth: '2019-01',
  exitMonth: '2019-03',
  exitReason: 'placed',
  finalStatus: 'placed',
  primaryTrack: 'outplacement',
  secondaryTracks: [],
  sex: 'F',
  ageBandAtEnrolment: '50-54',
  educationLevel: 'primary',
  formerRole: 'Impiegata amministrativa',
  residenceCode: 'M321',
  statusHistory: [
    { from: null, to: 'active', month: '2019-01' },
    { from: 'active', to: 'placed', month: '2019-03' },
  ],
};

export function marchInput(): ReportInput {
  const common = { counselorId: 'c1', educationLevel: 'lower_secondary', formerRole: 'Operaio trafilatura' } as const;
  const course: Keyed<Course> = { id: 'K1', data: { provider: 'Ente', title: 'Saldatura', hours: 40, startDate: '2019-02-01', endDate: '2019-04-30', funding: 'regional_voucher', qualification: '', teachesSkills: [], teachesLicences: [] } };
  return {
    programme: { name: 'PCO di prova', siteCode: 'M321', cigsPeriods: [{ start: '2019-01-01', end: '2019-12-31', cause: 'cessazione' }] },
    workers: [
      worker('w1', { ...common, enrolmentDate: '2019-01-10', sex: 'F', birthDate: '1970-05-01', primaryTrack: 'relocation', secondaryTracks: ['retraining'], status: 'placed', educationLevel: 'upper_secondary' }),
      worker('w2', { ...common, enrolmentDate: '2019-01-15', sex: 'M', birthDate: '1965-02-01', primaryTrack: 'relocation', status: 'placed' }, '2019-06-10'),
      worker('w3', { ...common, counselorId: 'c2', enrolmentDate: '2019-01-20', sex: 'M', birthDate: '1985-07-10', primaryTrack: 'outplacement', status: 'active', formerRole: 'Manutentore meccanico', educationLevel: 'vocational_qualification' }, '2019-05-15'),
      worker('w4', { ...common, counselorId: 'c2', enrolmentDate: '2019-01-10', sex: 'F', birthDate: '1960-01-01', primaryTrack: 'reindustrialisation', status: 'withdrawn', exitReason: 'resignation' }, '2019-04-10'),
      worker('w5', { ...common, enrolmentDate: '2019-03-04', sex: 'M', birthDate: '1995-06-01', primaryTrack: 'retraining', status: 'active', formerRole: 'Addetto qualità', educationLevel: 'its' }, '2019-04-20'),
      worker('w6', { ...common, enrolmentDate: '2019-04-02', sex: 'M', birthDate: '1980-01-01', primaryTrack: 'relocation', status: 'placed' }, '2019-04-15'),
      worker('w7', { ...common, enrolmentDate: '2019-01-12', sex: 'M', birthDate: '1975-08-01', primaryTrack: 'self_employment', status: 'self_employed', formerRole: 'Carrellista' }, '2019-05-01'),
    ],
    erasedWorkerIds: ['x9'],
    events: [
      status('w1', '2019-01-10', null, 'active'),
      status('w1', '2019-03-15', 'active', 'placed'),
      placed('w1', '2019-03-15', 'E1', 'permanent', { offerId: 'O1' }),
      status('w2', '2019-01-15', null, 'active'),
      status('w2', '2019-02-01', 'active', 'placed'),
      placed('w2', '2019-02-01', 'E2', 'fixed_term', { fixedTermMonths: 1 }),
      status('w2', '2019-03-01', 'placed', 'active'),
      status('w2', '2019-03-20', 'active', 'placed'),
      placed('w2', '2019-03-20', 'E2', 'fixed_term', { offerId: 'O2', fixedTermMonths: 12 }),
      status('w3', '2019-01-20', null, 'active'),
      placed('w3', '2019-02-10', 'E3', 'fixed_term', { fixedTermMonths: 1 }),
      status('w3', '2019-02-10', 'active', 'placed'),
      status('w3', '2019-03-10', 'placed', 'active'),
      status('w4', '2019-01-10', null, 'active'),
      status('w4', '2019-03-05', 'active', 'withdrawn'),
      // w5 was typed in after the fact: their only status event is dated the day of typing.
      status('w5', '2019-04-30', null, 'active'),
      status('w6', '2019-04-02', null, 'active'),
      placed('w6', '2019-04-10', 'E1', 'permanent'),
      status('w7', '2019-01-12', null, 'active'),
      status('w7', '2019-03-25', 'active', 'self_employed'),
      placed('x9', '2019-03-28', 'E2', 'permanent'),
      interview('w2', '2019-01-16', 'intake'),
      interview('w5', '2019-03-05', 'intake'),
      interview('w3', '2019-03-12', 'follow_up'),
      interview('w1', '2019-03-01', 'follow_up'),
      interview('w3', '2019-03-20', 'skills_assessment'),
      stage('C1', '2019-03-06', 'proposed'),
      stage('C1', '2019-03-07', 'cv_sent'),
      stage('C1', '2019-03-08', 'meeting_scheduled'),
      stage('C1', '2019-03-12', 'meeting_held'),
      stage('C1', '2019-03-15', 'hired'),
      stage('C2', '2019-03-08', 'proposed'),
      stage('C2', '2019-03-14', 'meeting_held'),
      stage('C2', '2019-03-16', 'trial'),
      stage('C2', '2019-03-20', 'hired'),
      stage('C3', '2019-03-07', 'proposed'),
      stage('C3', '2019-03-09', 'cv_sent'),
      stage('C3', '2019-03-12', 'meeting_held'),
      stage('C3', '2019-03-13', 'rejected_by_employer'),
      stage('C4', '2019-02-12', 'proposed'),
      stage('C4', '2019-02-20', 'withdrawn'),
      event('EN1', '2019-03-07', { kind: 'course.attendance', hours: 4 }),
      event('EN1', '2019-03-14', { kind: 'course.attendance', hours: 4 }),
      event('EN1', '2019-04-02', { kind: 'course.attendance', hours: 4 }),
      event('EN2', '2019-03-07', { kind: 'course.attendance', hours: 3 }),
      event('EN2', '2019-03-28', { kind: 'course.ended', outcome: 'completed', certificate: true, note: '' }),
    ],
    offers: [offer('O1', 'E1', 'M321', '2019-03-05', 2), offer('O2', 'E2', 'H222', '2019-03-20', 1), offer('O3', 'E3', 'A390', '2019-02-10', 1)],
    employers: [employer('E1', 'M321', 'C', '25.93'), employer('E2', 'H222', 'G', '46.69'), employer('E3', 'A390', 'H', '49.41')],
    candidacies: [
      { id: 'C1', data: { workerId: 'w1', offerId: 'O1', proposedOn: '2019-03-06' } },
      { id: 'C2', data: { workerId: 'w2', offerId: 'O2', proposedOn: '2019-03-08' } },
      { id: 'C3', data: { workerId: 'w3', offerId: 'O1', proposedOn: '2019-03-07' } },
      { id: 'C4', data: { workerId: 'w3', offerId: 'O3', proposedOn: '2019-02-12' } },
    ],
    meetings: [meeting('M1', 'E1', '2019-03-12', '2019-03-12', ['C1', 'C3']), meeting('M2', 'E2', '2019-03-14', '2019-03-14', ['C2']), meeting('M3', 'E1', '2019-04-05', undefined, [])],
    courses: [course],
    enrolments: [enrolment('EN1', 'w5', '2019-03-06'), enrolment('EN2', 'w1', '2019-02-01')],
    ventures: [venture('V1', 'w7', '2019-03-25'), venture('V2', 'w4')],
    statistics: [ERASED_STATISTICS],
  };
}
