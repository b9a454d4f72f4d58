// Interviews (colloqui) with a worker: append-only `worker.interviewHeld` events whose payload —
// notes, outcomes, participants — is sealed like every event. Skills found in a skills
// assessment reach the profile only through the worker repository, which keeps the per-field
// HLC and the audit. Scope: the worker repository's (a counselor reaches only their caseload).
import { z } from 'zod';
import { interviewHeldSchema } from '../../../shared/domain/events';
import { isoDateSchema } from '../../../shared/domain/primitives';
import { namedLimit } from '../../../shared/domain/messages';
import { todayIso } from '../../../shared/time/dates';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { EventRecord } from '../rows';
import type { Session } from '../session';
import { auditEntry, newEvent, openEvent, sealEvent } from '../recordRows';
import type { WorkerRepository } from './workerRepository';
import { NotEligibleError } from './errors';
import { workerIds } from '../mergedFiles';

/** What the interview form submits: the event's payload and the day it was held. */
export const interviewInputSchema = interviewHeldSchema.omit({ kind: true }).extend({
  occurredOn: isoDateSchema,
  durationMinutes: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.number' })
    .min(5, namedLimit)
    .max(600, namedLimit),
});
export type InterviewInput = z.input<typeof interviewInputSchema>;
export type InterviewValues = z.output<typeof interviewInputSchema>;

export type InterviewPayload = z.output<typeof interviewHeldSchema>;
export type InterviewRecord = Omit<EventRecord, 'payload'> & { payload: InterviewPayload };

export interface InterviewRepository {
  /** The worker's interviews, most recent first. */
  list(workerId: string): Promise<InterviewRecord[]>;
  /** Refused with `interviewNotEnrolled`, `interviewBeforeEnrolment` or `interviewInFuture` (NotEligibleError). */
  record(workerId: string, input: InterviewInput): Promise<InterviewRecord>;
  /** Adds to the worker's skills those not there yet (case-insensitive); returns the ones added. */
  addSkillsToProfile(workerId: string, skills: readonly string[]): Promise<string[]>;
}

export function isInterview(event: EventRecord): event is InterviewRecord {
  return event.payload.kind === 'worker.interviewHeld';
}

export function createInterviewRepository(db: PcoDatabase, session: Session, codec: RecordCodec, workers: WorkerRepository): InterviewRepository {
  return {
    async list(workerId) {
      // Every read before any decryption: a live query observes only what it reads before its
      // first non-Dexie await (WebCrypto).
      const rows = await db.events.where('subjectId').anyOf(await workerIds(db, workerId)).filter((row) => row.kind === 'worker.interviewHeld').toArray();
      await workers.get(workerId);
      const events = await Promise.all(rows.map((row) => openEvent(codec, row)));
      return events.filter(isInterview).sort((a, b) => (a.occurredOn === b.occurredOn ? b.hlc.localeCompare(a.hlc) : b.occurredOn.localeCompare(a.occurredOn)));
    },

    async record(workerId, input) {
      const { occurredOn, ...values } = interviewInputSchema.parse(input);
      const worker = await workers.get(workerId);
      // An interview is something held: not before the worker joined, not in the future.
      const { enrolmentDate } = worker.data;
      if (enrolmentDate === undefined) throw new NotEligibleError('interviewNotEnrolled');
      if (occurredOn < enrolmentDate) throw new NotEligibleError('interviewBeforeEnrolment');
      if (occurredOn > todayIso()) throw new NotEligibleError('interviewInFuture');
      const payload = interviewHeldSchema.parse({ kind: 'worker.interviewHeld', ...values });
      const event = newEvent(session, workerId, payload, occurredOn);
      const sealed = await sealEvent(codec, event);
      await db.transaction('rw', [db.events, db.audit, db.meta], async () => {
        await db.events.add(sealed);
        await db.audit.add(auditEntry(session, 'update', workerId, 'interview'));
        await session.persistClock();
      });
      return { ...event, payload };
    },

    async addSkillsToProfile(workerId, skills) {
      const worker = await workers.get(workerId);
      const known = new Set(worker.data.skills.map((skill) => skill.toLocaleLowerCase('it')));
      const added: string[] = [];
      for (const skill of skills.map((s) => s.trim()).filter(Boolean)) {
        const key = skill.toLocaleLowerCase('it');
        if (known.has(key)) continue;
        known.add(key);
        added.push(skill);
      }
      if (added.length > 0) await workers.update(workerId, { ...worker.data, skills: [...worker.data.skills, ...added] });
      return added;
    },
  };
}
