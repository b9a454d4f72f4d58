import { describe, expect, it } from 'vitest';
import { computeAgenda } from './agenda';
import { periodOf } from './period';
import { agendaInput } from './testing';
import type { AgendaInput, AgendaViewer } from './types';

const ANNA = 'counselor-anna';
const BRUNO = 'counselor-bruno';
const COORDINATOR: AgendaViewer = { role: 'coordinator', counselorId: 'coordinator' };
const AS_ANNA: AgendaViewer = { role: 'counselor', counselorId: ANNA };
const TODAY = '2019-10-16';
const WEEK = periodOf('week', TODAY); // 14–20 October 2019

const WORKERS: AgendaInput['workers'] = [
  { id: 'w1', name: 'Rossi Mario', counselorId: ANNA, status: 'active', cigsEnd: '2020-06-30', awaitingConsent: false },
  { id: 'w2', name: 'Bianchi Lucia', counselorId: BRUNO, status: 'active', cigsEnd: '2020-06-30', awaitingConsent: false },
  { id: 'w3', name: 'Verdi Carlo', counselorId: ANNA, status: 'placed', cigsEnd: '2020-06-30', awaitingConsent: false },
];

const input = (overrides: Partial<AgendaInput> = {}): AgendaInput => agendaInput(WORKERS, overrides);

const kindsAndDates = (entries: ReturnType<typeof computeAgenda>) => entries.map((entry) => `${entry.date} ${entry.kind} ${entry.workers.map((w) => w.name).join('+')}`);

describe('agenda: each kind of entry', () => {
  it('shows interviews held on their day, and for interviews without a follow-up day the first date written in the next steps after it', () => {
    const entries = computeAgenda(
      input({
        interviews: [
          { id: 'i1', workerId: 'w1', occurredOn: '2019-10-01', interviewType: 'skills_assessment', nextSteps: 'Rivedersi il 17/10/2019; poi il 30/10/2019', followUpOn: '' },
          { id: 'i2', workerId: 'w1', occurredOn: '2019-10-15', interviewType: 'follow_up', nextSteps: 'Nessuna data. Riferimento al colloquio del 01/10/2019', followUpOn: '' },
        ],
      }),
      WEEK,
      COORDINATOR,
      TODAY,
    );
    expect(kindsAndDates(entries)).toEqual(['2019-10-15 interview Rossi Mario', '2019-10-17 followUp Rossi Mario']);
    expect(entries[1]).toMatchObject({ kind: 'followUp', interviewOn: '2019-10-01', interviewType: 'skills_assessment' });
  });

  it('shows activities due, flags the overdue ones, and leaves out cancelled ones', () => {
    const entries = computeAgenda(
      input({
        plans: [
          {
            workerId: 'w1',
            activities: [
              { id: 'a1', title: 'Aggiornare il CV', owner: 'Lavoratore', dueDate: '2019-10-14', state: 'planned' },
              { id: 'a2', title: 'Iscrizione al corso', owner: 'Orientatrice', dueDate: '2019-10-15', state: 'done' },
              { id: 'a3', title: 'Visita medica', owner: 'Lavoratore', dueDate: '2019-10-18', state: 'in_progress' },
              { id: 'a4', title: 'Annullata', owner: 'Lavoratore', dueDate: '2019-10-18', state: 'cancelled' },
            ],
          },
        ],
      }),
      WEEK,
      COORDINATOR,
      TODAY,
    );
    expect(entries.map((entry) => (entry.kind === 'activityDue' ? [entry.title, entry.overdue] : []))).toEqual([
      ['Aggiornare il CV', true],
      ['Iscrizione al corso', false],
      ['Visita medica', false],
    ]);
  });

  it('shows meetings at employers with their time and the workers involved, timed entries first', () => {
    const entries = computeAgenda(
      input({
        candidacies: [
          { id: 'c1', workerId: 'w1', employerName: 'Acme' },
          { id: 'c2', workerId: 'w2', employerName: 'Acme' },
        ],
        meetings: [{ id: 'm1', date: '2019-10-17', time: '09:30', employerName: 'Acme Trafilati S.r.l.', place: 'Incisa', candidacyIds: ['c1', 'c2'] }],
        interviews: [{ id: 'i1', workerId: 'w1', occurredOn: '2019-10-17', interviewType: 'guidance', nextSteps: '', followUpOn: '' }],
      }),
      WEEK,
      COORDINATOR,
      TODAY,
    );
    expect(kindsAndDates(entries)).toEqual(['2019-10-17 meeting Rossi Mario+Bianchi Lucia', '2019-10-17 interview Rossi Mario']);
    expect(entries[0]).toMatchObject({ time: '09:30', employerName: 'Acme Trafilati S.r.l.', place: 'Incisa' });
  });

  it('shows the end of a trial 30 days after the latest stage change, only while the candidacy is in trial', () => {
    const entries = computeAgenda(
      input({
        candidacies: [
          { id: 'c1', workerId: 'w1', employerName: 'Acme' },
          { id: 'c2', workerId: 'w2', employerName: 'Beta' },
        ],
        stageChanges: [
          { candidacyId: 'c1', occurredOn: '2019-09-16', hlc: '2', to: 'trial' },
          { candidacyId: 'c1', occurredOn: '2019-09-10', hlc: '1', to: 'meeting_held' },
          { candidacyId: 'c2', occurredOn: '2019-09-16', hlc: '3', to: 'trial' },
          { candidacyId: 'c2', occurredOn: '2019-09-16', hlc: '4', to: 'hired' },
        ],
      }),
      WEEK,
      COORDINATOR,
      TODAY,
    );
    expect(kindsAndDates(entries)).toEqual(['2019-10-16 trialEnd Rossi Mario']);
    expect(entries[0]).toMatchObject({ employerName: 'Acme', trialFrom: '2019-09-16' });
  });

  it('shows fixed-term contracts ending, not open-ended ones', () => {
    const entries = computeAgenda(
      input({
        placements: [
          { id: 'p1', workerId: 'w1', employerName: 'Acme', contractType: 'fixed_term', startDate: '2019-04-20', fixedTermMonths: 6 },
          { id: 'p2', workerId: 'w1', employerName: 'Beta', contractType: 'permanent', startDate: '2019-04-20' },
          { id: 'p3', workerId: 'w2', employerName: 'Gamma', contractType: 'agency_fixed_term', startDate: '2019-07-15', fixedTermMonths: 3 },
        ],
      }),
      WEEK,
      COORDINATOR,
      TODAY,
    );
    expect(kindsAndDates(entries)).toEqual(['2019-10-14 contractEnd Bianchi Lucia', '2019-10-19 contractEnd Rossi Mario']);
  });

  it('shows the end of the wage guarantee for workers still in the programme', () => {
    const workers = input().workers.map((worker) => ({ ...worker, cigsEnd: worker.id === 'w1' ? '' : '2019-10-18' }));
    expect(kindsAndDates(computeAgenda(input({ workers }), WEEK, COORDINATOR, TODAY))).toEqual(['2019-10-18 cigsEnd Bianchi Lucia']);
  });
});

