// The audit log: who did what to which worker file, when, from which device. Append-only; it
// names the subject by id only, so it holds no personal data of its own and survives erasure.
import { z } from 'zod';

export const AUDIT_ACTIONS = ['open', 'create', 'update', 'delete', 'export', 'erase', 'consent'] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

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
  subjectKind: z.enum(['worker', 'programme', 'report']),
  subjectId: z.string(),
  /** Non-identifying detail, e.g. the fields changed or the export format. */
  detail: z.string().max(500).default(''),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
