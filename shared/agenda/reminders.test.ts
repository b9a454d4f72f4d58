import { describe, expect, it } from 'vitest';
import { computeAgenda } from './agenda';
import { computeToday, todayCount } from './today';
import { periodOf } from './period';
import { agendaInput } from './testing';
import type { AgendaAppointment, AgendaInput, AgendaViewer } from './types';

const ANNA = 'counselor-anna';
const BRUNO = 'counselor-bruno';
const COORDINATOR: AgendaViewer = { role: 'coordinator', counselorId: 'coordinator' };
const AS_ANNA: AgendaViewer = { role: 'counselor', counselorId: ANNA };
const TODAY = '2019-10-16';
const WEEK = periodOf('week', TODAY);

const appointment = (id: string, more: Partial<AgendaAppointment> = {}): AgendaAppointment => ({
  id,
  date: TODAY,
  start: '09:00',
  end: '10:00',
  type: 'interview',
  interviewType: '',
  place: '',
  workerIds: ['w1'],
  employerId: '',
  employerName: '',
  counselorId: ANNA,
  cancelledOn: '',
  interviewId: '',
  ...more,
});

const WORKERS: AgendaInput['workers'] = [
  { id: 'w1', name: 'Rossi Mario', counselorId: ANNA, status: 'active', cigsEnd: '2019-11-10', awaitingConsent: false },
  { id: 'w2', name: 'Bianchi Lucia', counselorId: BRUNO, status: 'active', cigsEnd: '2019-12-31', awaitingConsent: true },
  { id: 'w3', name: 'Verdi Carlo', counselorId: ANNA, status: 'active', cigsEnd: '2020-06-30', awaitingConsent: true },
];

const input = (overrides: Partial<AgendaInput> = {}): AgendaInput => agendaInput(WORKERS, overrides);

describe('agenda: appointments', () => {
  it('shows them with their times, marks overlaps of the same counselor, and keeps cancelled ones marked', () => {
    const entries = computeAgenda(
      input({
        appointments: [
          appointment('a1', { start: '09:00', end: '10:00' }),
          appointment('a2', { start: '09:30', end: '10:30', workerIds: ['w3'] }),
          appointment('a3', { start: '09:30', end: '10:30', counselorId: BRUNO, workerIds: ['w2'] }),
          appointment('a4', { start: '08:00', end: '08:30', cancelledOn: '2019-10-10' }),
        ],
      }),
      WEEK,
      COORDINATOR,
      TODAY,
    );
    expect(entries.map((entry) => (entry.kind === 'appointment' ? `${entry.start} ${entry.appointmentId} [${entry.conflicts.join()}]${entry.cancelled ? ' cancelled' : ''}` : entry.kind))).toEqual([
      '08:00 a4 [] cancelled',
      '09:00 a1 [a2]',
      // Same time: by the first worker's name.
      '09:30 a3 []',
      '09:30 a2 [a1]',
    ]);
  });

  it('shows a counselor their own appointments and those naming their workers, counting the workers they may not see', () => {
    const appointments = [
      appointment('own', { workerIds: [], type: 'other' }),
      appointment('theirs', { counselorId: BRUNO, workerIds: ['w1', 'w2'] }),
      appointment('other', { counselorId: BRUNO, workerIds: ['w2'] }),
    ];
    const entries = computeAgenda(input({ appointments }), periodOf('day', TODAY), AS_ANNA, TODAY);
    expect(entries.map((entry) => (entry.kind === 'appointment' ? `${entry.appointmentId} ${entry.workers.map((w) => w.name).join()} +${entry.hiddenWorkers}` : ''))).toEqual(['own  +0', 'theirs Rossi Mario +1']);
  });

  it('does not show an interview recorded from an appointment a second time', () => {
    const entries = computeAgenda(
      input({
        appointments: [appointment('a1', { date: '2019-10-15', interviewId: 'i1' })],
        interviews: [{ id: 'i1', workerId: 'w1', occurredOn: '2019-10-15', interviewType: 'intake', nextSteps: '', followUpOn: '' }],
      }),
      WEEK,
      COORDINATOR,
      TODAY,
    );
    expect(entries.map((entry) => entry.kind)).toEqual(['appointment']);
  });
});

