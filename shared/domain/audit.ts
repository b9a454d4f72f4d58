// The audit log: who did what to which worker file (or catalogue record), when, from which device.
// Append-only; it names the subject by id only, so it holds no personal data of its own and
// survives erasure. `detail` holds codes only (field names, stage codes, formats), never text.
import { z } from 'zod';
import { namedLimit } from './messages';

export const AUDIT_ACTIONS = ['open', 'create', 'update', 'delete', 'export', 'erase', 'consent', 'merge', 'import'] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** What an entry is about: a worker file, the programme settings, a report, or a record of the shared catalogues. */
export const AUDIT_SUBJECT_KINDS = ['worker', 'programme', 'report', 'employer', 'offer', 'course', 'venture'] as const;
export const auditSubjectKindSchema = z.enum(AUDIT_SUBJECT_KINDS);
export type AuditSubjectKind = z.infer<typeof auditSubjectKindSchema>;

export const auditEntrySchema = z.object({
  id: z.string().uuid(),
  /** Wall-clock time of the action, ISO 8601. */
  at: z.string(),
  /** HLC of the action: orders entries from several laptops. */
  hlc: z.string(),
  /** Counselor who acted. */
  actorId: z.string(),
  deviceId: z.string(),
  action: auditActionSchema,
  subjectKind: auditSubjectKindSchema,
  subjectId: z.string(),
  /** Non-identifying detail, e.g. the fields changed or the export format. */
  detail: z.string().max(500, namedLimit).default(''),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
