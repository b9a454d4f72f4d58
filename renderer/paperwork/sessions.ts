// The registers of a course's sessions as the course screen lists them: the copies stored on each
// enrolment grouped by session, and which of them still wait for the signed register. Pure.
import type { DocumentSummary } from '../documents/documentRepository';

export interface RegisterSession {
  readonly sourceId: string;
  readonly date: string;
  readonly hours: number;
  /** Every copy printed for the session, newest first: a register printed again is another copy. */
  readonly copies: { readonly generated: DocumentSummary; readonly signed: DocumentSummary | null }[];
}

/** The copies still waiting for the signed register: each enrolment's newest, when none of its copies is signed. */
export function unsignedCopies(session: RegisterSession): DocumentSummary[] {
  const signed = new Set(session.copies.filter((copy) => copy.signed !== null).map((copy) => copy.generated.owner.id));
  const newest = new Map<string, DocumentSummary>();
  for (const { generated } of session.copies) if (!signed.has(generated.owner.id) && !newest.has(generated.owner.id)) newest.set(generated.owner.id, generated);
  return [...newest.values()];
}

/** A register's source: the course, the lesson's day and its hours ("course:2019-03-11:4"). */
export const sessionSourceId = (courseId: string, date: string, hours: number) => `${courseId}:${date}:${hours}`;

function readSource(sourceId: string): { date: string; hours: number } | null {
  const [, date, hours] = sourceId.split(':');
  return date && hours && Number.isFinite(Number(hours)) ? { date, hours: Number(hours) } : null;
}

/** The sessions of a course from the documents of its enrolments (one list per enrolment), newest session first. */
export function registerSessions(lists: readonly (readonly DocumentSummary[])[]): RegisterSession[] {
  const bySource = new Map<string, RegisterSession>();
  for (const list of lists) {
    for (const doc of list) {
      if (doc.type !== 'generated' || doc.generated?.template !== 'attendanceRegister' || doc.replacedBy !== null) continue;
      const source = readSource(doc.generated.sourceId);
      if (!source) continue;
      const session = bySource.get(doc.generated.sourceId) ?? { sourceId: doc.generated.sourceId, ...source, copies: [] };
      session.copies.push({ generated: doc, signed: list.find((other) => other.signedOf === doc.id) ?? null });
      bySource.set(doc.generated.sourceId, session);
    }
  }
  for (const session of bySource.values()) session.copies.sort((a, b) => b.generated.createdAt.localeCompare(a.generated.createdAt) || b.generated.id.localeCompare(a.generated.id));
  return [...bySource.values()].sort((a, b) => b.date.localeCompare(a.date));
}
