// Reading the audit log: the coordinator sees every entry, a counselor their own actions.
import type { AuditAction } from '../../../shared/domain/audit';
import type { PcoDatabase } from '../database';
import type { AuditRow } from '../rows';
import type { Session } from '../session';

export interface AuditFilter {
  readonly action?: AuditAction | '';
  readonly actorId?: string;
  readonly subjectId?: string;
  /** Inclusive ISO dates (YYYY-MM-DD). */
  readonly from?: string;
  readonly to?: string;
}

export interface AuditRepository {
  /** Newest first, at most `limit` entries, and how many matched in all. */
  list(filter: AuditFilter, limit: number): Promise<{ entries: AuditRow[]; total: number }>;
}

export function createAuditRepository(db: PcoDatabase, session: Session): AuditRepository {
  return {
    async list(filter, limit) {
      const lower = filter.from ?? '';
      const upper = filter.to ? `${filter.to}\uffff` : '\uffff';
      const matches = await db.audit
        .where('at')
        .between(lower, upper, true, true)
        .filter(
          (entry) =>
            (session.role === 'coordinator' || entry.actorId === session.counselorId) &&
            (!filter.action || entry.action === filter.action) &&
            (!filter.actorId || entry.actorId === filter.actorId) &&
            (!filter.subjectId || entry.subjectId === filter.subjectId),
        )
        .reverse()
        .toArray();
      return { entries: matches.slice(0, limit), total: matches.length };
    },
  };
}
