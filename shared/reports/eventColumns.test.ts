import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANDIDACY_STAGES } from '../domain/casework';
import { CONTRACT_TYPES, INCENTIVES, INTERVIEW_TYPES, WORKER_STATUSES } from '../domain/vocabulary';
import { ReportEventColumnsBuilder, reportEventColumns } from './eventColumns';
import type { ReportEvent, ReportPayload } from './reportEvent';

const text = fc.string({ maxLength: 40 });
const day = fc.date({ min: new Date('2018-01-01'), max: new Date('2021-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const payload: fc.Arbitrary<ReportPayload> = fc.oneof(
  fc.record({ kind: fc.constant('worker.statusChanged' as const), from: fc.option(fc.constantFrom(...WORKER_STATUSES), { nil: null }), to: fc.constantFrom(...WORKER_STATUSES) }),
  fc.record({ kind: fc.constant('candidacy.stageChanged' as const), from: fc.option(fc.constantFrom(...CANDIDACY_STAGES), { nil: null }), to: fc.constantFrom(...CANDIDACY_STAGES) }),
  fc.record({ kind: fc.constant('worker.interviewHeld' as const), interviewType: fc.constantFrom(...INTERVIEW_TYPES), durationMinutes: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ kind: fc.constant('course.attendance' as const), hours: fc.double({ min: 0.5, max: 12, noNaN: true }) }),
  fc.record({ kind: fc.constant('course.ended' as const), outcome: fc.constantFrom('completed' as const, 'dropped' as const), certificate: fc.boolean() }),
  fc.record(
    {
      kind: fc.constant('worker.placed' as const),
      employerId: fc.uuid(),
      offerId: fc.uuid(),
      contractType: fc.constantFrom(...CONTRACT_TYPES),
      startDate: day,
      fixedTermMonths: fc.integer({ min: 1, max: 36 }),
      incentive: fc.constantFrom(...INCENTIVES),
    },
    { requiredKeys: ['kind', 'employerId', 'contractType', 'startDate', 'incentive'] },
  ),
);

const reportEvent: fc.Arbitrary<ReportEvent> = fc.record({ id: fc.oneof(fc.constant(''), fc.uuid()), subjectId: fc.oneof(fc.uuid(), text), occurredOn: day, hlc: text, payload });

describe('report event columns', () => {
  it('give back every event as it was added, in order, each time they are read', () => {
    fc.assert(
      fc.property(fc.array(reportEvent, { maxLength: 60 }), (events) => {
        const columns = reportEventColumns(events);
        expect(columns.length).toBe(events.length);
        expect([...columns]).toEqual(events);
        expect([...columns]).toEqual(events);
        events.forEach((event, row) => expect(columns.at(row)).toEqual(event));
      }),
    );
  });

  it('grow past their first capacity without losing a row', () => {
    const builder = new ReportEventColumnsBuilder();
    const events: ReportEvent[] = Array.from({ length: 5000 }, (_, n) => ({ id: '', subjectId: `enrolment-${n % 37}`, occurredOn: '2019-03-04', hlc: '', payload: { kind: 'course.attendance', hours: (n % 24) / 2 + 0.5 } }));
    for (const event of events) builder.add(event);
    expect(builder.length).toBe(5000);
    const columns = builder.build();
    expect([...columns]).toEqual(events);
    expect(columns.at(4999)).toEqual(events[4999]);
  });

  it('hold nothing when nothing was added', () => {
    expect([...reportEventColumns([])]).toEqual([]);
  });

  it('refuse a row they do not hold, and a builder used after it built', () => {
    const builder = new ReportEventColumnsBuilder();
    const event: ReportEvent = { id: '', subjectId: 'enrolment-1', occurredOn: '2019-03-04', hlc: '', payload: { kind: 'course.attendance', hours: 4 } };
    builder.add(event);
    const columns = builder.build();
    expect(() => columns.at(1)).toThrow(RangeError);
    expect(() => columns.at(-1)).toThrow(RangeError);
    expect(() => builder.add(event)).toThrow(/after build/);
    expect([...columns]).toEqual([event]);
  });
});
