import { describe, expect, it } from 'vitest';
import { appointmentSchema, minutesOf, optionalDaySchema, timeOf, type AppointmentInput } from './appointment';
import { readMessage } from './messages';
import { eventPayloadSchema } from './events';

const WORKER = '018f0000-0000-7000-8000-00000000000a';
const COUNSELOR = '018f0000-0000-7000-8000-0000000000c0';
const EMPLOYER = '018f0000-0000-7000-8000-0000000000e1';
const base: AppointmentInput = { date: '2019-10-15', start: '09:30', end: '10:30', type: 'interview', workerIds: [WORKER], counselorId: COUNSELOR };

const messages = (input: AppointmentInput) => {
  const result = appointmentSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${readMessage(issue.message).key}`);
};

describe('appointment schema', () => {
  it('accepts an interview with a worker and fills the optional fields', () => {
    expect(appointmentSchema.parse(base)).toEqual({ ...base, interviewType: '', place: '', employerId: '', note: '', cancelledOn: '', interviewId: '' });
  });

  it('wants 24-hour times and an end after the start, naming the start', () => {
    expect(messages({ ...base, start: '9:30' })).toEqual(['start: agenda.validation.time']);
    expect(messages({ ...base, end: '24:00' })).toEqual(['end: agenda.validation.time']);
    const result = appointmentSchema.safeParse({ ...base, end: '09:30' });
    expect(result.success).toBe(false);
    expect(readMessage(result.error?.issues[0]?.message ?? '')).toEqual({ key: 'agenda.validation.endBeforeStart', values: { start: '09:30' } });
  });

  it('refuses a day that does not exist', () => {
    expect(messages({ ...base, date: '2019-02-29' })).toEqual(['date: validation.noSuchDay']);
  });

  it('wants a worker for an interview or a lesson, an employer for a company visit, someone to call for a call', () => {
    expect(messages({ ...base, workerIds: [] })).toEqual(['workerIds: agenda.validation.noWorkers']);
    expect(messages({ ...base, type: 'lesson', workerIds: [] })).toEqual(['workerIds: agenda.validation.noWorkers']);
    expect(messages({ ...base, type: 'companyVisit', workerIds: [] })).toEqual(['employerId: agenda.validation.noEmployer']);
    expect(messages({ ...base, type: 'companyVisit', workerIds: [], employerId: EMPLOYER })).toEqual([]);
    expect(messages({ ...base, type: 'phoneCall', workerIds: [] })).toEqual(['workerIds: agenda.validation.noOneToCall']);
    expect(messages({ ...base, type: 'phoneCall', workerIds: [], employerId: EMPLOYER })).toEqual([]);
    expect(messages({ ...base, type: 'other', workerIds: [] })).toEqual([]);
  });

  it('names the limit of workers and of the note', () => {
    const many = Array.from({ length: 31 }, (_, i) => `018f0000-0000-7000-8000-${String(i).padStart(12, '0')}`);
    const result = appointmentSchema.safeParse({ ...base, workerIds: many });
    expect(readMessage(result.error?.issues[0]?.message ?? '')).toEqual({ key: 'validation.tooMany', values: { max: 30, count: 31 } });
    expect(messages({ ...base, note: 'x'.repeat(1001) })).toEqual(['note: validation.tooLong']);
  });

  it('turns times into minutes and back', () => {
    expect(minutesOf('09:30')).toBe(570);
    expect(timeOf(570)).toBe('09:30');
    expect(timeOf(-15)).toBe('00:00');
    expect(timeOf(24 * 60 + 30)).toBe('23:59');
  });
});

describe('optional day', () => {
  it('takes an empty value or a real day, with the date schema’s messages', () => {
    expect(optionalDaySchema.parse(undefined)).toBe('');
    expect(optionalDaySchema.parse('2019-10-15')).toBe('2019-10-15');
    expect(optionalDaySchema.safeParse('abc').error?.issues.map((issue) => issue.message)).toEqual(['validation.date']);
    expect(readMessage(optionalDaySchema.safeParse('2019-02-31').error?.issues[0]?.message ?? '').key).toBe('validation.noSuchDay');
  });
});

describe('follow-up days on events', () => {
  it('leave an event recorded before them unchanged, and check the day when there is one', () => {
    const old = { kind: 'worker.interviewHeld', interviewType: 'intake', durationMinutes: 30, place: '', participants: '', notes: '', outcomes: '', nextSteps: '', skillsFound: [] };
    expect(eventPayloadSchema.parse(old)).toEqual(old);
    expect(eventPayloadSchema.parse({ ...old, followUpOn: '2019-10-15' })).toMatchObject({ followUpOn: '2019-10-15' });
    expect(eventPayloadSchema.safeParse({ ...old, followUpOn: '2019-02-30' }).success).toBe(false);
    const contact = { kind: 'employer.contactLogged', channel: 'call', outcome: '', note: '' };
    expect(eventPayloadSchema.parse(contact)).toEqual(contact);
    expect(eventPayloadSchema.parse({ ...contact, callBackOn: '' })).toEqual({ ...contact, callBackOn: '' });
  });
});
