// Oggi and the menu's counter read `today(day)`, not the whole agenda: the digest must be the one
// the whole agenda gives, for every viewer and day, and the read must not grow with the history.
import { describe, expect, it, vi } from 'vitest';
import { liveQuery } from 'dexie';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { computeToday, type TodayDigest } from '../../shared/agenda/today';
import type { AgendaViewer } from '../../shared/agenda/types';
import { addDaysIso } from '../../shared/time/dates';
import { freshDatabase, testCodec, testSession } from '../db/testing';
import type { RecordCodec } from '../db/codec';
import { loadDemo } from '../db/setup';
import { loadDemoActivity } from '../db/demo';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { createInterviewRepository } from '../db/repositories/interviewRepository';
import { createEmployerRepository } from '../db/repositories/employerRepository';
import { createAgendaReader } from './agendaReader';
import type { PcoDatabase } from '../db/database';
import type { Session } from '../db/session';

const ANCHOR = '2026-03-10';
/** A live query's new reading on a loaded machine: waited for, not timed. */
const PATIENCE = { timeout: 60_000, interval: 50 };

/** A codec that counts the event payloads it opens. */
function countingCodec(codec: RecordCodec): { codec: RecordCodec; opened: () => number } {
  let opened = 0;
  return {
    codec: { ...codec, openValue: (purpose, sealed) => ((opened += purpose.startsWith('events:') ? 1 : 0), codec.openValue(purpose, sealed)) },
    opened: () => opened,
  };
}

async function demoWithActivity(): Promise<{ db: PcoDatabase; codec: RecordCodec; coordinator: Session; counselors: string[] }> {
  const demo = generateDemoProgramme({ workers: 60, seed: 5, variant: 'today', anchor: ANCHOR });
  const db = freshDatabase();
  const codec = await testCodec();
  const coordinator = await loadDemo(db, codec, demo);
  await loadDemoActivity(db, codec, coordinator, demo);
  // Call-backs: one answered by a later contact, one late, one due on the anchor day, two the same day.
  const employers = createEmployerRepository(db, coordinator, codec);
  const [first, second, third] = (await db.employers.limit(3).toArray()).map((row) => row.id);
  await employers.logContact(first!, { channel: 'call', occurredOn: '2026-02-02', callBackOn: '2026-02-20' });
  await employers.logContact(first!, { channel: 'email', occurredOn: '2026-02-25' });
  await employers.logContact(second!, { channel: 'call', occurredOn: '2026-02-10', callBackOn: '2026-03-01' });
  await employers.logContact(third!, { channel: 'call', occurredOn: '2026-03-02', callBackOn: ANCHOR });
  await employers.logContact(third!, { channel: 'visit', occurredOn: '2026-03-02', callBackOn: '2026-03-09' });
  const counselors = demo.counselors.filter((c) => c.role === 'counselor').map((c) => c.id);
  return { db, codec, coordinator, counselors };
}

async function digests(db: PcoDatabase, codec: RecordCodec, session: Session, day: string): Promise<{ whole: TodayDigest; today: TodayDigest }> {
  const reader = createAgendaReader(db, session, codec, createWorkerRepository(db, session, codec));
  const viewer: AgendaViewer = { role: session.role, counselorId: session.counselorId };
  return { whole: computeToday(await reader.load(), viewer, day), today: computeToday(await reader.today(day), viewer, day) };
}

describe("the day's reading for Oggi", () => {
  it('gives the digest of the whole agenda, for the coordinator and every counselor, on days across the history', async () => {
    const { db, codec, coordinator, counselors } = await demoWithActivity();
    const days = [ANCHOR, addDaysIso(ANCHOR, -1), addDaysIso(ANCHOR, 3), addDaysIso(ANCHOR, -45), addDaysIso(ANCHOR, -200), addDaysIso(ANCHOR, 40)];
    let reminders = 0;
    for (const day of days) {
      const { whole, today } = await digests(db, codec, coordinator, day);
      expect(today).toEqual(whole);
      reminders += whole.overdue.length + whole.dueToday.length + whole.appointments.length;
    }
    // The comparison means something only if the demo gives reminders and appointments to compare.
    expect(reminders).toBeGreaterThan(0);
    for (const counselorId of counselors) {
      const session = await testSession(db, { counselorId, role: 'counselor' });
      const { whole, today } = await digests(db, codec, session, ANCHOR);
      expect(today).toEqual(whole);
    }
  });

  it('opens the same number of events however many older interviews the workers have', async () => {
    const { db, codec, coordinator } = await demoWithActivity();
    const count = async () => {
      const counting = countingCodec(codec);
      await createAgendaReader(db, coordinator, counting.codec, createWorkerRepository(db, coordinator, counting.codec)).today(ANCHOR);
      return counting.opened();
    };
    const before = await count();
    const interviews = createInterviewRepository(db, coordinator, codec, createWorkerRepository(db, coordinator, codec));
    // More interviews on each worker's first interview day (a day they were enrolled), before their latest.
    const days = new Map<string, string[]>();
    for (const row of await db.events.where('kind').equals('worker.interviewHeld').toArray()) days.set(row.subjectId, [...(days.get(row.subjectId) ?? []), row.occurredOn].sort());
    const older = [...days].filter(([, on]) => on[0]! < on.at(-1)!).slice(0, 10);
    expect(older).toHaveLength(10);
    const interviewsBefore = await db.events.where('kind').equals('worker.interviewHeld').count();
    for (const [workerId, on] of older) {
      for (let i = 0; i < 5; i++) await interviews.record(workerId, { occurredOn: on[0]!, interviewType: 'follow_up', durationMinutes: 30 });
    }
    expect(await db.events.where('kind').equals('worker.interviewHeld').count()).toBe(interviewsBefore + 50);
    expect(await count()).toBe(before);
  });

  it('is read again when an interview or a contact is recorded (a live query observes what it reads)', async () => {
    const { db, codec, coordinator } = await demoWithActivity();
    const workers = createWorkerRepository(db, coordinator, codec);
    const reader = createAgendaReader(db, coordinator, codec, workers);
    const viewer: AgendaViewer = { role: 'coordinator', counselorId: coordinator.counselorId };
    const digests: TodayDigest[] = [];
    const subscription = liveQuery(() => reader.today(ANCHOR)).subscribe((input) => digests.push(computeToday(input, viewer, ANCHOR)));
    try {
      await vi.waitFor(() => expect(digests).toHaveLength(1), PATIENCE);
      // The worker's interview days, to record one on the latest with a follow-up due on the anchor day.
      const [row] = await db.events.where('kind').equals('worker.interviewHeld').reverse().sortBy('occurredOn');
      await createInterviewRepository(db, coordinator, codec, workers).record(row!.subjectId, { occurredOn: ANCHOR, interviewType: 'follow_up', durationMinutes: 30, followUpOn: ANCHOR });
      await vi.waitFor(() => expect(digests.at(-1)!.dueToday.some((entry) => entry.kind === 'followUp' && entry.workers.some((worker) => worker.id === row!.subjectId))).toBe(true), PATIENCE);
      const employer = (await db.employers.limit(1).toArray())[0]!;
      await createEmployerRepository(db, coordinator, codec).logContact(employer.id, { channel: 'call', occurredOn: ANCHOR, callBackOn: ANCHOR });
      await vi.waitFor(() => expect(digests.at(-1)!.dueToday.some((entry) => entry.kind === 'callBack' && entry.employerId === employer.id)).toBe(true), PATIENCE);
    } finally {
      subscription.unsubscribe();
    }
  });
});