describe('agenda: period boundaries', () => {
  const withActivities = input({
    plans: [
      {
        workerId: 'w1',
        activities: ['2019-10-13', '2019-10-14', '2019-10-20', '2019-10-21'].map((dueDate, index) => ({ id: `a${index}`, title: dueDate, owner: 'Lavoratore', dueDate, state: 'planned' as const })),
      },
    ],
  });

  it('a week includes its Monday and its Sunday, and nothing outside', () => {
    expect(computeAgenda(withActivities, WEEK, COORDINATOR, TODAY).map((entry) => entry.date)).toEqual(['2019-10-14', '2019-10-20']);
  });

  it('a day includes only that day', () => {
    expect(computeAgenda(withActivities, periodOf('day', '2019-10-20'), COORDINATOR, TODAY).map((entry) => entry.date)).toEqual(['2019-10-20']);
    expect(computeAgenda(withActivities, periodOf('day', '2019-10-16'), COORDINATOR, TODAY)).toEqual([]);
  });
});

describe('agenda: scope', () => {
  const shared = input({
    interviews: [
      { id: 'i1', workerId: 'w1', occurredOn: '2019-10-15', interviewType: 'intake', nextSteps: '', followUpOn: '' },
      { id: 'i2', workerId: 'w2', occurredOn: '2019-10-15', interviewType: 'intake', nextSteps: '', followUpOn: '' },
    ],
    candidacies: [
      { id: 'c1', workerId: 'w1', employerName: 'Acme' },
      { id: 'c2', workerId: 'w2', employerName: 'Acme' },
    ],
    meetings: [
      { id: 'm1', date: '2019-10-17', time: '', employerName: 'Acme', place: '', candidacyIds: ['c1', 'c2'] },
      { id: 'm2', date: '2019-10-18', time: '', employerName: 'Beta', place: '', candidacyIds: ['c2'] },
      { id: 'm3', date: '2019-10-18', time: '', employerName: 'Gamma', place: '', candidacyIds: [] },
    ],
  });

  it('a counselor sees only their caseload, and only their own workers at a shared meeting', () => {
    expect(kindsAndDates(computeAgenda(shared, WEEK, AS_ANNA, TODAY))).toEqual(['2019-10-15 interview Rossi Mario', '2019-10-17 meeting Rossi Mario']);
  });

  it('the coordinator sees everything, meetings without candidates included', () => {
    expect(kindsAndDates(computeAgenda(shared, WEEK, COORDINATOR, TODAY))).toEqual([
      '2019-10-15 interview Bianchi Lucia',
      '2019-10-15 interview Rossi Mario',
      '2019-10-17 meeting Rossi Mario+Bianchi Lucia',
      '2019-10-18 meeting ',
      '2019-10-18 meeting Bianchi Lucia',
    ]);
  });
});