describe('agenda: follow-ups and call-backs', () => {
  it('puts the follow-up day of an interview in the agenda, late until a later interview', () => {
    const interviews = [{ id: 'i1', workerId: 'w1', occurredOn: '2019-10-01', interviewType: 'intake' as const, nextSteps: 'Rivedersi il 30/10/2019', followUpOn: '2019-10-14' }];
    const [late] = computeAgenda(input({ interviews }), WEEK, COORDINATOR, TODAY).filter((entry) => entry.kind === 'followUp');
    // The field wins over a date in the text.
    expect(late).toMatchObject({ date: '2019-10-14', overdue: true, done: false, interviewOn: '2019-10-01' });
    const later = [...interviews, { id: 'i2', workerId: 'w1', occurredOn: '2019-10-15', interviewType: 'follow_up' as const, nextSteps: '', followUpOn: '' }];
    const [done] = computeAgenda(input({ interviews: later }), WEEK, COORDINATOR, TODAY).filter((entry) => entry.kind === 'followUp');
    expect(done).toMatchObject({ date: '2019-10-14', overdue: false, done: true });
  });

  it('puts an employer’s call-back day in the agenda of who logged the contact, late until the next contact', () => {
    const employerContacts = [
      { id: 'k1', employerId: 'e1', employerName: 'Acme', occurredOn: '2019-08-14', callBackOn: '2019-10-14', counselorId: ANNA },
      { id: 'k2', employerId: 'e2', employerName: 'Beta', occurredOn: '2019-08-14', callBackOn: '2019-10-15', counselorId: ANNA },
      { id: 'k3', employerId: 'e2', employerName: 'Beta', occurredOn: '2019-09-01', callBackOn: '', counselorId: BRUNO },
      { id: 'k4', employerId: 'e3', employerName: 'Gamma', occurredOn: '2019-09-01', callBackOn: '2019-10-17', counselorId: BRUNO },
    ];
    const entries = computeAgenda(input({ employerContacts }), WEEK, AS_ANNA, TODAY);
    expect(entries.map((entry) => (entry.kind === 'callBack' ? `${entry.date} ${entry.employerName} ${entry.overdue ? 'late' : ''}${entry.done ? 'done' : ''}` : ''))).toEqual(['2019-10-14 Acme late', '2019-10-15 Beta done']);
    expect(computeAgenda(input({ employerContacts }), WEEK, COORDINATOR, TODAY).filter((entry) => entry.kind === 'callBack')).toHaveLength(3);
  });
});

describe('Oggi', () => {
  const busy = input({
    appointments: [appointment('a1', { start: '11:00', end: '12:00' }), appointment('a0', { start: '08:00', end: '08:30', cancelledOn: '2019-10-15' }), appointment('tomorrow', { date: '2019-10-17' })],
    interviews: [
      { id: 'i1', workerId: 'w1', occurredOn: '2019-06-01', interviewType: 'intake', nextSteps: '', followUpOn: '2019-07-01' },
      { id: 'i2', workerId: 'w3', occurredOn: '2019-10-01', interviewType: 'intake', nextSteps: '', followUpOn: TODAY },
    ],
    plans: [
      {
        workerId: 'w1',
        activities: [
          { id: 'p1', title: 'Aggiornare il CV', owner: 'Lavoratore', dueDate: '2019-09-30', state: 'planned' },
          { id: 'p2', title: 'Fatta', owner: 'Lavoratore', dueDate: '2019-09-30', state: 'done' },
        ],
      },
    ],
  });

  it('gathers today’s appointments, what is due today, what is late, CIGS ending within 30 days and consents awaited', () => {
    const digest = computeToday(busy, AS_ANNA, TODAY);
    expect(digest.appointments.map((entry) => entry.key)).toEqual(['appointment:a0', 'appointment:a1']);
    expect(digest.dueToday.map((entry) => entry.key)).toEqual(['followUp:i2']);
    expect(digest.overdue.map((entry) => `${entry.date} ${entry.kind}`)).toEqual(['2019-07-01 followUp', '2019-09-30 activityDue']);
    expect(digest.cigsEnding).toEqual([{ id: 'w1', name: 'Rossi Mario', cigsEnd: '2019-11-10' }]);
    expect(digest.awaitingConsent).toEqual([{ id: 'w3', name: 'Verdi Carlo' }]);
    // The cancelled appointment is shown but not counted.
    expect(todayCount(digest)).toBe(4);
  });

  it('gives the coordinator every counselor’s workers', () => {
    expect(computeToday(busy, COORDINATOR, TODAY).awaitingConsent.map((worker) => worker.name)).toEqual(['Bianchi Lucia', 'Verdi Carlo']);
  });
});
